/**
 * duckdb-wasm in the browser: its own Web Worker, bundles served by this app (never a CDN), one
 * connection, extension autoloading off (it would fetch from a third-party host), and the embedded
 * dataset fetched from the app's static files. Imported only dynamically, from the browser, so
 * that prerendering never loads it.
 */
import type { AsyncDuckDB, AsyncDuckDBConnection, AsyncPreparedStatement } from '@duckdb/duckdb-wasm';
import { plainRow, type ConsoleConnection, type SqlClient, type SqlValue } from './client';
import { consoleConnection } from './duckdb-console';
import { fetchBytes, fetchChecked } from './fetch-bytes';
import { isInventory, jrcTablePath, loadDataset, lockDatabase, type ImportedInventory, type JrcTables, type LoadOutcome, type PublishedTables } from './load';
import { dataPackage, inventoryTables } from './package';
import {
	checkManifest,
	compressAboveBytes,
	shippedCatalog,
	shippedMemoryBytes,
	shippedTablesDir,
	shippedTablesRestorer,
	type ShippedTablesManifest
} from './shipped-tables';

export interface BrowserDatabase extends SqlClient {
	/** Milliseconds from the start call until the dataset was loaded. */
	readyMs: number;
	/** Of those, milliseconds spent loading the fetched files into tables (and deriving what needs it). */
	loadMs: number;
	/** Where the published datasets came from: the build's database file, or its CSV files (another view, or no tables shipped). */
	source: 'database' | 'csv';
	/** What loaded: whether the embedded inventory is in, and the imports that could not be read. */
	loaded: LoadOutcome;
	/** A second connection for the SQL console (see ConsoleConnection). */
	openConsole(): Promise<ConsoleConnection>;
	close(): Promise<void>;
}

/**
 * An engine being compiled before anyone asked for one (see warmUpEngine), taken by the next start.
 * Only the first start takes it: a restart (another choice of datasets) compiles afresh.
 */
let warming: Promise<AsyncDuckDB> | null = null;
/** Whether a start has run: a warm-up that arrives after it would compile an engine nobody takes. */
let started = false;

/**
 * Start the engine's worker and the compile of its wasm now. Neither depends on which datasets
 * will load, and the compile runs off the main thread, so a page can begin it as it starts and
 * find the engine compiled by the time it knows what to load.
 */
export function warmUpEngine(): void {
	if (warming || started) return;
	const engine = instantiate();
	warming = engine;
	engine.catch(() => {
		// A failed warm-up is not kept: the start tries again and reports its own error.
		if (warming === engine) warming = null;
	});
}

function takeEngine(): Promise<AsyncDuckDB> {
	started = true;
	const engine = warming ?? instantiate();
	warming = null;
	return engine;
}

async function instantiate(): Promise<AsyncDuckDB> {
	const duckdb = await import('@duckdb/duckdb-wasm');
	const [ehWasm, ehWorker, mvpWasm, mvpWorker] = await Promise.all([
		import('@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url'),
		import('@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url'),
		import('@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url'),
		import('@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js?url')
	]);
	// The worker resolves URLs against its own script, so hand it absolute ones.
	const abs = (m: { default: string }) => new URL(m.default, location.href).href;
	const bundle = await duckdb.selectBundle({
		mvp: { mainModule: abs(mvpWasm), mainWorker: abs(mvpWorker) },
		eh: { mainModule: abs(ehWasm), mainWorker: abs(ehWorker) }
	});
	const worker = new Worker(bundle.mainWorker!);
	const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
	try {
		await db.instantiate(bundle.mainModule, bundle.pthreadWorker);
		await db.open({ query: { castBigIntToDouble: true, castDecimalToDouble: true } });
	} catch (e) {
		// An engine that did not start is nobody's to close: its worker goes now.
		worker.terminate();
		throw e;
	}
	return db;
}

/** Prepared statements kept for reuse: a filtered query's text depends only on which filters are set. */
const statementCacheSize = 128;

function clientFor(conn: AsyncDuckDBConnection): SqlClient {
	// One connection runs one statement at a time; a queue keeps concurrent callers from
	// interleaving prepare/execute on it.
	let queue: Promise<unknown> = Promise.resolve();
	// Each prepare and close is a round trip to the worker; reusing statements leaves one per query.
	const statements = new Map<string, AsyncPreparedStatement>();
	const prepared = async (sql: string) => {
		let statement = statements.get(sql);
		if (statement) {
			statements.delete(sql);
		} else {
			statement = await conn.prepare(sql);
			if (statements.size >= statementCacheSize) {
				const [oldest, evicted] = statements.entries().next().value!;
				statements.delete(oldest);
				await evicted.close();
			}
		}
		statements.set(sql, statement); // most recently used last
		return statement;
	};
	const run = async <T extends object>(sql: string, params: readonly SqlValue[]): Promise<T[]> => {
		const table = params.length === 0 ? await conn.query(sql) : await (await prepared(sql)).query(...params);
		return table.toArray().map((r) => plainRow<T>(r.toJSON()));
	};
	const enqueue = <T>(task: () => Promise<T>): Promise<T> => {
		const result = queue.then(task);
		queue = result.catch(() => undefined);
		return result;
	};
	return {
		query: <T extends object>(sql: string, params: readonly SqlValue[] = []) => enqueue(() => run<T>(sql, params)),
		queryColumns: <K extends string>(sql: string) =>
			enqueue(async () => {
				const table = await conn.query(sql);
				// Arrow keeps a numeric column as one typed array per batch; toArray() joins them.
				return Object.fromEntries(table.schema.fields.map((f, i) => [f.name, table.getChildAt(i)!.toArray() as ArrayLike<number>])) as Record<K, ArrayLike<number>>;
			})
	};
}

/** What to show besides (or instead of) the embedded inventory: imported inventories as CSV text. */
export interface BrowserSelection {
	embedded: boolean;
	/** Whether the published JRC inventory is shown (its tables are fetched from `dataUrl`/jrc/). */
	jrc: boolean;
	/** Each table as gzipped CSV (see PackedInventory), which DuckDB reads as it is. */
	imported: { id: string; title: string; packed: Record<string, Uint8Array>; layout: number }[];
	/** The visitor's choice of datasets this selection was read for (domain/datasets.ts datasetViewKey). */
	answers?: string;
	/** An earlier data release in place of the current files: where it is served, and its files' columns. */
	release?: { url: string; columns: Record<string, string[]> };
}

/**
 * The build's tables for the default view: the manifest, then its database file, checked against
 * the SHA-256 the manifest gives (a damaged download is refused).
 */
async function fetchShippedTables(dataUrl: string, manifestFile: string) {
	const manifest = checkManifest(JSON.parse(new TextDecoder().decode(await fetchBytes(`${dataUrl}/${shippedTablesDir}/${manifestFile}`, manifestFile))));
	const database = await fetchChecked(`${dataUrl}/${shippedTablesDir}/${manifest.database}`, manifest.database, manifest.integrity);
	return { manifest, database };
}

/** The CSV files a selection reads: the framework's, and each published inventory shown. */
function fetchCsvFiles(dataUrl: string, selection: BrowserSelection) {
	// The embedded inventory's files are fetched only when it is shown (the loader skips them otherwise).
	const needed = [
		...dataPackage.resources.filter((r) => selection.embedded || !isInventory(r)).map((r) => r.path),
		...(selection.jrc ? inventoryTables.map(jrcTablePath) : [])
	].filter((path) => !selection.release || path in selection.release.columns);
	return Promise.all(needed.map(async (path) => [path, await fetchBytes(`${dataUrl}/${path}`, path)] as const));
}

/** The catalog a large view copied from the shipped tables lives in, compressed in memory (see compressAboveBytes). */
const compressedCatalog = 'published';

/**
 * Start DuckDB and load the framework and countries from `dataUrl` (the folder holding the
 * embedded dataset's CSV files), with the inventories `selection` names. The default view (both
 * published datasets) is read from the build's database file named by `tablesManifest` when there
 * is one (attached read-only, or copied when imports join it); if it cannot be fetched or read,
 * from the CSV files, as every other view is.
 */
export async function startBrowserDatabase(
	dataUrl: string,
	selection: BrowserSelection = { embedded: true, jrc: true, imported: [] },
	tablesManifest: string | null = null
): Promise<BrowserDatabase> {
	// An earlier release is read from its own files; the build's tables are the current version's.
	if (selection.release) return startEngine(selection.release.url, selection, null);
	if (!tablesManifest || !selection.embedded || !selection.jrc) return startEngine(dataUrl, selection, null);
	try {
		return await startEngine(dataUrl, selection, tablesManifest);
	} catch (e) {
		// A damaged or cut-off table file: a fresh engine from the CSV files, which hold the same data.
		console.warn(`The build's tables could not be loaded; reading the CSV files instead. (${e instanceof Error ? e.message : e})`);
		return startEngine(dataUrl, selection, null);
	}
}

async function startEngine(dataUrl: string, selection: BrowserSelection, tablesManifest: string | null): Promise<BrowserDatabase> {
	const started = performance.now();
	const derived = selection.imported.length === 0;
	const shippedPromise: Promise<{ manifest: ShippedTablesManifest; database: Uint8Array } | null> = tablesManifest
		? fetchShippedTables(dataUrl, tablesManifest)
		: Promise.resolve(null);
	const filesPromise = shippedPromise.then((shipped) => (shipped ? [] : fetchCsvFiles(dataUrl, selection)));
	// Await both together: a failed download must not become an unhandled rejection while the
	// wasm is still compiling, and a failure must not leave a worker running.
	const dbPromise = takeEngine();
	let db: AsyncDuckDB | null = null;
	try {
		const [files, shipped, instance] = await Promise.all([filesPromise, shippedPromise, dbPromise]);
		const loadStarted = performance.now();
		db = instance;
		const conn = await db.connect();
		const client = clientFor(conn);
		await client.query(`SET autoinstall_known_extensions = false`);
		await client.query(`SET autoload_known_extensions = false`);
		let catalog: string | null = null;
		if (shipped) {
			// Read in place when nothing joins the published datasets; copied (compressed when large) when imports do.
			await db.registerFileBuffer(shipped.manifest.database, shipped.database);
			// checkManifest held the name to published.<hex>.duckdb, so it is safe in the statement (ATTACH takes no parameters).
			await client.query(`ATTACH '${shipped.manifest.database}' AS ${shippedCatalog} (READ_ONLY)`);
			if (derived) catalog = shippedCatalog;
			else if (shippedMemoryBytes(shipped.manifest) > compressAboveBytes) {
				catalog = compressedCatalog;
				await client.query(`ATTACH ':memory:' AS ${catalog} (COMPRESS)`);
			}
			if (catalog) await client.query(`USE ${catalog}`);
		}
		for (const [path, bytes] of files) await db.registerFileBuffer(path, bytes);
		const imported: ImportedInventory[] = [];
		for (const { id, title, packed, layout } of selection.imported) {
			const registered: Record<string, string> = {};
			for (const [table, bytes] of Object.entries(packed)) {
				registered[table] = `imported/${id}/${table}.csv.gz`;
				await db.registerFileBuffer(registered[table], bytes);
			}
			imported.push({ id, title, files: registered, layout });
		}
		const jrc = selection.jrc ? (Object.fromEntries(inventoryTables.map((t) => [t, jrcTablePath(t)])) as JrcTables) : null;
		const published: PublishedTables | undefined = shipped ? shippedTablesRestorer(client, shipped.manifest) : undefined;
		const release = selection.release && { columns: selection.release.columns };
		const loaded = await loadDataset(client, (r) => r.path, { embedded: selection.embedded, jrc, imported, release }, published);
		if (shipped && !derived) {
			// Copied whole: the file's memory goes back to the engine.
			await client.query(`DETACH ${shippedCatalog}`);
			await db.dropFile(shipped.manifest.database);
		}
		await lockDatabase(client);
		return browserDatabase(db, conn, client, loaded, started, Math.round(performance.now() - loadStarted), shipped ? 'database' : 'csv', catalog);
	} catch (e) {
		(db ?? (await dbPromise.catch(() => null)))?.terminate();
		throw e;
	}
}

function browserDatabase(
	db: AsyncDuckDB,
	conn: AsyncDuckDBConnection,
	client: SqlClient,
	loaded: LoadOutcome,
	started: number,
	loadMs: number,
	source: BrowserDatabase['source'],
	catalog: string | null
): BrowserDatabase {
	return {
		loadMs,
		loaded,
		source,
		...client,
		openConsole: () => consoleConnection(db, catalog),
		readyMs: Math.round(performance.now() - started),
		async close() {
			await conn.close();
			await db.terminate();
		}
	};
}
