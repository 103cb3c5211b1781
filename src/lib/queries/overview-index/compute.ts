/**
 * The overview for a filter state, from the index, in a few passes over per-project arrays: links
 * are visited only for a target or indicator filter and for indicator coverage, and then only the
 * links of the listings that pass.
 * It must give exactly what the plain queries give (headline, projectsPerGoal, placeBreakdown,
 * projectsActivePerYear in ../): tests/unit/overview-index.test.ts compares the two over many
 * filter states. So the rules below are the SQL's rules, restated:
 *   - a project passes the project filters (country or region, years, topics) or not; each chart
 *     drops the filters of its own dimension, as scope() does with `omit`;
 *   - a link passes the link filters (goal, target, indicator, strength); the goal chart drops
 *     the goal, target and indicator filters;
 *   - a project is in scope when it passes the project filters and has a passing link, and
 *     counts once per goal, country, region, year or indicator at its strongest passing link.
 */
import type { Overview } from '../../domain/overview';
import { hasLinkFilter, type FilterKey, type Filters } from '../../domain/filters';
import { dimension } from '../scope';
import { strengthCounts, strengths, sumCounts } from '../../domain/strength';
import type { OverviewIndex } from './extract';
import {
	ALL,
	RANKS,
	NO_PLACE,
	NO_TIME,
	countAll,
	countGoalBits,
	countGoalLists,
	flagProjects,
	goalsByStrongest,
	strongestByGoalBits,
	type GoalBits,
	type GoalsSeen,
	type ProjectFilters
} from './kernels';
import { allProjectsPlaces, inScope } from './in-scope';
import { goalListsOf } from './goal-lists';

const noMatch = -2;

/** The filters as flags over the index's dictionaries. */
export function compile(ix: OverviewIndex, f: Filters) {
	const flagsOf = (size: number, on: (i: number) => boolean) => Uint8Array.from({ length: size }, (_, i) => (on(i) ? 1 : 0));
	const countrySet = f.countries.length ? flagsOf(ix.countryList.length, (i) => f.countries.includes(ix.countryList[i].iso3)) : null;
	const regionSet = f.region
		? flagsOf(ix.countryList.length, (i) => {
				const c = ix.countryList[i];
				return c.region === f.region || c.sub_region === f.region || c.intermediate_region === f.region;
			})
		: null;
	const topicSet = f.topics.length ? flagsOf(ix.topicList.length, (i) => f.topics.includes(ix.topicList[i])) : null;
	const goalSet = f.goals.length ? new Set(f.goals) : null;
	const lookup = (list: string[], code: string | null) => (code === null ? -1 : list.indexOf(code) >= 0 ? list.indexOf(code) : noMatch);
	const target = lookup(ix.targetList, f.target);
	// A repeated indicator (11.5.1) and its primary (1.5.1) are one indicator.
	const indicator = lookup(ix.indicatorList, f.indicator === null ? null : (ix.repeatOf.get(f.indicator) ?? f.indicator));
	// Which strength ranks (1 direct … RANKS) pass.
	const rankPasses = flagsOf(RANKS + 1, (r) => r > 0 && (f.strengths.length === 0 || f.strengths.includes(strengths[r - 1])));
	// Whether each listing passes the goal, target and indicator filters.
	const listingPasses = flagsOf(
		ix.listings.length,
		(l) =>
			(!goalSet || goalSet.has(ix.listings[l].goal)) &&
			(target === -1 || ix.listingTarget[l] === target) &&
			(indicator === -1 || ix.listingIndicator[l] === indicator)
	);
	const ranks = strengths.map((_, i) => i + 1).filter((r) => rankPasses[r]); // strongest first
	const projectFilters: ProjectFilters = { countries: countrySet, regions: regionSet, topics: topicSet, from: f.from ?? -1, to: f.to ?? -1 };
	return { projectFilters, rankPasses, ranks, listingPasses };
}

export type Compiled = ReturnType<typeof compile>;

/**
 * Each project's flags (kernels.ts: ALL, NO_PLACE, NO_TIME), and the projects without a link that
 * pass the project filters.
 * @param flags where to write them (one byte per project): a fresh array unless given
 * @param unlinkedToo flag the projects without a link too (else they stay 0), for a list that shows them
 */
export function projectFlags(
	ix: OverviewIndex,
	c: Compiled,
	flags: Uint8Array = new Uint8Array(ix.projects),
	unlinkedToo = false
): { flags: Uint8Array; unlinked: number } {
	flags.fill(0); // flagProjects leaves a project without a link as it finds it
	const { countries, regions, topics, from, to } = c.projectFilters;
	// Without project filters every project with a link passes for every chart: copy, do not test.
	// (The copy holds no flags for projects without a link.)
	const unlinked =
		!unlinkedToo && countries === null && regions === null && topics === null && from < 0 && to < 0
			? (flags.set(ix.unfiltered.flags), ix.unfiltered.unlinked)
			: flagProjects(ix.startYear, ix.endYear, ix.unlinked, ix.countries, ix.topics, c.projectFilters, flags, unlinkedToo);
	return { flags, unlinked };
}

/** The index's goal bits with each rank's mask (0 for a rank that does not pass), for the goal-bit kernels. */
const goalBits = (ix: OverviewIndex, c: Compiled, goalMask: number): GoalBits => {
	return { g: ix.goalsByRank, m: ix.goalsByRank.map((_, r) => (r > 0 && c.rankPasses[r] ? goalMask : 0)) };
};

/**
 * Each project's strongest link passing the link filters (0: none, so it is not in scope), and
 * the goals those links reach for projects passing every project filter (bits).
 */
export function strongestLinks(ix: OverviewIndex, c: Compiled, f: Filters, flags: Uint8Array, best: Uint8Array = new Uint8Array(ix.projects)) {
	best.fill(0);
	if (f.target === null && f.indicator === null) {
		// Goal-level filters only: the per-project goal bits answer without visiting links.
		const goalMask = f.goals.length ? f.goals.reduce((m, g) => m | (1 << g), 0) : ~0;
		const goalsSeen = strongestByGoalBits(flags, goalBits(ix, c, goalMask), best);
		return { best, goalsSeen };
	}
	// A target or indicator: visit the links of the few listings that pass.
	const goalsSeen: GoalsSeen = new Array(RANKS + 1).fill(0);
	for (let l = 0; l < ix.listings.length; l++) {
		if (!c.listingPasses[l]) continue;
		for (const r of c.ranks) {
			for (let k = ix.linkStart[l * RANKS + r - 1]; k < ix.linkStart[l * RANKS + r]; k++) {
				const p = ix.linkProject[k];
				if (!flags[p]) continue;
				if (best[p] === 0 || r < best[p]) best[p] = r;
				if (flags[p] & ALL) goalsSeen[r] |= 1 << ix.listings[l].goal;
			}
		}
	}
	return { best, goalsSeen };
}

/**
 * Unique indicators reached, each at its strongest passing link. The links are grouped by listing
 * and strength, so the first project in scope found settles a listing; and the listings of a
 * repeated indicator (1.5.1, 11.5.1, 13.1.1) hold the same links, so the first listing that
 * passes settles the indicator.
 */
function indicatorCoverage(ix: OverviewIndex, c: Compiled, flags: Uint8Array): Overview['indicators'] {
	const best = new Uint8Array(ix.indicatorList.length); // 0 = not linked
	for (let l = 0; l < ix.listings.length; l++) {
		const indicator = ix.listingIndicator[l];
		if (indicator < 0 || best[indicator] !== 0 || !c.listingPasses[l]) continue;
		search: for (const r of c.ranks) {
			for (let k = ix.linkStart[l * RANKS + r - 1]; k < ix.linkStart[l * RANKS + r]; k++) {
				if (flags[ix.linkProject[k]] & ALL) {
					best[indicator] = r;
					break search;
				}
			}
		}
	}
	const count = (on: (r: number) => boolean) => best.reduce((n, r) => n + (on(r) ? 1 : 0), 0);
	return {
		total: ix.indicatorsTotal,
		linked: count((r) => r > 0),
		direct: count((r) => r === 1),
		indirect: count((r) => r === 2),
		potential: count((r) => r === 3)
	};
}

/**
 * The goal chart drops the goal, target and indicator filters: each goal with the projects that
 * pass the rest, at their strongest allowed link to it (`flags`: projectFlags' for `c`).
 */
export function goalChart(ix: OverviewIndex, c: Compiled, flags: Uint8Array): Overview['perGoal'] {
	const counts = new Int32Array(32 * (RANKS + 1)); // goal * (RANKS + 1) + rank
	// The lists hold each project at its strongest rank of all, so only when every rank passes. They
	// visit every project's every goal whatever the filters, where the bits skip a project that does
	// not pass in one test: a filter that leaves few projects in (a country) is counted sooner from the bits.
	const lists = c.ranks.length === RANKS ? goalListsOf(ix) : null;
	if (lists && countAll(flags) * 4 > ix.projects) countGoalLists(flags, lists.start, lists.projects, counts);
	else countGoalBits(flags, goalBits(ix, c, ~0), counts);
	return ix.goals.map((g) => {
		const byStrength = strengthCounts((r) => counts[g.goal * (RANKS + 1) + r]);
		return { ...g, ...byStrength, projects: sumCounts(byStrength) };
	});
}

/**
 * Two bytes per project, written afresh by every count of the overview, of the map's figures
 * alone (computePlaces) or of the topic matrix (topic-matrix.ts) from this index, rather than a
 * new pair per filter change (2.7 MB at ten million links). In headless Chromium at ten million
 * links this made a click's painted answer 15-35% sooner (interleaved builds, two rounds); the
 * trace showed as many young-generation collections as before, so the saving is in making and
 * freeing the arrays. Safe to share: a count runs to its end without yielding, and nothing it
 * returns refers to them.
 */
const workByIndex = new WeakMap<OverviewIndex, { flags: Uint8Array; best: Uint8Array }>();
export function workArrays(ix: OverviewIndex) {
	let arrays = workByIndex.get(ix);
	if (!arrays) workByIndex.set(ix, (arrays = { flags: new Uint8Array(ix.projects), best: new Uint8Array(ix.projects) }));
	return arrays;
}

/**
 * Whether project p is of global scale and names no country: the map cannot draw it, the topic
 * matrix counts it apart, and a country's profile lists it apart.
 */
export const placeless = (ix: OverviewIndex, p: number): boolean => ix.global[p] === 1 && ix.countries.start[p + 1] === ix.countries.start[p];

/** A chart's inputs are the filters minus its own dimension's: the same inputs, the same chart. */
const sameInputs = (a: Filters, b: Filters, omit: readonly FilterKey[]) =>
	(Object.keys(a) as FilterKey[]).every((k) => omit.includes(k) || JSON.stringify(a[k]) === JSON.stringify(b[k]));

/**
 * The map's figures alone, for a page that draws no other chart of the overview (a goal's page):
 * the projects in scope per country and the global-scale ones naming no country (the place filters
 * left out, as the map leaves them), and the countries figure (every filter applied). Counting the goal chart, the
 * years and indicator coverage as well was about half of a goal page's counting at a million links
 * (86 of 178 ms, profiled in Chromium).
 */
export function computePlaces(ix: OverviewIndex, f: Filters): Pick<Overview, 'perCountry' | 'unplacedGlobal' | 'countries'> {
	const c = compile(ix, f);
	const work = workArrays(ix);
	const { flags } = projectFlags(ix, c, work.flags);
	const { best } = strongestLinks(ix, c, f, flags, work.best);
	// No years are counted, so the year they would run to does not matter.
	const counts = inScope(ix, flags, best, 0, { place: true, years: false });
	return { perCountry: counts.place!.perCountry, unplacedGlobal: counts.place!.unplacedGlobal, countries: counts.headline.countries };
}

/** The overview last computed from an index, for the filters given. */
export interface Computed {
	filters: Filters;
	untilYear: number;
	overview: Overview;
}

/**
 * @param previous the last answer from this index: a chart whose inputs have not changed is
 *   taken from it rather than counted again (a goal click leaves the goal chart as it was, as
 *   cross-filtering expects; the headline and the other charts are always counted).
 */
export function computeOverview(ix: OverviewIndex, untilYear: number, f: Filters, previous?: Computed): Overview {
	const c = compile(ix, f);
	const work = workArrays(ix);
	const { flags, unlinked } = projectFlags(ix, c, work.flags);
	const { best, goalsSeen } = strongestLinks(ix, c, f, flags, work.best);
	const reuse = (omit: readonly FilterKey[]) => previous !== undefined && previous.untilYear === untilYear && sameInputs(previous.filters, f, omit);
	const counts = inScope(ix, flags, best, untilYear, { place: !reuse(dimension.place), years: !reuse(dimension.time) });
	return {
		...counts.headline,
		unlinked,
		goals: { ...goalsByStrongest(goalsSeen), total: ix.goals.length },
		indicators: indicatorCoverage(ix, c, flags),
		perGoal: reuse(dimension.sdg) ? previous!.overview.perGoal : goalChart(ix, c, flags),
		...(counts.place ?? {
			perCountry: previous!.overview.perCountry,
			perRegion: previous!.overview.perRegion,
			unplacedGlobal: previous!.overview.unplacedGlobal
		}),
		perYear: counts.perYear ?? previous!.overview.perYear,
		allProjects: ix.unfiltered.unlinked > 0 && !hasLinkFilter(f) ? allProjectsPlaces(ix, c.projectFilters, best) : null
	};
}
