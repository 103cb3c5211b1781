/** The overview's figures: the headline and the four charts. */

import type { StrengthCounts } from './strength';
import type { ActiveYearRow } from './time';
import type { CountryCoverage, CountryProjectsRow, RegionProjectsRow } from './geography';
import type { GoalProjectsRow } from './goals';
import type { IndicatorCoverage } from './indicators';

export interface Headline {
	/** Projects with at least one link in scope: what every chart counts. */
	projects: number;
	/** Projects matching the project filters that list no SDG link at all (an import may hold many). */
	unlinked: number;
	countries: CountryCoverage;
	/** Goals with a project in scope, and how many at each strongest link (never quoted as one mixed figure). */
	goals: { reached: number; total: number } & StrengthCounts;
	indicators: IndicatorCoverage;
}

export interface Overview extends Headline {
	perGoal: GoalProjectsRow[];
	perCountry: CountryProjectsRow[];
	perRegion: RegionProjectsRow[];
	perYear: { rows: ActiveYearRow[]; undated: number };
}
