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

/** Where projects work, counted over a set of projects: the map, the regions and the countries figure. */
export interface Places {
	perCountry: CountryProjectsRow[];
	/** The regions, then 'Global': every global-scale project, those naming countries counted in their regions too. */
	perRegion: RegionProjectsRow[];
	/** Global-scale projects naming no country: those the map cannot draw and says so. */
	unplacedGlobal: number;
}

/**
 * The same place figures over every project passing the project filters, with an SDG link or not
 * (the SDG figures never count the unlinked ones). Only where the datasets shown hold a project
 * without a link and no SDG or strength filter is set, which such a project could never match:
 * otherwise the linked figures are all there is.
 */
export interface AllProjectsPlaces extends Places {
	projects: number;
	countries: CountryCoverage;
}

export interface Overview extends Headline, Places {
	perGoal: GoalProjectsRow[];
	perYear: { rows: ActiveYearRow[]; undated: number };
	allProjects: AllProjectsPlaces | null;
}
