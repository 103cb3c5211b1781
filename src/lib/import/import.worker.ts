/**
 * Reads, parses and checks an imported file off the main thread, so a 100 MB file never freezes
 * the page; reports progress as it goes. Keeps the last parsed table for the mapping step.
 */
import { gzipCsv } from './dataset';
import { inventoryTables, type InventoryTable } from '../data/package';
import { inventoryColumns, type Inventory } from './normalise';
import { ImportFailure } from './issues';
import { detectMapping } from './mapping';
import { normalise } from './normalise';
import type { FromWorker, Phase, ToWorker } from './protocol';
import { readTable } from './read';
import type { RawTable } from './raw-table';
import { framework, resolverFor } from './reference';

let table: RawTable | null = null;

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

/** Each table as gzipped CSV, with progress per table; the buffers are transferred, not copied, to the page. */
async function pack(inventory: Inventory) {
	const packed = {} as Record<InventoryTable, Uint8Array>;
	// Progress by rows written, over all three tables.
	const total = inventoryTables.reduce((n, t) => n + inventory[t].length, 0) || 1;
	let done = 0;
	for (const table of inventoryTables) {
		const rows = inventory[table].length;
		packed[table] = await gzipCsv(inventoryColumns[table], inventory[table], (f) => progress('writing', (done + f * rows) / total));
		done += rows;
	}
	progress('writing', 1);
	return packed;
}

async function handle(message: ToWorker) {
	if (message.type === 'read') {
		table = null;
		const bytes = await readFile(message.file);
		const read = await readTable(message.file.name, bytes, { ...message.options, onProgress: (f) => progress('parsing', f) });
		table = read;
		post({
			type: 'read',
			summary: {
				fileName: read.fileName,
				format: read.format,
				details: read.details,
				header: read.header,
				preview: read.rows.slice(0, 8),
				rowCount: read.rows.length,
				issues: read.issues,
				detected: detectMapping(read.header, read.rows.slice(0, 200)),
				sheets: read.sheets
			}
		});
	} else {
		if (!table) throw new Error('No file has been read yet.');
		const result = normalise(table, message.mapping, {
			datasetId: message.datasetId,
			framework,
			countries: resolverFor(message.mapping),
			onProgress: (f) => progress('checking', f)
		});
		const { inventory, ...rest } = result;
		const packed = await pack(inventory);
		post(
			{
				type: 'checked',
				checked: {
					...rest,
					counts: {
						projects: inventory.projects.length,
						countries: new Set(inventory.project_countries.map((r) => r[1])).size,
						contributions: inventory.contributions.length
					},
					packed
				}
			},
			Object.values(packed).map((b) => b.buffer as ArrayBuffer)
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
					note: `The browser ran out of memory reading the file (${e.message}). Split it into smaller files.`
				}
			});
		} else post({ type: 'failed', issue: { severity: 'fatal', type: 'source-error', resource: fileName, note: e instanceof Error ? e.message : String(e) } });
	});
};
