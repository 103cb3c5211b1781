/**
 * What every export starts from: a table as shown on screen, with the metadata that makes a file
 * reusable on its own (what it is, where it comes from, under which licence, with which filters).
 */
import { dataPackage } from '../data/package';
import { textHandling } from './neutralise';

export type ColumnType = 'string' | 'integer' | 'number' | 'list';

export interface ExportColumn {
	name: string;
	title?: string;
	type: ColumnType;
}

export interface ExportTable {
	/** File name stem, e.g. "projects-per-goal". */
	name: string;
	/** Human title, e.g. "Projects per goal". */
	title: string;
	columns: ExportColumn[];
	rows: readonly object[];
	/** The filters on screen, as a readable sentence and as the URL query that reproduces them. */
	filters: { description: string; query: string };
	/** The page the table came from (absolute URL when known). */
	url: string;
}

export interface ExportMetadata {
	title: string;
	source: string;
	licence: string;
	licenceUrl: string;
	dataVersion: string;
	appVersion: string;
	created: string;
	filters: string;
	query: string;
	url: string;
	citation: string;
	/** Which formats neutralise formula-like text for spreadsheets and which keep it raw (see neutralise.ts). */
	textHandling: string;
}

/** The app's version, injected by Vite from package.json (see vite.config.ts). */
export const appVersion: string = typeof __APP_VERSION__ === 'string' ? __APP_VERSION__ : '0.0.0';

/** The source, as two short lines for chart footers and as one line for file metadata. */
export const sourceLines = [
	'Citizen Science for the SDGs dashboard: curated inventory of citizen-science projects',
	'SDG framework: UN IAEG-SDGs / UNSD, tier classification of 30 November 2022'
];
export const sourceLine = sourceLines.join('; ');

/** @param provenance where the figures come from (the curated inventory unless imports are shown) */
export function metadataFor(
	table: ExportTable,
	citation: string,
	now = new Date(),
	provenance: { sourceLines: string[]; licence: string; licenceUrl: string; dataVersion?: string } = {
		sourceLines,
		licence: 'CC BY 4.0',
		licenceUrl: dataPackage.licenses[0]?.path ?? 'https://creativecommons.org/licenses/by/4.0/'
	}
): ExportMetadata {
	return {
		title: table.title,
		source: provenance.sourceLines.join('; '),
		licence: provenance.licence,
		licenceUrl: provenance.licenceUrl,
		dataVersion: provenance.dataVersion ?? dataPackage.version,
		appVersion,
		created: now.toISOString(),
		filters: table.filters.description,
		query: table.filters.query,
		url: table.url,
		citation,
		textHandling
	};
}

/** A list value as one cell: items joined with "; ". */
export function listCell(value: unknown): string {
	return Array.isArray(value) ? value.join('; ') : value === null || value === undefined ? '' : String(value);
}

/** A row's value for a column (rows are query results or chart data, typed by their producers). */
export function valueOf(row: object, column: string): unknown {
	return (row as Record<string, unknown>)[column];
}
