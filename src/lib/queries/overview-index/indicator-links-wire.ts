/**
 * An indicator page's rows as a file the build ships beside the overview index, one per indicator
 * with links: every link to it, unfiltered, as indicatorPage gives them (../indicators.ts). The
 * page's own prerendered rows are the same rows; when they cannot name the projects a filter leaves
 * (rows of another data version, as the bench serves for its synthetic inventories), the page
 * reads them from here rather than waiting for DuckDB. JSON: the rows carry free text (rationales,
 * addresses) that a binary layout would only wrap, and the largest file, at ten million links, is
 * one indicator's hundred thousand rows.
 */
import type { IndicatorProjectRow } from '../../domain/indicators';

// Version 1: { version, indicator, projects }. Another is refused, and the database answers.
const version = 1;

export function encodeIndicatorLinks(indicator: string, projects: readonly IndicatorProjectRow[]): string {
	return JSON.stringify({ version, indicator, projects });
}

const textOrNull = (v: unknown) => v === null || typeof v === 'string';

/** @throws when the text is not this indicator's rows in this version, naming what is wrong */
export function decodeIndicatorLinks(text: string, indicator: string): IndicatorProjectRow[] {
	let file: { version?: unknown; indicator?: unknown; projects?: unknown };
	try {
		file = JSON.parse(text);
	} catch (e) {
		throw new Error(`indicator links file for ${indicator}: not JSON (${(e as Error).message})`);
	}
	if (file?.version !== version) throw new Error(`indicator links file for ${indicator}: version ${String(file?.version)}, expected ${version}`);
	if (file.indicator !== indicator) throw new Error(`indicator links file for ${indicator}: it holds the rows of ${String(file.indicator)}`);
	if (!Array.isArray(file.projects)) throw new Error(`indicator links file for ${indicator}: no list of rows`);
	file.projects.forEach((row: Record<string, unknown>, i: number) => {
		const fine =
			typeof row?.project_id === 'string' &&
			typeof row.name === 'string' &&
			typeof row.sdg_code === 'string' &&
			typeof row.strength === 'string' &&
			typeof row.geographic_scale === 'string' &&
			Array.isArray(row.countries) &&
			['rationale', 'source_url', 'evidence_type', 'names_project', 'locator'].every((k) => textOrNull(row[k]));
		if (!fine) throw new Error(`indicator links file for ${indicator}: row ${i + 1} is not a link row (${JSON.stringify(row).slice(0, 120)})`);
	});
	return file.projects as IndicatorProjectRow[];
}
