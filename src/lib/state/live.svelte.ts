/**
 * A value shown first from the build and then kept live by the in-browser database: re-queried
 * whenever its inputs change, with the latest answer winning (a slow answer to an old filter never
 * overwrites a newer one). Reports how long the last update took, for the latency budget.
 */
import { untrack } from 'svelte';
import type { SqlClient } from '../data/client';
import { database } from './database.svelte';

export type LiveStatus = 'initial' | 'updating' | 'live' | 'error';

export class Live<T> {
	value = $state.raw() as T;
	status = $state<LiveStatus>('initial');
	error = $state<string | null>(null);
	/** Milliseconds from the change of inputs to the new value, once the database was ready. */
	lastMs = $state<number | null>(null);
	/** Counts answers, so a test or benchmark can wait for the next one. */
	version = $state(0);
	#sequence = 0;

	constructor(initial: T) {
		this.value = initial;
	}

	/**
	 * Run `query` against the database (starting it if needed); call from an $effect. Only what the
	 * effect itself reads (its filters) re-runs it: the state read here is untracked.
	 */
	refresh(dataUrl: string, query: (db: SqlClient) => Promise<T>) {
		untrack(() => this.#refresh(dataUrl, query));
	}

	#refresh(dataUrl: string, query: (db: SqlClient) => Promise<T>) {
		const id = ++this.#sequence;
		this.status = this.status === 'initial' ? 'initial' : 'updating';
		const wasReady = database.status === 'ready';
		const started = performance.now();
		database
			.start(dataUrl)
			.then(async (db) => {
				const t0 = wasReady ? started : performance.now();
				const value = await query(db);
				if (id !== this.#sequence) return;
				this.value = value;
				this.lastMs = Math.round((performance.now() - t0) * 10) / 10;
				this.status = 'live';
				this.error = null;
				this.version++;
			})
			.catch((e: unknown) => {
				if (id !== this.#sequence) return;
				this.status = 'error';
				this.error = e instanceof Error ? e.message : String(e);
			});
	}
}
