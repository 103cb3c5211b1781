/**
 * A goal's page from the overview index, so it answers the curated inventory's filters from the
 * build's file without waiting for DuckDB. The rules are goalPage's (../goals.ts), restated;
 * tests/unit/overview-index.test.ts holds the two equal over many filter states.
 *
 * The index holds no project names: the page's own prerendered rows (the goal's projects,
 * unfiltered, when it has no more than the page lists) give them, and a filter only ever narrows
 * that list. When a project in scope is not among those rows (a list cut at its limit, or rows from
 * another data version), the build's project list names them, if given (`columns`); without it
 * there is no answer here (null) and the database answers.
 */
import type { Filters } from '../../domain/filters';
import { goalPageListLimit, goalScope, type GoalIndicatorRow, type GoalPage } from '../../domain/goals';
import { listIsCut, type ProjectRow } from '../../domain/projects';
import { compile, computePlaces, projectFlags, strongestLinks, type Compiled } from './compute';
import type { OverviewIndex } from './extract';
import { ALL, RANKS } from './kernels';
import { computeProjectList, type ProjectColumns } from './project-list';

export function computeGoalPage(ix: OverviewIndex, goal: number, f: Filters, unfiltered: GoalPage, columns?: ProjectColumns): GoalPage | null {
	const withGoal = goalScope(f, goal);
	const listed = columns ? computeProjectList(ix, columns, { limit: goalPageListLimit }, withGoal) : projectsFromRows(ix, withGoal, unfiltered);
	if (!listed) return null;
	// The map's rows and what it cannot draw leave out the place filters (NO_PLACE), as the goal
	// page's map does; the figures keep them, as countryCoverage does in the SQL.
	const places = computePlaces(ix, withGoal);
	return {
		indicators: goalIndicators(ix, f, unfiltered.indicators),
		projects: listed.rows,
		projectCount: listed.total,
		goalLevelOnly: listed.total - inSomeRow(ix, withGoal, unfiltered.indicators),
		countries: places.perCountry,
		countriesInScope: places.countries.countries,
		globalProjects: places.countries.globalProjects,
		unplacedGlobal: places.unplacedGlobal
	};
}

/** The goal's projects in scope, from the page's own rows; null when they cannot name them all. */
function projectsFromRows(ix: OverviewIndex, withGoal: Filters, unfiltered: GoalPage): { rows: ProjectRow[]; total: number } | null {
	if (listIsCut(unfiltered)) return null;
	const c = compile(ix, withGoal);
	const { flags } = projectFlags(ix, c);
	const { best } = strongestLinks(ix, c, withGoal, flags);
	let count = 0;
	for (let p = 0; p < ix.projects; p++) if (best[p] !== 0 && flags[p] & ALL) count++;
	// More projects in scope than the page's rows: they cannot name them all (no id made to find out).
	if (count > unfiltered.projects.length) return null;
	const inScope = new Set<string>();
	for (let p = 0; p < ix.projects; p++) if (best[p] !== 0 && flags[p] & ALL) inScope.add(ix.projectIds.at(p)!);
	const projects = unfiltered.projects.filter((r) => inScope.has(r.project_id));
	return projects.length === inScope.size ? { rows: projects, total: projects.length } : null;
}

/**
 * The goal's projects in scope that a row of its table counts: those with a link under the filters
 * to one of its indicators, or to one of its targets (`rows` name them; not a target the framework
 * lacks, such as 15.99 in an import). The rest are what goalLevelOnly (../goals.ts) counts.
 */
function inSomeRow(ix: OverviewIndex, withGoal: Filters, rows: readonly GoalIndicatorRow[]): number {
	const c = compile(ix, withGoal);
	const { flags } = projectFlags(ix, c);
	const targets = new Set(rows.map((r) => r.target));
	const seen = new Uint8Array(ix.projects);
	let count = 0;
	for (let l = 0; l < ix.listings.length; l++) {
		const { target, indicator } = ix.listings[l];
		if (!c.listingPasses[l] || (indicator === null && (target === null || !targets.has(target)))) continue;
		for (const r of c.ranks)
			for (let k = ix.linkStart[l * RANKS + r - 1]; k < ix.linkStart[l * RANKS + r]; k++) {
				const p = ix.linkProject[k];
				if (flags[p] & ALL && !seen[p]) ((seen[p] = 1), count++);
			}
	}
	return count;
}

/**
 * Each row of the goal's table counted again: a target's own row from links tagged at that
 * target, an indicator's row from links to its primary (under any goal it is listed in), each
 * project once at its strongest link. The goal, target and indicator filters are left out.
 */
function goalIndicators(ix: OverviewIndex, f: Filters, rows: readonly GoalIndicatorRow[]): GoalIndicatorRow[] {
	const c = compile(ix, { ...f, goals: [], target: null, indicator: null });
	const { flags } = projectFlags(ix, c);
	const targetListing = new Map<string, number[]>();
	const indicatorListings = new Map<string, number[]>();
	ix.listings.forEach((l, i) => {
		const [map, key] = l.indicator !== null ? [indicatorListings, l.indicator] : l.target !== null ? [targetListing, l.target] : [null, ''];
		if (!map) return;
		if (!map.has(key)) map.set(key, []);
		map.get(key)!.push(i);
	});
	const best = new Uint8Array(ix.projects);
	const touched: number[] = [];
	return rows.map((row) => {
		const listings = row.indicator === null ? targetListing.get(row.target) : indicatorListings.get(row.repeat_of ?? row.indicator);
		const counts = strongestCounts(ix, c, flags, listings ?? [], best, touched);
		// Every rank counts towards projects, as goalIndicators counts every project; the JRC scores
		// (ranks 4 and 5) are goal-level only, so target and indicator rows hold none of them.
		return { ...row, direct: counts[1], indirect: counts[2], potential: counts[3], projects: counts.reduce((n, k) => n + k, 0) };
	});
}

/** Projects in scope linked through `listings`, each counted once at its strongest rank: counts by rank (1 to RANKS). */
function strongestCounts(ix: OverviewIndex, c: Compiled, flags: Uint8Array, listings: number[], best: Uint8Array, touched: number[]): number[] {
	for (const l of listings)
		for (const r of c.ranks)
			for (let k = ix.linkStart[l * RANKS + r - 1]; k < ix.linkStart[l * RANKS + r]; k++) {
				const p = ix.linkProject[k];
				if (!(flags[p] & ALL)) continue;
				if (best[p] === 0) touched.push(p);
				if (best[p] === 0 || r < best[p]) best[p] = r;
			}
	const counts: number[] = new Array(RANKS + 1).fill(0);
	for (const p of touched) (counts[best[p]]++, (best[p] = 0));
	touched.length = 0;
	return counts;
}
