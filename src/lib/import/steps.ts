/**
 * The two steps of an import, as plain functions: read a file into a table and summarise it for
 * the mapping step, then check the table under a mapping and pack the result. The worker runs them
 * off the main thread (import.worker.ts); tests run the very same steps in-process.
 */
import { gzipCsv } from './dataset';
import { inventoryTables, type InventoryTable } from '../data/package';
import { detectMapping, type Mapping } from './mapping';
import { inventoryColumns, normalise, type Inventory } from './normalise';
import type { Checked, FileSummary, Phase, ReviewSuggestion, ToWorker } from './protocol';
import { shippedSuggester } from '../suggest/shipped';
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
	const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>));
	return {
		table,
		summary: {
			fileName: table.fileName,
			fingerprint: [...digest].map((b) => b.toString(16).padStart(2, '0')).join(''),
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

/** What suggestions are made for: the checked inventory and the projects the file leaves unlinked. */
export interface SuggestFor {
	inventory: Inventory;
	unlinkedIds: string[];
	datasetId: string;
}

/** The checked summary for the page, and what the worker keeps for suggestions. */
export async function checkStep(
	table: RawTable,
	mapping: Mapping,
	datasetId: string,
	progress: Progress
): Promise<{ checked: Checked; suggestFor: SuggestFor }> {
	const { inventory, unlinkedIds, acceptedSuggestions, ...rest } = normalise(table, mapping, {
		datasetId,
		framework,
		countries: resolverFor(mapping),
		onProgress: (f) => progress('checking', f),
		suggester: mapping.suggestions ? shippedSuggester() : undefined
	});
	const checked: Checked = {
		...rest,
		counts: {
			projects: inventory.projects.length,
			countries: new Set(inventory.project_countries.map((r) => r[1])).size,
			contributions: inventory.contributions.length,
			unlinked: unlinkedIds.length,
			suggested: acceptedSuggestions
		},
		packed: await pack(inventory, progress)
	};
	return { checked, suggestFor: { inventory, unlinkedIds, datasetId } };
}

const projectColumn = (name: string) => inventoryColumns.projects.indexOf(name);

/** Suggested links for the checked projects the file leaves unlinked (those with accepted suggestions stay open to review), with progress; each carries its project's key (its id in the file) and name. */
export function suggestStep({ inventory, unlinkedIds, datasetId }: SuggestFor, progress: Progress): ReviewSuggestion[] {
	const suggester = shippedSuggester();
	const unlinked = new Set(unlinkedIds);
	const [id, name, description, topics] = ['project_id', 'name', 'description', 'topics'].map(projectColumn);
	const out: ReviewSuggestion[] = [];
	const prefix = datasetId.length + 1;
	inventory.projects.forEach((p, i) => {
		if (i % 500 === 0) progress('suggesting', i / inventory.projects.length);
		const projectId = String(p[id]);
		if (!unlinked.has(projectId)) return;
		const made = suggester.suggest({ id: projectId, name: String(p[name]), description: p[description] as string | null, topics: p[topics] as string | null });
		for (const s of made) out.push({ ...s, key: projectId.slice(prefix), name: String(p[name]) });
	});
	progress('suggesting', 1);
	return out;
}
