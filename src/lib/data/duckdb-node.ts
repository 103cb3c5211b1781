/**
 * Native DuckDB (same engine version as the app's duckdb-wasm) behind the app's SqlClient, so the
 * build's first-paint summaries and the tests run the very query modules the browser runs.
 */
import { DuckDBInstance, type DuckDBPreparedStatement, type DuckDBValue } from '@duckdb/node-api';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { plainRow, plainValue, type ConsoleConnection, type SqlClient } from './client';
import { jrcTablePath, loadDataset, type ImportedInventory, type JrcTables } from './load';
import { importLayout, inventoryTables } from './package';

export interface NodeClient extends SqlClient {
	close(): void;
	openConsole(): Promise<ConsoleConnection>;
}

export async function openNodeDuckDB(): Promise<NodeClient> {
	const instance = await DuckDBInstance.create(':memory:');
	const connection = await instance.connect();
	// One connection runs one statement at a time: two statements interleaved on it abort the process
	// ("Failed to execute prepared statement", seen when the build tried prerendering pages four at a
	// time). Callers queue, as in the browser's client.
	let queue: Promise<unknown> = Promise.resolve();
	const enqueue = <T>(task: () => Promise<T>): Promise<T> => {
		const result = queue.then(task);
		queue = result.catch(() => undefined);
		return result;
	};
	return {
		query<T extends object>(sql: string, params: readonly (string | number | boolean | null)[] = []) {
			return enqueue(async () => {
				const reader = await connection.runAndReadAll(sql, params as DuckDBValue[]);
				return reader.getRowObjectsJS().map((r) => plainRow<T>(r as Record<string, unknown>));
			});
		},
		queryColumns<K extends string>(sql: string) {
			return enqueue(async () => {
				const reader = await connection.runAndReadAll(sql);
				const columns = reader.getColumnsObjectJS();
				return Object.fromEntries(Object.entries(columns).map(([name, values]) => [name, values.map(Number)])) as Record<K, number[]>;
			});
		},
		close() {
			connection.closeSync();
			instance.closeSync();
		},
		// The console's rules in Node, for tests: its own connection, a transaction always rolled back.
		async openConsole(): Promise<ConsoleConnection> {
			const conn = await instance.connect();
			return {
				async run(sql, maxRows) {
					const started = performance.now();
					await conn.run('BEGIN TRANSACTION');
					// Prepared, as in the browser: the engine refuses more than one statement.
					let statement: DuckDBPreparedStatement | null = null;
					try {
						statement = await conn.prepare(sql);
						const reader = await statement.runAndReadAll();
						const all = reader.getRowsJS().map((r) => r.map(plainValue));
						const columns = reader.columnNames().map((name, i) => ({ name, type: String(reader.columnTypes()[i]) }));
						return { columns, rows: all.slice(0, maxRows), truncated: all.length > maxRows, ms: Math.round(performance.now() - started) };
					} finally {
						statement?.destroySync();
						await conn.run('ROLLBACK').catch(() => undefined);
					}
				},
				async parse(sql) {
					try {
						(await conn.prepare(sql)).destroySync();
						return null;
					} catch (e) {
						return e instanceof Error ? e.message : String(e);
					}
				},
				async cancel() {
					conn.interrupt();
				}
			};
		}
	};
}

/**
 * Open native DuckDB with a dataset laid out as data/datapackage.json says. Each resource is read
 * from the first of `dirs` that holds its file, so a test fixture can supply just the inventory
 * and borrow the official framework from data/.
 */
export async function openDatasetInNode(...dirs: string[]): Promise<NodeClient> {
	const client = await openNodeDuckDB();
	await loadDataset(client, (resource) => {
		const dir = dirs.find((d) => existsSync(join(d, resource.path)));
		if (!dir) throw new Error(`${resource.path} is in none of: ${dirs.join(', ')}`);
		return join(dir, resource.path);
	});
	return client;
}

/**
 * The site's default view: the curated inventory from `dataDir` and the JRC inventory as the
 * build converted it into `staticData`/jrc/ (scripts/build-data.ts), matched projects counted once.
 */
export async function openPublishedInNode(dataDir = 'data', staticData = 'static/data', view: { embedded: boolean; jrc: boolean } = { embedded: true, jrc: true }): Promise<NodeClient> {
	const client = await openNodeDuckDB();
	const jrc = view.jrc ? (Object.fromEntries(inventoryTables.map((t) => [t, join(staticData, jrcTablePath(t))])) as JrcTables) : null;
	await loadDataset(client, (resource) => join(dataDir, resource.path), { embedded: view.embedded, jrc, imported: [] });
	return client;
}

/**
 * An earlier data release from its frozen folder (data/releases/<version>), each file read by its
 * own columns: what a pinned embed loads in the browser.
 */
export async function openReleaseInNode(dir: string, release: { jrc: boolean; columns: Record<string, string[]> }): Promise<NodeClient> {
	const client = await openNodeDuckDB();
	const jrc = release.jrc ? (Object.fromEntries(inventoryTables.map((t) => [t, join(dir, jrcTablePath(t))])) as JrcTables) : null;
	await loadDataset(client, (resource) => join(dir, resource.path), { embedded: true, jrc, imported: [], release: { columns: release.columns } });
	return client;
}

/**
 * The embedded framework and countries from data/, with imported inventories (CSV text in the
 * import's table layout) beside the embedded inventory or instead of it: what the browser loads.
 */
export async function openWithImports(imported: { id: string; title: string; csv: Record<string, string>; layout?: number }[], embedded = true): Promise<NodeClient> {
	const client = await openNodeDuckDB();
	const dir = mkdtempSync(join(tmpdir(), 'imports-'));
	const inventories: ImportedInventory[] = imported.map(({ id, title, csv, layout }) => ({
		id,
		title,
		layout: layout ?? importLayout,
		files: Object.fromEntries(
			Object.entries(csv).map(([table, text]) => {
				// Gzipped, as the browser stores and loads them.
				const path = join(dir, `${id}-${table}.csv.gz`);
				writeFileSync(path, gzipSync(text));
				return [table, path];
			})
		)
	}));
	await loadDataset(client, (resource) => join('data', resource.path), { embedded, jrc: null, imported: inventories });
	return client;
}
