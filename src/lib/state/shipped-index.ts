/**
 * Where the build's overview index for the curated inventory is served (scripts/build-data.ts
 * names it by its content): the overview, coverage and flows pages, and their embeds, answer the
 * curated inventory's filters from it without waiting for DuckDB. Null if the build wrote none.
 */
import { base } from '$app/paths';
import summary from '../generated/summary.json';

/** Where a file the build wrote under the data folder is served (`file` as the build names it). */
export const shippedDataUrl = (file: string): string => `${base}/data/${file}`;

export const shippedIndexUrl: string | null = summary.overviewIndex ? shippedDataUrl(summary.overviewIndex) : null;

/** The projects' directory fields (/projects answers its search, sort and filters from them and the index). */
export const shippedProjectListUrl: string | null = summary.projectList ? shippedDataUrl(summary.projectList) : null;

/** The list's file and its descriptions' file, which a search of the directory reads as well. */
export const shippedProjectFiles = shippedProjectListUrl
	? { list: shippedProjectListUrl, descriptions: summary.projectDescriptions ? shippedDataUrl(summary.projectDescriptions) : null }
	: null;

/** The manifest of the build's database file (src/lib/data/shipped-tables.ts): DuckDB attaches it in the default view. */
export const shippedTablesManifest: string | null = summary.tables ?? null;
