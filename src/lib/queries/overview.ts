/**
 * Everything the overview page shows, in one shape. The build computes it with native DuckDB for
 * first paint; the browser computes it again with duckdb-wasm once that is ready.
 */
import type { SqlClient } from '../data/client';
import { countryCoverage, type CountryCoverage } from './geography';
import { goalsReached, projectsPerGoal, type GoalProjectsRow } from './goals';
import { indicatorCoverage, type IndicatorCoverage } from './indicators';
import { projectCount } from './projects';

export interface Overview {
	projects: number;
	countries: CountryCoverage;
	goals: { reached: number; total: number };
	indicators: IndicatorCoverage;
	perGoal: GoalProjectsRow[];
}

export async function loadOverview(db: SqlClient): Promise<Overview> {
	// One connection serves queries in order, so these run one after another either way.
	return {
		projects: await projectCount(db),
		countries: await countryCoverage(db),
		goals: await goalsReached(db),
		indicators: await indicatorCoverage(db),
		perGoal: await projectsPerGoal(db)
	};
}
