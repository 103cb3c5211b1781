/**
 * The open data page's catalogue, written by the build (scripts/lib/open-data.ts) into
 * src/lib/generated/open-data.json: every published table with its rows, schema, licence and
 * source, every download with its size and SHA-256, the release as one zip, and the changelog.
 */

export type DownloadFormat = 'csv' | 'json' | 'parquet' | 'xlsx' | 'zip' | 'cff';

export interface Download {
	format: DownloadFormat;
	/** From the site's root, without a leading slash (the page prefixes its base path). */
	path: string;
	bytes: number;
	sha256: string;
}

export interface PublishedTable {
	name: string;
	title: string;
	rows: number;
	fields: { name: string; type: string; description?: string }[];
	files: Download[];
}

export interface PublishedDataset {
	id: string;
	title: string;
	description: string;
	licence: { name: string; url: string };
	source: string;
	tables: PublishedTable[];
}

export interface ChangelogEntry {
	version: string;
	date: string;
	changes: string[];
}

export interface OpenDataCatalogue {
	name: string;
	title: string;
	version: string;
	/** The release's date: the newest changelog entry's. */
	date: string;
	datasets: PublishedDataset[];
	release: Download;
	changelog: ChangelogEntry[];
	citation: { text: string; bibtex: string; csl: string; cff: Download };
}
