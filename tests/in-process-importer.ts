/**
 * The importer the import page uses, without its worker: the same read and check steps
 * (src/lib/import/steps.ts, suggestions too) run in this thread, one request at a time like the worker, for tests
 * of the import session in jsdom, which has no module workers.
 */
import type { Importer } from '../src/lib/import/client';
import type { Phase } from '../src/lib/import/protocol';
import type { RawTable } from '../src/lib/import/raw-table';
import { checkStep, readStep, suggestStep, type SuggestFor } from '../src/lib/import/steps';

export function inProcessImporter(onProgress: (phase: Phase, fraction: number) => void): Importer & { closed: boolean } {
	let table: RawTable | null = null;
	let checked: SuggestFor | null = null;
	let queue: Promise<unknown> = Promise.resolve();
	const inTurn = <T>(task: () => Promise<T>): Promise<T> => {
		const answer = queue.then(task);
		queue = answer.catch(() => undefined);
		return answer;
	};
	return {
		closed: false,
		read: (file, options = {}) =>
			inTurn(async () => {
				table = null;
				const read = await readStep(file.name, new Uint8Array(await file.arrayBuffer()), options, onProgress);
				table = read.table;
				return read.summary;
			}),
		check: (mapping, datasetId) =>
			inTurn(async () => {
				if (!table) throw new Error('No file has been read yet.');
				checked = null;
				const { checked: summary, suggestFor } = await checkStep(table, mapping, datasetId, onProgress);
				checked = suggestFor;
				return summary;
			}),
		suggest: () =>
			inTurn(async () => {
				if (!checked) throw new Error('No file has been checked yet.');
				return suggestStep(checked, onProgress);
			}),
		close() {
			this.closed = true;
		}
	};
}
