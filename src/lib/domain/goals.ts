/** What the app knows of goals: rows of projects per goal, a goal's facts and its page. */

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

export interface GoalPage {
	indicators: GoalIndicatorRow[];
	projects: ProjectRow[];
	countries: CountryProjectsRow[];
	globalProjects: number;
}
