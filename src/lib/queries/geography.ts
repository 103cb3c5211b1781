/** Queries about countries and regions. */
import type { SqlClient } from '../data/client';

export interface CountryCoverage {
	/** Distinct countries named by at least one project. */
	countries: number;
	/** Projects of global scale: they list no countries and are reported apart. */
	globalProjects: number;
}

export async function countryCoverage(db: SqlClient): Promise<CountryCoverage> {
	const [row] = await db.query<CountryCoverage>(`
		SELECT (SELECT count(DISTINCT country) FROM project_countries)::INTEGER AS countries,
		       (SELECT count(*) FROM projects WHERE geographic_scale = 'global')::INTEGER AS "globalProjects"`);
	return row;
}

export interface CountryProjectsRow {
	iso3: string;
	name: string;
	region: string | null;
	sub_region: string | null;
	projects: number;
}

/** Projects per country, for the countries projects name (global-scale projects excluded). */
export function projectsPerCountry(db: SqlClient): Promise<CountryProjectsRow[]> {
	return db.query<CountryProjectsRow>(`
		SELECT c.iso3, c.name, c.region, c.sub_region, count(DISTINCT pc.project_id)::INTEGER AS projects
		FROM project_countries pc
		JOIN countries c ON c.iso3 = pc.country
		GROUP BY ALL
		ORDER BY projects DESC, c.name`);
}
