/** A country's profile: who works there, what they feed, and what its neighbours feed that it does not. */
import type { Filters } from './filters';
import type { GoalProjectsRow } from './goals';
import { listIsCut, type ProjectRow } from './projects';
import type { Strength } from './strength';

export interface CountryInfo {
	iso3: string;
	iso2: string | null;
	m49: string;
	name: string;
	region: string | null;
	sub_region: string | null;
	intermediate_region: string | null;
	/** The area a country is compared with: its M49 intermediate region where it has one (Eastern Africa), else its sub-region (Northern Europe). */
	comparison_region: string | null;
}

/** A goal, target or unique indicator that projects in scope feed, at their strongest link. */
export interface FeedRow {
	level: 'goal' | 'target' | 'indicator';
	/** The goal number as text, the target code or the (primary) indicator code. */
	code: string;
	goal: number;
	title: string;
	strength: Strength;
	projects: number;
	/** For a region's rows: ISO3 codes of the region's countries where those projects work, alphabetical. */
	countries: string[];
}

export interface CountryPage {
	perGoal: GoalProjectsRow[];
	/** Projects that name this country, by name: the first `profileListLimit` of `projectCount`. */
	projects: ProjectRow[];
	projectCount: number;
	/** Of `projectCount`, those with no SDG link yet (listed only while no link filter is set). */
	unlinkedCount: number;
	/**
	 * Global-scale projects in scope, by name: the first `globalListLimit` of `globalProjectCount`.
	 * They name no country, so cover this one too, and are counted apart.
	 */
	globalProjects: Pick<ProjectRow, 'project_id' | 'name' | 'goals'>[];
	globalProjectCount: number;
	/** Targets and indicators fed here (a link at indicator level also feeds its target), in official order. */
	feeds: FeedRow[];
	region: { name: string; projects: number; countries: number } | null;
	/**
	 * Indicators, targets and goals that projects elsewhere in the comparison region feed and none
	 * here does, indicators first: the goal rows are what goal-level datasets can say.
	 */
	gaps: FeedRow[];
}

/** The page's filters: the country is the page's own, so the address's country and region never apply. */
export const inCountry = (f: Filters, iso3: string): Filters => ({ ...f, countries: [iso3], region: null });

const levelOrder = { indicator: 0, target: 1, goal: 2 } as const;

/**
 * What the region's projects feed and none here does (`fedHere` with its goal rows), indicators
 * first, then targets, then goals; official order within each level (the sort is stable).
 */
export function gapsOf(fedHere: readonly FeedRow[], fedInRegion: readonly FeedRow[]): FeedRow[] {
	const fed = new Set(fedHere.map((r) => `${r.level} ${r.code}`));
	return fedInRegion.filter((r) => !fed.has(`${r.level} ${r.code}`)).sort((a, b) => levelOrder[a.level] - levelOrder[b.level]);
}

/**
 * A country's profile names at most this many of the global-scale projects that cover it. Every
 * country has the same ones (57 on the published data, all named), and a far larger inventory's
 * would weigh on each of its 249 pages: 6,671 at the bench's million links. No filter of the
 * directory finds them, so they are named here, not cut at the profile's list of 50.
 */
export const globalListLimit = 100;

/** The profile holds fewer projects than it counts, in its list or its global projects': its rows cannot name them all. */
export const countryListsCut = (page: Pick<CountryPage, 'projects' | 'projectCount' | 'globalProjects' | 'globalProjectCount'>): boolean =>
	listIsCut(page) || page.globalProjects.length < page.globalProjectCount;
