/**
 * The two steps of an import, as plain functions: read a file into a table and summarise it for
 * the mapping step, then check the table under a mapping and pack the result. The worker runs them
 * off the main thread (import.worker.ts); tests run the very same steps in-process.
 */
import { gzipCsv } from './dataset';
import { inventoryTables, type InventoryTable } from '../data/package';
import { detectMapping, type Mapping } from './mapping';
import { inventoryColumns, normalise, type Inventory } from './normalise';
import type { Checked, FileSummary, Phase, ToWorker } from './protocol';
import { readTable } from './read';
import type { RawTable } from './raw-table';
import { framework, resolverFor } from './reference';

export type Progress = (phase: Phase, fraction: number) => void;
export type ReadRequestOptions = Extract<ToWorker, { type: 'read' }>['options'];

export async function readStep(
	fileName: string,
	bytes: Uint8Array,
	options: ReadRequestOptions,
	progress: Progress
): Promise<{ table: RawTable; summary: FileSummary }> {
	const table = await readTable(fileName, bytes, { ...options, onProgress: (f) => progress('parsing', f) });
	return {
		table,
		summary: {
			fileName: table.fileName,
			format: table.format,
			details: table.details,
			header: table.header,
			preview: table.rows.slice(0, 8),
			rowCount: table.rows.length,
			issues: table.issues,
			detected: detectMapping(table.header, table.rows.slice(0, 200)),
			sheets: table.sheets
		}
	};
}

/** Each table as gzipped CSV, with progress per table. */
async function pack(inventory: Inventory, progress: Progress) {
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

export async function checkStep(table: RawTable, mapping: Mapping, datasetId: string, progress: Progress): Promise<Checked> {
	const { inventory, ...rest } = normalise(table, mapping, {
		datasetId,
		framework,
		countries: resolverFor(mapping),
		onProgress: (f) => progress('checking', f)
	});
	return {
		...rest,
		counts: {
			projects: inventory.projects.length,
			countries: new Set(inventory.project_countries.map((r) => r[1])).size,
			contributions: inventory.contributions.length
		},
		packed: await pack(inventory, progress)
	};
}
