/**
 * duckdb-wasm's own engine in Node (its synchronous "blocking" build), behind the app's SqlClient:
 * the same wasm the browser runs, without the worker, so query costs can be measured and compared
 * with native DuckDB in one process.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { plainRow, type SqlClient, type SqlValue } from '../../src/lib/data/client.ts';
import { loadDataset } from '../../src/lib/data/load.ts';

const require = createRequire(import.meta.url);

export interface WasmClient extends SqlClient {
	close(): void;
}

export async function openWasmDuckDB(): Promise<WasmClient> {
	const duckdb = require('@duckdb/duckdb-wasm/dist/duckdb-node-blocking.cjs');
	const dist = dirname(require.resolve('@duckdb/duckdb-wasm/dist/duckdb-node-blocking.cjs'));
	const bundles = {
		mvp: { mainModule: join(dist, 'duckdb-mvp.wasm'), mainWorker: join(dist, 'duckdb-node-mvp.worker.cjs') },
		eh: { mainModule: join(dist, 'duckdb-eh.wasm'), mainWorker: join(dist, 'duckdb-node-eh.worker.cjs') }
	};
	const db = await duckdb.createDuckDB(bundles, new duckdb.VoidLogger(), duckdb.NODE_RUNTIME);
	await db.instantiate();
	db.open({ query: { castBigIntToDouble: true } });
	const conn = db.connect();
	const statements = new Map<string, { query: (...p: SqlValue[]) => { toArray(): { toJSON(): Record<string, unknown> }[] } }>();
	const client: WasmClient = {
		async query<T extends object>(sql: string, params: readonly SqlValue[] = []) {
			let table;
			if (params.length === 0) table = conn.query(sql);
			else {
				let statement = statements.get(sql);
				if (!statement) statements.set(sql, (statement = conn.prepare(sql)));
				table = statement.query(...params);
			}
			return table.toArray().map((r: { toJSON(): Record<string, unknown> }) => plainRow<T>(r.toJSON()));
		},
		close() {
			conn.close();
		}
	};
	await client.query(`SET autoinstall_known_extensions = false`);
	await client.query(`SET autoload_known_extensions = false`);
	(client as WasmClient & { register: (name: string, text: string) => void }).register = (name, text) => db.registerFileText(name, text);
	return Object.assign(client, { db });
}

/** duckdb-wasm in Node with the dataset in `dir` loaded as the browser loads it (registered files). */
export async function openDatasetInWasm(dir: string): Promise<WasmClient> {
	const client = (await openWasmDuckDB()) as WasmClient & { db: { registerFileText(n: string, t: string): void } };
	const { dataPackage } = await import('../../src/lib/data/package.ts');
	for (const r of dataPackage.resources) client.db.registerFileText(r.path, readFileSync(join(dir, r.path), 'utf8'));
	await loadDataset(client, (r) => r.path);
	return client;
}
