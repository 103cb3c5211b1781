/**
 * What every export starts from: a table as shown on screen, with the metadata that makes a file
 * reusable on its own (what it is, where it comes from, under which licence, with which filters).
 */
import { dataPackage } from '../data/package';
import { formatDate } from '../format/number';
import { t } from '../i18n/i18n';
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

/** The curated inventory and the framework as sources, in the page's language: two short lines for chart footers, joined for file metadata. */
export const sourceLines = (): [string, string] => [t('export.source.curated'), t('export.source.framework', { date: formatDate('2022-11-30') })];

/**
 * Metadata values are in the page's language; the field names (title, source, licence…) are the
 * same in every language, for scripts that read them.
 * @param provenance where the figures come from (export/provenance.ts)
 */
export function metadataFor(
	table: ExportTable,
	citation: string,
	now: Date,
	provenance: { sourceLines: string[]; licence: string; licenceUrl: string; dataVersion?: string }
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
		textHandling: textHandling()
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
