/**
 * A value shown first from the build and then kept live by the in-browser database: re-queried
 * whenever its inputs change, with the latest answer winning (a slow answer to an old filter never
 * overwrites a newer one). Each value carries the question it answers (`answers`, a key the page
 * builds from its filters, inputs and datasets), so a page can tell, on every frame, whether what
 * it holds answers what it shows. Reports how long the last update took, for the latency budget.
 */
import { untrack } from 'svelte';
import type { SqlClient } from '../data/client';
import { database } from './database.svelte';
import { isPending, type MaybeNow } from '../queries/maybe-now';

export type LiveStatus = 'initial' | 'updating' | 'live' | 'error';

export class Live<T> {
	value = $state.raw() as T;
	status = $state<LiveStatus>('initial');
	error = $state<string | null>(null);
	/** Milliseconds from the change of inputs to the new value, once the database was ready. */
	lastMs = $state<number | null>(null);
	/** Counts answers, so a test or benchmark can wait for the next one. */
	version = $state(0);
	/** The question `value` answers; the prerendered value answers the prerendered page's. */
	answers = $state<string>('');
	#sequence = 0;

	constructor(initial: T, answers: string) {
		this.value = initial;
		this.answers = answers;
	}

	/** A value that answers the page's question from its first drawing (the build's files were read before it), in `ms`. */
	static answered<T>(value: T, answers: string, ms: number): Live<T> {
		const live = new Live(value, answers);
		live.status = 'live';
		live.lastMs = Math.round(ms * 10) / 10;
		live.version = 1;
		return live;
	}

	/**
	 * Run `query` against the database (starting it if needed); call from an $effect.pre. Only what
	 * the effect itself reads (its filters) re-runs it: the state read here is untracked.
	 * @param answers the question the answer from `db` answers (it depends on the datasets `db` holds)
	 * @param shipped an answer from the build's files, without the database, when the page has one
	 *   for this question (the curated inventory alone; `answer` gives null when it has none, and is
	 *   asked here, so `lastMs` includes its count); if those files cannot be read, the database
	 *   answers. Given at once (its files in memory), it is held before this returns: called before the
	 *   DOM updates, the page draws the new answer in the same update as the change that asked for
	 *   it, never marking its figures pending and unmarking them within one task (which restyled every
	 *   figure: about a sixth of a goal click's main-thread work on the overview).
	 */
	refresh(
		dataUrl: string,
		query: (db: SqlClient) => Promise<T>,
		answers: (db: SqlClient) => string,
		shipped?: { answer: () => MaybeNow<T> | null; answers: string } | null
	) {
		untrack(() => {
			const id = ++this.#sequence;
			const started = performance.now();
			const hold = ({ value, answers, t0 }: { value: T; answers: string; t0: number }) => {
				if (id !== this.#sequence) return;
				this.value = value;
				this.answers = answers;
				this.lastMs = Math.round((performance.now() - t0) * 10) / 10;
				this.status = 'live';
				this.error = null;
				this.version++;
			};
			const fromDatabase = () => {
				const wasReady = database.status === 'ready';
				return database.start(dataUrl).then(async (db) => {
					const t0 = wasReady ? started : performance.now();
					return { value: await query(db), answers: answers(db), t0 };
				});
			};
			let answer: MaybeNow<T> | null = null;
			try {
				answer = shipped ? shipped.answer() : null;
			} catch {
				// The shipped files, in memory, cannot answer this question: the database will.
			}
			let task: Promise<{ value: T; answers: string; t0: number }>;
			if (!shipped || answer === null) task = fromDatabase();
			else if (isPending(answer))
				task = answer.then(
					(value) => ({ value, answers: shipped.answers, t0: started }),
					() => fromDatabase()
				);
			else return hold({ value: answer, answers: shipped.answers, t0: started });
			this.status = this.status === 'initial' ? 'initial' : 'updating';
			task.then(hold, (e: unknown) => {
				if (id !== this.#sequence) return;
				this.status = 'error';
				this.error = e instanceof Error ? e.message : String(e);
			});
		});
	}
}
