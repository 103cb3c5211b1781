/** What the app knows of goals: rows of projects per goal, a goal's facts and its page. */

import type { Filters } from './filters';
import type { StrengthCounts } from './strength';
import type { CountryProjectsRow } from './geography';
import type { ProjectRow } from './projects';

export interface GoalProjectsRow extends StrengthCounts {
	goal: number;
	title: string;
	short_title: string;
	colour: string;
	/** (By strength: projects whose strongest link to this goal is at that strength.) Distinct projects linked to this goal at any level (goal, target or indicator). */
	projects: number;
}

export interface GoalInfo {
	goal: number;
	title: string;
	short_title: string;
	colour: string;
}

export interface GoalIndicatorRow {
	target: string;
	target_title: string;
	/** Null for a target without indicators (11.c) and for the row that counts links to the target itself. */
	indicator: string | null;
	indicator_title: string | null;
	tier: string | null;
	repeat_of: string | null;
	direct: number;
	indirect: number;
	potential: number;
	projects: number;
}

/** The projects a goal's page counts: those in scope of the other filters that feed the goal (any target or indicator of it). */
export function goalScope(f: Filters, goal: number): Filters {
	return { ...f, goals: [goal], target: null, indicator: null };
}

/**
 * A goal page lists at most this many of its projects, as many as it draws (the directory and the
 * page's export have them all). Rows beyond them would only weigh on the page's start: goal 15's
 * 461 projects were 124 KB of its 145 KB of page data. A filter's projects are named from the
 * build's project list, which the page then preloads (queries/shipped.ts).
 */
export const goalPageListLimit = 50;

export interface GoalPage {
	indicators: GoalIndicatorRow[];
	/** The goal's projects in scope, in the directory's order: the first `goalPageListLimit` of them. */
	projects: ProjectRow[];
	/** How many projects in scope feed the goal: all of them, however many `projects` lists. */
	projectCount: number;
	/**
	 * Of `projectCount`, those no row of `indicators` counts: none of their links to the goal under
	 * the filters is to one of its indicators or, at target level, one of its targets. They are linked
	 * to the goal as a whole (every JRC study score is such a link); in a damaged stored import, a
	 * link to a target the framework lacks (15.99) is counted here too.
	 */
	goalLevelOnly: number;
	/** The map's rows: projects in scope per country, the place filters left out so every country stays drawn. */
	countries: CountryProjectsRow[];
	/** Countries named by the projects in scope, every filter applied: the page's figure. */
	countriesInScope: number;
	/** Global-scale projects in scope, every filter applied: the figure beside the countries. */
	globalProjects: number;
	/** Global-scale projects naming no country, the place filters left out as the map leaves them: what the map says it cannot draw. */
	unplacedGlobal: number;
}
