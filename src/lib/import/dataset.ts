/**
 * An accepted import as it is kept: its inventory as CSV text in the dashboard's own table layout
 * (what DuckDB loads, and compact to store), with where it came from and what the import reported.
 */
import { csvChunks, toCsv } from '../format/csv';
import { slug } from '../format/slug';
import type { ImportIssue } from './issues';
import type { Mapping } from './mapping';
import { importLayout, inventoryTables, type InventoryTable } from '../data/package';
import { inventoryColumns, type Inventory } from './normalise';
import type { NormaliseResult } from './normalise';
import type { ImportFormat } from './raw-table';

export interface DatasetMeta {
	id: string;
	title: string;
	fileName: string;
	format: ImportFormat;
	details: string[];
	importedAt: string;
	mapping: Mapping;
	counts: { rowsRead: number; skippedRows: number; projects: number; countries: number; contributions: number; issues: number; suggested?: number };
	/** The report as it was at import (capped like the report itself). */
	issues: ImportIssue[];
	/** The stored tables' column layout (data/package.ts importLayout); absent in datasets stored before layouts. */
	layout?: number;
}

export type InventoryCsv = Record<InventoryTable, string>;
/**
 * The same tables gzipped: what is stored and loaded in the browser. Imported CSV repeats itself
 * (ids, codes, rationales), so it shrinks about twentyfold; DuckDB reads .csv.gz itself, and
 * IndexedDB refuses single values above about 130 MB, which a 100 MB import's text would exceed.
 */
export type PackedInventory = Record<InventoryTable, Uint8Array>;

export function inventoryCsv(inventory: Inventory): InventoryCsv {
	return Object.fromEntries(inventoryTables.map((t) => [t, toCsv(inventoryColumns[t], inventory[t])])) as InventoryCsv;
}

/** A table as gzipped CSV, written chunk by chunk into the compressor. */
export async function gzipCsv(header: readonly string[], rows: readonly (readonly unknown[])[], onProgress?: (fraction: number) => void): Promise<Uint8Array> {
	const gzip = new CompressionStream('gzip');
	const compressed = new Response(gzip.readable).arrayBuffer();
	const writer = gzip.writable.getWriter();
	const encoder = new TextEncoder();
	let written = 0;
	for (const chunk of csvChunks(header, rows)) {
		await writer.write(encoder.encode(chunk));
		written += 20_000;
		onProgress?.(Math.min(1, written / Math.max(rows.length, 1)));
	}
	await writer.close();
	return new Uint8Array(await compressed);
}

/** What checking a file found, without its tables: what a dataset's description keeps. */
export type CheckSummary = Omit<NormaliseResult, 'inventory' | 'unlinkedIds' | 'acceptedSuggestions'> & {
	/** `unlinked`: projects the file links to no SDG code; `suggested`: links from accepted suggestions (within `contributions`). */
	counts: { projects: number; countries: number; contributions: number; unlinked?: number; suggested?: number };
};

export function datasetMeta(
	checked: CheckSummary,
	source: { id: string; title: string; fileName: string; format: ImportFormat; details: string[]; mapping: Mapping }
): DatasetMeta {
	return {
		...source,
		layout: importLayout,
		importedAt: new Date().toISOString(),
		counts: { rowsRead: checked.rowsRead, skippedRows: checked.skippedRows, ...checked.counts, issues: checked.issues.length },
		issues: checked.issues
	};
}

/** A dataset id that is a readable slug and not one already taken (project ids are prefixed with it). */
export function datasetId(title: string, taken: Iterable<string>): string {
	const base = slug(title, 24) || 'import';
	const used = new Set(taken);
	used.add('embedded');
	let id = base;
	for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
	return id;
}

/**
 * Imported project ids are `<dataset>_<key>`: the underscore cannot occur in the embedded
 * inventory's ids (its schema's pattern) nor in either slug, so it tells an imported project from
 * an embedded one without a query (their pages are built in the browser, not prerendered).
 */
export const isImportedProject = (projectId: string) => projectId.includes('_');
