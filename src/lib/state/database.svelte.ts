/**
 * The in-browser database's life cycle as reactive state: pages read `status` to show a loading
 * or error state and await `start()` for a client. The layout starts it after first paint; a page
 * that needs it calls `start()` too and gets the same promise.
 */
import type { SqlClient } from '../data/client';

export type DatabaseStatus = 'idle' | 'starting' | 'ready' | 'error';

export class DatabaseState {
	status = $state<DatabaseStatus>('idle');
	error = $state<string | null>(null);
	readyMs = $state<number | null>(null);
	#client: Promise<SqlClient> | null = null;

	/** Start once; later calls return the same promise. */
	start(dataUrl: string): Promise<SqlClient> {
		if (this.#client) return this.#client;
		this.status = 'starting';
		this.#client = import('../data/duckdb-browser').then(
			async ({ startBrowserDatabase }) => {
				const db = await startBrowserDatabase(dataUrl);
				this.readyMs = db.readyMs;
				this.status = 'ready';
				return db;
			}
		);
		this.#client.catch((e: unknown) => {
			this.status = 'error';
			this.error = e instanceof Error ? e.message : String(e);
		});
		return this.#client;
	}
}

export const database = new DatabaseState();
