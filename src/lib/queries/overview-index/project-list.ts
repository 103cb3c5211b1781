/**
 * The project directory from the overview index and the build's list of projects, so /projects
 * answers the curated inventory's filters, search, sort and page without waiting for DuckDB. The
 * rules are listProjects' (../projects.ts), restated; tests/unit/overview-index.test.ts holds the
 * two equal over many filter states, searches and sorts.
 */
import { hasLinkFilter, type Filters } from '../../domain/filters';
import type { ProjectListOptions, ProjectRow, ProjectSort } from '../../domain/projects';
import { compile, projectFlags } from './compute';
import { binary } from './in-scope';
import type { OverviewIndex } from './extract';
import { ALL, RANKS } from './kernels';

/** Every project's directory fields, column by column (the build writes them; ../projects.ts projectListFile). */
export interface ProjectColumns {
	project_id: string[];
	name: string[];
	url: (string | null)[];
	organisation: (string | null)[];
	description: (string | null)[];
	start_year: (number | null)[];
	end_year: (number | null)[];
	status: string[];
	geographic_scale: string[];
}

/**
 * Null when the list does not hold every project of the index (another data version): the
 * database answers then.
 */
export function computeProjectList(
	ix: OverviewIndex,
	columns: ProjectColumns,
	{ search = '', sort = 'name', descending = false, limit = 50, offset = 0, withUnlinked = false }: ProjectListOptions,
	f: Filters
): { rows: ProjectRow[]; total: number } | null {
	// The index lists no unlinked project's row: with any to list, the database answers.
	if (withUnlinked && !hasLinkFilter(f) && ix.unfiltered.unlinked > 0) return null;
	const c = compile(ix, f);
	const { flags } = projectFlags(ix, c);
	// The goals each project's passing links reach, as bits (bit 0: a code outside the framework).
	const goals = new Uint32Array(ix.projects);
	for (let l = 0; l < ix.listings.length; l++) {
		if (!c.listingPasses[l]) continue;
		const bit = 1 << ix.listings[l].goal;
		for (const r of c.ranks)
			for (let k = ix.linkStart[l * RANKS + r - 1]; k < ix.linkStart[l * RANKS + r]; k++) {
				const p = ix.linkProject[k];
				if (flags[p] & ALL) goals[p] |= bit;
			}
	}
	const row = rowOf(columns);
	const needle = search.toLowerCase();
	const matches = (text: string | null) => (text ?? '').toLowerCase().includes(needle);
	const rows: ProjectRow[] = [];
	for (let p = 0; p < ix.projects; p++) {
		if (goals[p] === 0) continue;
		const i = row.get(ix.projectIds[p]);
		if (i === undefined) return null;
		if (needle !== '' && !matches(columns.name[i]) && !matches(columns.organisation[i]) && !matches(columns.description[i])) continue;
		const list: (number | null)[] = [];
		for (let g = 1; g < 32; g++) if (goals[p] & (1 << g)) list.push(g);
		// SQL lists a link outside the framework (no goal) as NULL, last.
		if (goals[p] & 1) list.push(null);
		rows.push({
			project_id: columns.project_id[i],
			name: columns.name[i],
			url: columns.url[i],
			organisation: columns.organisation[i],
			start_year: columns.start_year[i],
			end_year: columns.end_year[i],
			status: columns.status[i],
			geographic_scale: columns.geographic_scale[i],
			goals: list as number[],
			countries: ix.countries.start[p + 1] - ix.countries.start[p]
		});
	}
	rows.sort(order(sort, descending));
	return { rows: rows.slice(offset, offset + limit), total: rows.length };
}

const rowIndexes = new WeakMap<ProjectColumns, Map<string, number>>();

/** Each project id's row in the list: built once per list, not on every keystroke of a search. */
function rowOf(columns: ProjectColumns): Map<string, number> {
	let map = rowIndexes.get(columns);
	if (!map) rowIndexes.set(columns, (map = new Map(columns.project_id.map((id, i) => [id, i]))));
	return map;
}

const keyOf: Record<ProjectSort, (r: ProjectRow) => string | number | null> = {
	name: (r) => r.name.toLowerCase(),
	start_year: (r) => r.start_year,
	goals: (r) => r.goals.length,
	countries: (r) => r.countries
};

/** ORDER BY key (ASC or DESC) NULLS LAST, lower(name), project_id: as listProjects orders. */
function order(sort: ProjectSort, descending: boolean) {
	const key = keyOf[sort];
	const compare = (a: string | number, b: string | number) => (typeof a === 'number' && typeof b === 'number' ? a - b : binary(String(a), String(b)));
	return (a: ProjectRow, b: ProjectRow) => {
		const [x, y] = [key(a), key(b)];
		if (x !== y) {
			if (x === null) return 1;
			if (y === null) return -1;
			const byKey = compare(x, y);
			if (byKey !== 0) return descending ? -byKey : byKey;
		}
		return binary(a.name.toLowerCase(), b.name.toLowerCase()) || binary(a.project_id, b.project_id);
	};
}
