/**
 * The project directory from the overview index and the build's list of projects, so /projects
 * answers the curated inventory's filters, search, sort and page without waiting for DuckDB. The
 * rules are listProjects' (../projects.ts), restated; tests/unit/overview-index.test.ts holds the
 * two equal over many filter states, searches and sorts.
 */
import { hasLinkFilter, type Filters } from '../../domain/filters';
import type { ProjectListOptions, ProjectRow, ProjectSort } from '../../domain/projects';
import { compile, projectFlags, type Compiled } from './compute';
import { sqlLower } from './in-scope';
import { groupRows, type OverviewIndex } from './extract';
import { ALL, RANKS } from './kernels';
import type { Column } from './column';

/**
 * Every project's directory fields, column by column (the build writes them: project-list-wire.ts).
 * The descriptions come in a file of their own, which only a search needs (withDescriptions).
 */
export interface ProjectColumns {
	project_id: Column<string>;
	name: Column<string>;
	url: Column<string | null>;
	organisation: Column<string | null>;
	description?: Column<string | null>;
	start_year: Column<number | null>;
	end_year: Column<number | null>;
	status: Column<string>;
	geographic_scale: Column<string>;
}

/** The same columns as arrays, descriptions included: as the database returns them, and as the build writes them. */
export type ProjectColumnArrays = { [K in keyof ProjectColumns]-?: NonNullable<ProjectColumns[K]> extends Column<infer T> ? T[] : never };

const joined = new WeakMap<ProjectColumns, { descriptions: Column<string | null>; columns: ProjectColumns }>();

/**
 * The list with its descriptions, the same object for the same two.
 * @throws when the descriptions are not one per project of the list
 */
export function withDescriptions(columns: ProjectColumns, descriptions: Column<string | null>): ProjectColumns {
	const known = joined.get(columns);
	if (known?.descriptions === descriptions) return known.columns;
	if (descriptions.length !== columns.project_id.length)
		throw new Error(`the project descriptions file holds ${descriptions.length} rows for a list of ${columns.project_id.length} projects`);
	const both = { ...columns, description: descriptions };
	joined.set(columns, { descriptions, columns: both });
	return both;
}

/** A row's value (rows passed here are within the column). */
const cell = <T>(column: Column<T>, row: number) => column.at(row) as T;

/**
 * Null when the files cannot answer, and the database answers then: the list does not hold every
 * project of the index (another data version), or a search comes without the descriptions.
 */
export function computeProjectList(
	ix: OverviewIndex,
	columns: ProjectColumns,
	{ search = '', sort = 'name', descending = false, limit = 50, offset = 0, withUnlinked = false }: ProjectListOptions,
	f: Filters
): { rows: ProjectRow[]; total: number } | null {
	// Projects without an SDG link are listed too when asked for and no link filter is set (as
	// listProjects does): those that pass the project filters (SQL's fp), with no goals.
	const linkFiltered = hasLinkFilter(f);
	const unlinkedToo = withUnlinked && !linkFiltered;
	// A search reads the descriptions too: without them (a list read alone), no answer.
	const { description } = columns;
	if (search !== '' && !description) return null;
	const c = compile(ix, f);
	const arrays = directoryArrays(ix);
	const { flags } = projectFlags(ix, c, arrays.flags, unlinkedToo);
	const goals = passingGoals(ix, c, flags, arrays.goals);
	const row = rowOf(columns, ix);
	const lower = lowered.get(columns.name) ?? [];
	lowered.set(columns.name, lower);
	const needle = sqlLower(search);
	const matches = (text: string | null) => sqlLower(text ?? '').includes(needle);
	// The matches as two typed arrays (index project, list row), in the index's order, and rows
	// built for the page alone: at ten million links 420,000 projects match a goal, and an object
	// for each (with its garbage collection) was most of the 120-160 ms a page of them took in Node.
	const found: Found = { p: arrays.p, i: arrays.i, n: 0 };
	for (let p = 0; p < ix.projects; p++) {
		if (goals[p] === 0 && !(unlinkedToo && ix.unlinked[p] === 1 && flags[p] & ALL)) continue;
		const i = row(p);
		if (i === undefined) return null;
		if (needle !== '' && !matches(cell(columns.name, i)) && !matches(cell(columns.organisation, i)) && !matches(cell(description!, i))) continue;
		found.p[found.n] = p;
		found.i[found.n++] = i;
	}
	// Names break every tie, and the index numbers its projects by name, as DuckDB orders them
	// (extract.ts): `found` is sorted by name already. By name descending it is read backwards a
	// name at a time, ties still by id ascending; only that reads names, lowered once per list and
	// only those it meets (a goal's 40,000 of a million), to tell runs apart.
	const nameOf = (k: number) => (lower[found.i[k]] ??= sqlLower(cell(columns.name, found.i[k])));
	const end = Math.min(found.n, offset + limit);
	const positions =
		sort !== 'name'
			? byKey(found, (k) => keyOf[sort](found.p[k], found.i[k], goals, columns, ix), descending ? -1 : 1).subarray(offset, end)
			: descending
				? byNameDescending(found.n, nameOf).subarray(offset, end)
				: Array.from({ length: Math.max(0, end - offset) }, (_, k) => offset + k);
	const rows = Array.from(positions, (k): ProjectRow => {
		const [p, i] = [found.p[k], found.i[k]];
		return {
			project_id: cell(columns.project_id, i),
			name: cell(columns.name, i),
			url: cell(columns.url, i),
			organisation: cell(columns.organisation, i),
			start_year: cell(columns.start_year, i),
			end_year: cell(columns.end_year, i),
			status: cell(columns.status, i),
			geographic_scale: cell(columns.geographic_scale, i),
			goals: goalList(goals[p]),
			other_goals: linkFiltered ? goalList(allGoals(ix, p) & ~goals[p]) : [],
			countries: countriesOf(ix, p)
		};
	});
	return { rows, total: found.n };
}

/**
 * The goals each project's links passing the filters reach, as bits (bit 0: a code outside the
 * framework), for the projects flagged in scope of every filter: the goals a list shows beside
 * each project (SQL's list of goals over `fl`).
 */
export function passingGoals(ix: OverviewIndex, c: Compiled, flags: Uint8Array, goals: Uint32Array = new Uint32Array(ix.projects)): Uint32Array {
	goals.fill(0);
	for (let l = 0; l < ix.listings.length; l++) {
		if (!c.listingPasses[l]) continue;
		const bit = 1 << ix.listings[l].goal;
		for (const r of c.ranks)
			for (let k = ix.linkStart[l * RANKS + r - 1]; k < ix.linkStart[l * RANKS + r]; k++) {
				const p = ix.linkProject[k];
				if (flags[p] & ALL) goals[p] |= bit;
			}
	}
	return goals;
}

/** Every goal project p's links reach, at any strength, as bits (as passingGoals gives them). */
export function allGoals(ix: OverviewIndex, p: number): number {
	let bits = 0;
	for (let r = 1; r <= RANKS; r++) bits |= ix.goalsByRank[r][p];
	return bits;
}

/** A project's goals as a list shows them, from its bits: in order, a link outside the framework (SQL's NULL) last. */
export function goalList(bits: number): number[] {
	const list: (number | null)[] = [];
	for (let g = 1; g < 32; g++) if (bits & (1 << g)) list.push(g);
	if (bits & 1) list.push(null);
	return list as number[];
}

/**
 * The arrays a count of the directory writes, a value per project of the index, kept per index and
 * written afresh by every count rather than made anew: at ten million links they are 17 MB, and on
 * machines that hand a process its memory a page at a time (the bench's VMs: about 2.7 ms a
 * megabyte, bench/README, 5 December) making them cost every filter change or keystroke of a
 * search that much again. The cost is that they are held as long as the index is (for the
 * page's life, once the directory has counted). Safe to share: a count runs to its end without
 * yielding, and the rows it returns do not refer to them.
 */
const directoryWork = new WeakMap<OverviewIndex, { flags: Uint8Array; goals: Uint32Array; p: Int32Array; i: Int32Array }>();
function directoryArrays(ix: OverviewIndex) {
	let arrays = directoryWork.get(ix);
	if (!arrays) {
		const n = ix.projects;
		directoryWork.set(ix, (arrays = { flags: new Uint8Array(n), goals: new Uint32Array(n), p: new Int32Array(n), i: new Int32Array(n) }));
	}
	return arrays;
}

/** The matching projects, `n` of them: each one's place in the index (`p`) and its row in the list (`i`). */
export interface Found {
	p: Int32Array;
	i: Int32Array;
	n: number;
}

const countriesOf = (ix: OverviewIndex, p: number) => ix.countries.start[p + 1] - ix.countries.start[p];

/**
 * The list in the index's order of projects (the build writes it so: orderLikeIndex), so a
 * project's row is its number in the index. A list in any other order still answers, through a
 * map from id to row, built once per list. At 1.3 million projects that map took 0.9 s in Node;
 * checking the order takes under 0.1 s (Column.equals on the shipped file).
 */
export function orderLikeIndex(columns: ProjectColumnArrays, projectIds: Column<string>): ProjectColumnArrays {
	const row = new Map(columns.project_id.map((id, i) => [id, i]));
	const order = Array.from({ length: projectIds.length }, (_, p) => row.get(projectIds.at(p)!));
	// Another set of projects (another data version): left as it is, and the map answers.
	if (order.length !== columns.project_id.length || order.some((i) => i === undefined)) return columns;
	const take = (values: readonly unknown[]) => order.map((i) => values[i!]);
	return Object.fromEntries(Object.entries(columns).map(([name, values]) => [name, take(values)])) as unknown as ProjectColumnArrays;
}

// Kept per id column and name column, which a list and the same list with its descriptions share.
const rowIndexes = new WeakMap<Column<string>, { ix: OverviewIndex; row: (p: number) => number | undefined }>();

/** Each index project's row in the list: worked out once per list and index, not on every keystroke of a search. */
export function rowOf(columns: ProjectColumns, ix: OverviewIndex): (p: number) => number | undefined {
	const known = rowIndexes.get(columns.project_id);
	if (known?.ix === ix) return known.row;
	const ids = columns.project_id;
	let aligned = ids.equals ? ids.equals(ix.projectIds) : ids.length === ix.projects;
	for (let p = 0; aligned && !ids.equals && p < ix.projects; p++) aligned = ids.at(p) === ix.projectIds.at(p);
	let row: (p: number) => number | undefined = (p) => p;
	if (!aligned) {
		const map = new Map<string, number>();
		for (let i = 0; i < ids.length; i++) map.set(cell(ids, i), i);
		row = (p) => map.get(ix.projectIds.at(p)!);
	}
	rowIndexes.set(columns.project_id, { ix, row });
	return row;
}

/** Each project's name in lower case, as SQL's lower(name) orders it: by list row, filled as sorts need them. */
const lowered = new WeakMap<Column<string>, string[]>();

/** The sort key of each order but by name (null: unknown, last); names break every tie. */
const keyOf: Record<Exclude<ProjectSort, 'name'>, (p: number, i: number, goals: Uint32Array, columns: ProjectColumns, ix: OverviewIndex) => number | null> = {
	start_year: (_p, i, _goals, columns) => cell(columns.start_year, i),
	// Every goal the project reaches, as its row shows them (in scope and not). A project without a
	// link lists no goals: SQL's len() of its missing list is null, so last.
	goals: (p, _i, goals, _columns, ix) => (goals[p] === 0 ? null : popcount(goals[p] | allGoals(ix, p))),
	countries: (p, _i, _goals, _columns, ix) => countriesOf(ix, p)
};

function popcount(bits: number): number {
	let n = 0;
	for (let b = bits; b !== 0; b &= b - 1) n++;
	return n;
}

/**
 * ORDER BY lower(name) DESC, project_id of the `n` found projects, which are in the index's order
 * (lower(name), project_id): the runs of one name, last run first, each run as it is. Returns
 * positions in `found`.
 */
function byNameDescending(n: number, nameOf: (k: number) => string): Int32Array {
	const out = new Int32Array(n);
	let o = 0;
	for (let end = n; end > 0;) {
		let start = end - 1;
		while (start > 0 && nameOf(start - 1) === nameOf(start)) start--;
		for (let k = start; k < end; k++) out[o++] = k;
		end = start;
	}
	return out;
}

/**
 * ORDER BY key (`sign` 1 ASC, -1 DESC) NULLS LAST, lower(name), project_id, as listProjects orders:
 * the last two are the found projects' order, so a stable sort by key alone is enough. The keys
 * are whole numbers in a short range (years, counts of goals or countries): counted into buckets
 * by groupRows, the index's own counting sort, rather than compared (418,000 projects at ten
 * million links in 23-77 ms instead of 135-205, in Node); other keys (fractions, a range over
 * 2^20) are compared. Returns positions in `found`.
 */
export function byKey(found: Found, keyAt: (k: number) => number | null, sign: number): Int32Array | Uint32Array {
	const keys = new Float64Array(found.n);
	let [min, max] = [Infinity, -Infinity];
	for (let k = 0; k < found.n; k++) {
		const key = keyAt(k) ?? NaN;
		keys[k] = key;
		if (key < min) min = key;
		if (key > max) max = key;
	}
	const positions = new Int32Array(found.n);
	for (let k = 0; k < found.n; k++) positions[k] = k;
	const span = min <= max ? max - min + 1 : 0;
	const countable = !(span > 1 << 20) && keys.every((key) => Number.isNaN(key) || Number.isInteger(key));
	if (!countable) return positions.sort((a, b) => compareKeys(keys[a], keys[b], sign) || a - b);
	// Bucket b holds key min + b ascending, max - b descending; the last bucket holds the nulls.
	const buckets = keys.map((key) => (Number.isNaN(key) ? span : sign > 0 ? key - min : max - key));
	return groupRows(span + 1, buckets, positions).columns[0];
}

/** Two keys in the order `sign` asks (1 ascending, -1 descending), NaN (null) last either way. */
function compareKeys(x: number, y: number, sign: number): number {
	const [xNull, yNull] = [Number.isNaN(x), Number.isNaN(y)];
	if (xNull || yNull) return xNull === yNull ? 0 : xNull ? 1 : -1;
	return sign * (x - y);
}
