/** The import page's handle on its worker: requests answered in order, one at a time, progress through a callback. */
import { ImportFailure } from './issues';
import type { Checked, FileSummary, FromWorker, Phase, ReviewSuggestion, ToWorker } from './protocol';

export interface Importer {
	read(file: File, options?: Extract<ToWorker, { type: 'read' }>['options']): Promise<FileSummary>;
	check(mapping: Extract<ToWorker, { type: 'normalise' }>['mapping'], datasetId: string): Promise<Checked>;
	/** Suggested links for the last checked file's projects that have none. */
	suggest(): Promise<ReviewSuggestion[]>;
	close(): void;
}

export function createImporter(onProgress: (phase: Phase, fraction: number) => void): Importer {
	const worker = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
	let pending: { resolve: (m: FromWorker) => void; reject: (e: Error) => void } | null = null;
	worker.onmessage = (event: MessageEvent<FromWorker>) => {
		const message = event.data;
		if (message.type === 'progress') return onProgress(message.phase, message.fraction);
		const request = pending;
		pending = null;
		if (message.type === 'failed') request?.reject(new ImportFailure(message.issue));
		else request?.resolve(message);
	};
	worker.onerror = (event) => {
		pending?.reject(new Error(`The import worker stopped: ${event.message || 'unknown error'}`));
		pending = null;
	};
	// The worker answers one message at a time; later requests wait their turn.
	let queue: Promise<unknown> = Promise.resolve();
	const send = (message: ToWorker) => {
		const answer = queue.then(
			() =>
				new Promise<FromWorker>((resolve, reject) => {
					pending = { resolve, reject };
					worker.postMessage(message);
				})
		);
		queue = answer.catch(() => undefined);
		return answer;
	};
	return {
		async read(file, options = {}) {
			const answer = await send({ type: 'read', file, options });
			if (answer.type !== 'read') throw new Error(`Unexpected answer ${answer.type}`);
			return answer.summary;
		},
		async check(mapping, datasetId) {
			const answer = await send({ type: 'normalise', mapping, datasetId });
			if (answer.type !== 'checked') throw new Error(`Unexpected answer ${answer.type}`);
			return answer.checked;
		},
		async suggest() {
			const answer = await send({ type: 'suggest' });
			if (answer.type !== 'suggested') throw new Error(`Unexpected answer ${answer.type}`);
			return answer.suggestions;
		},
		close: () => worker.terminate()
	};
}
