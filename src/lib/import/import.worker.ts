/**
 * Reads, parses and checks an imported file off the main thread, so a 100 MB file never freezes
 * the page; reports progress as it goes. Keeps the last parsed table for the mapping step.
 */
import { ImportFailure } from './issues';
import type { FromWorker, Phase, ToWorker } from './protocol';
import type { RawTable } from './raw-table';
import { checkStep, readStep, suggestStep, type SuggestFor } from './steps';

let table: RawTable | null = null;
/** The last checked inventory, which suggestions are made for. */
let checkedInventory: SuggestFor | null = null;

const post = (message: FromWorker, transfer: Transferable[] = []) => postMessage(message, { transfer });
const progress = (phase: Phase, fraction: number) => post({ type: 'progress', phase, fraction });

async function readFile(file: File): Promise<Uint8Array> {
	const bytes = new Uint8Array(file.size);
	let offset = 0;
	const reader = file.stream().getReader();
	for (;;) {
		const { done, value } = await reader.read();
		if (done) break;
		bytes.set(value, offset);
		offset += value.length;
		progress('reading', offset / Math.max(file.size, 1));
	}
	return bytes;
}

async function handle(message: ToWorker) {
	if (message.type === 'read') {
		table = null;
		checkedInventory = null;
		const read = await readStep(message.file.name, await readFile(message.file), message.options, progress);
		table = read.table;
		post({ type: 'read', summary: read.summary });
	} else if (message.type === 'suggest') {
		if (!checkedInventory) throw new Error('No file has been checked yet.');
		post({ type: 'suggested', suggestions: suggestStep(checkedInventory, progress) });
	} else {
		if (!table) throw new Error('No file has been read yet.');
		checkedInventory = null;
		const { checked, suggestFor } = await checkStep(table, message.mapping, message.datasetId, progress);
		checkedInventory = suggestFor;
		// The packed tables' buffers are transferred, not copied, to the page.
		post(
			{ type: 'checked', checked },
			Object.values(checked.packed).map((b) => b.buffer as ArrayBuffer)
		);
	}
}

onmessage = (event: MessageEvent<ToWorker>) => {
	handle(event.data).catch((e: unknown) => {
		const fileName = event.data.type === 'read' ? event.data.file.name : (table?.fileName ?? 'the file');
		if (e instanceof ImportFailure) post({ type: 'failed', issue: e.issue });
		else if (e instanceof RangeError) {
			// V8's answer to a string or array too large for memory.
			post({
				type: 'failed',
				issue: {
					severity: 'fatal',
					type: 'file-too-large',
					resource: fileName,
					note: `The browser ran out of memory reading the file (${e.message}). Split it into smaller files.`,
					text: { key: 'import.issue.outOfMemory', values: { error: e.message } }
				}
			});
		} else post({ type: 'failed', issue: { severity: 'fatal', type: 'source-error', resource: fileName, note: e instanceof Error ? e.message : String(e) } });
	});
};
