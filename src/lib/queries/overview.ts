/**
 * Everything the overview page shows, in one shape. The build computes it with native DuckDB for
 * first paint; the browser computes it again with duckdb-wasm once that is ready, and again for
 * every change of the filters.
 */
import type { SqlClient } from '../data/client';
import { emptyFilters, type Filters } from '../state/filters';
import { countryCoverage, projectsPerCountry, projectsPerRegion, type CountryCoverage, type CountryProjectsRow, type RegionProjectsRow } from './geography';
import { goalsReached, projectsPerGoal, type GoalProjectsRow } from './goals';
import { indicatorCoverage, type IndicatorCoverage } from './indicators';
import { projectCount } from './projects';
import { projectsActivePerYear, type ActiveYearRow } from './time';

export interface Overview {
	projects: number;
	countries: CountryCoverage;
	goals: { reached: number; total: number };
	indicators: IndicatorCoverage;
	perGoal: GoalProjectsRow[];
	perCountry: CountryProjectsRow[];
	perRegion: RegionProjectsRow[];
	perYear: { rows: ActiveYearRow[]; undated: number };
}

export async function loadOverview(db: SqlClient, untilYear: number, f: Filters = emptyFilters): Promise<Overview> {
	// One connection serves queries in order, so these run one after another either way.
	return {
		projects: await projectCount(db, f),
		countries: await countryCoverage(db, f),
		goals: await goalsReached(db, f),
		indicators: await indicatorCoverage(db, f),
		perGoal: await projectsPerGoal(db, f),
		perCountry: await projectsPerCountry(db, f),
		perRegion: await projectsPerRegion(db, f),
		perYear: await projectsActivePerYear(db, untilYear, f)
	};
}
