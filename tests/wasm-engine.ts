/**
 * duckdb-wasm itself (the engine the browser runs, same build) in Node, blocking, for tests of what
 * only it does: attaching the build's database file. Queries go through the app's SqlClient.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { plainRow, type SqlClient, type SqlValue } from '../src/lib/data/client';

const require = createRequire(import.meta.url);
const duckdb = require('@duckdb/duckdb-wasm/blocking') as typeof import('@duckdb/duckdb-wasm/blocking');

export interface WasmEngine extends SqlClient {
	registerFile(name: string, bytes: Uint8Array): void;
	close(): void;
}

export async function openWasmEngine(): Promise<WasmEngine> {
	const dist = dirname(require.resolve('@duckdb/duckdb-wasm/dist/duckdb-eh.wasm'));
	const bundles = { mvp: { mainModule: join(dist, 'duckdb-mvp.wasm'), mainWorker: '' }, eh: { mainModule: join(dist, 'duckdb-eh.wasm'), mainWorker: '' } };
	const db = await duckdb.createDuckDB(bundles, new duckdb.VoidLogger(), duckdb.NODE_RUNTIME);
	await db.instantiate();
	db.open({ query: { castBigIntToDouble: true, castDecimalToDouble: true } });
	const conn = db.connect();
	conn.query(`SET autoload_known_extensions = false`);
	const rows = <T extends object>(table: { toArray(): { toJSON(): Record<string, unknown> }[] }) => table.toArray().map((r) => plainRow<T>(r.toJSON()));
	return {
		async query<T extends object>(sql: string, params: readonly SqlValue[] = []) {
			if (params.length === 0) return rows<T>(conn.query(sql));
			const statement = conn.prepare(sql);
			try {
				return rows<T>(statement.query(...params));
			} finally {
				statement.close();
			}
		},
		async queryColumns<K extends string>(sql: string) {
			const table = conn.query(sql);
			return Object.fromEntries(table.schema.fields.map((f, i) => [f.name, table.getChildAt(i)!.toArray() as ArrayLike<number>])) as Record<
				K,
				ArrayLike<number>
			>;
		},
		registerFile(name, bytes) {
			db.registerFileBuffer(name, bytes);
		},
		close() {
			conn.close();
			db.reset();
		}
	};
}
