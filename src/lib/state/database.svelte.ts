/**
 * The in-browser database's life cycle as reactive state: pages read `status` to show a loading
 * or error state and await `start()` for a client. The layout starts it after first paint; a page
 * that needs it calls `start()` too and gets the same promise.
 */
import { base } from '$app/paths';
import type { ConsoleConnection, SqlClient } from '../data/client';
import type { BrowserDatabase, BrowserSelection } from '../data/duckdb-browser';
import { publishedViewKey, type LoadFailure } from '../domain/datasets';
import { shippedTablesManifest } from './shipped-index';
import { filesSettled } from '../queries/files-in-flight';

export type DatabaseStatus = 'idle' | 'starting' | 'ready' | 'error';

/**
 * A start that takes longer has hung. Ten million links take about 45 s on two cores (their tables
 * kept compressed to fit the engine's memory), so the limit leaves room above that.
 */
const startTimeoutMs = 120_000;

export class DatabaseState {
	status = $state<DatabaseStatus>('idle');
	error = $state<string | null>(null);
	readyMs = $state<number | null>(null);
	/** Time since navigation when the database became ready, and the part spent loading data (for benchmarks). */
	readyAt = $state<number | null>(null);
	loadMs = $state<number | null>(null);
	/** Whether the engine read the build's database file or the CSV files (for tests and benchmarks). */
	source = $state<BrowserDatabase['source'] | null>(null);
	/** Imported datasets the engine could not load (a damaged stored copy): left out, and named on screen. */
	failures = $state<LoadFailure[]>([]);
	/** Increases on every restart (another dataset shown): live values depend on it and re-query. */
	generation = $state(0);
	#client: Promise<BrowserDatabase> | null = null;
	/** Which choice of datasets each engine was loaded for, so an answer can say what it counts. */
	#answers = new WeakMap<SqlClient, string>();
	/** The SQL console's connection, and the engine it belongs to: a restarted engine needs a new one. */
	#console: { engine: Promise<BrowserDatabase>; connection: Promise<ConsoleConnection> } | null = null;
	/** Which inventories to load; the dataset state sets it (both published datasets until then). */
	#selection: () => Promise<BrowserSelection> = async () => ({ embedded: true, jrc: true, imported: [] });

	setSelection(selection: () => Promise<BrowserSelection>) {
		this.#selection = selection;
	}

	/**
	 * Start once, after the page has painted; later calls return the same promise. After a failure
	 * the next call tries again.
	 */
	start(dataUrl: string): Promise<SqlClient> {
		if (this.#client) return this.#client;
		this.status = 'starting';
		this.error = null;
		this.failures = [];
		const client = afterFirstPaint()
			.then(() => Promise.all([import('../data/duckdb-browser'), this.#selection()]))
			.then(([{ startBrowserDatabase }, selection]) =>
				withTimeout(
					startBrowserDatabase(dataUrl, selection, shippedTablesManifest),
					startTimeoutMs,
					`The in-browser database did not start within ${startTimeoutMs / 1000} s`,
					(late) => late.close()
				).then((db) => (this.#answers.set(db, selection.answers ?? publishedViewKey), db))
			)
			.then((db) => {
				this.readyMs = db.readyMs;
				this.loadMs = db.loadMs;
				this.source = db.source;
				this.readyAt = Math.round(performance.now());
				this.failures = db.loaded.failed;
				this.status = 'ready';
				return db;
			});
		client.catch((e: unknown) => {
			this.status = 'error';
			this.error = e instanceof Error ? e.message : String(e);
			this.#client = null;
		});
		this.#client = client;
		return client;
	}

	/** The choice of datasets (datasetViewKey) that `db` holds: the curated inventory alone unless told otherwise. */
	answersFor(db: SqlClient): string {
		return this.#answers.get(db) ?? publishedViewKey;
	}

	/**
	 * Begin compiling the engine (its worker and wasm) as the page starts: that part needs no
	 * choice of datasets and runs off the main thread, while the data load still waits for
	 * startInBackground. Cuts the time to a ready database by the time the page takes to hydrate.
	 */
	warmUp() {
		if (this.#client) return;
		import('../data/duckdb-browser').then((m) => m.warmUpEngine()).catch(() => {});
	}

	/**
	 * Load the data once the page is idle (or within 1.5 s) and the build's files it is reading
	 * have arrived (queries/files-in-flight.ts), then idle again: pages answered from those files
	 * become live first, as receiving and attaching the data takes the main thread on two-core
	 * machines. The engine itself has been compiling since the page started (warmUp). A page that
	 * needs the database sooner calls start() itself.
	 */
	startInBackground(dataUrl: string) {
		const start = () => this.start(dataUrl).catch(() => {});
		whenIdle(() => filesSettled().then(() => whenIdle(start)));
	}

	/**
	 * The SQL console's own connection to the engine (starting it if needed): a long query there can
	 * be cancelled without disturbing the charts. The same connection until the engine restarts.
	 */
	console(): Promise<ConsoleConnection> {
		this.start(`${base}/data`);
		const engine = this.#client!;
		if (this.#console?.engine === engine) return this.#console.connection;
		const connection = engine.then((db) => db.openConsole());
		this.#console = { engine, connection };
		// A connection that could not open is asked for again next time, not kept as a failure.
		connection.catch(() => {
			if (this.#console?.connection === connection) this.#console = null;
		});
		return connection;
	}

	/**
	 * Load another selection of datasets: a fresh engine (the old one is locked against loading
	 * anything new, by design), then every live value re-queries.
	 */
	async restart(dataUrl: string): Promise<SqlClient> {
		const old = this.#client;
		this.#client = null;
		this.readyAt = null;
		await old?.then((db) => db.close()).catch(() => undefined);
		const next = this.start(dataUrl);
		this.generation++;
		return next;
	}
}

/** Run `then` when the page's main thread is idle, or within 1.5 s. */
function whenIdle(then: () => void) {
	if (typeof requestIdleCallback === 'function') requestIdleCallback(then, { timeout: 1500 });
	else setTimeout(then, 200);
}

/** Resolve after the browser has painted the current frame, so start-up never delays first paint. */
function afterFirstPaint(): Promise<void> {
	return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

/** @param discard what to do with a value that arrives after the timeout (an engine nobody will use must not stay in memory) */
function withTimeout<T>(promise: Promise<T>, ms: number, message: string, discard: (late: T) => unknown = () => {}): Promise<T> {
	return new Promise((resolve, reject) => {
		let timedOut = false;
		const timer = setTimeout(() => ((timedOut = true), reject(new Error(message))), ms);
		promise.then(
			(v) => (timedOut ? discard(v) : (clearTimeout(timer), resolve(v))),
			(e) => (clearTimeout(timer), reject(e))
		);
	});
}

export const database = new DatabaseState();
