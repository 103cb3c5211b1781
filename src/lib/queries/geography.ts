/** Queries about countries and regions. */
import type { SqlClient } from '../data/client';
import { emptyFilters, type Filters } from '../domain/filters';
import { dimension, scope } from './scope';
import { binary } from './text-order';
import type { CountryCoverage, CountryProjectsRow, RegionProjectsRow } from '../domain/geography';
import type { Places } from '../domain/overview';

/**
 * Which projects a place query counts (a name of scope()'s, never a value from outside):
 * `sp` those in scope, with a link passing the filters; `fp` every project passing the project
 * filters, with an SDG link or not (only meaningful without link filters, which fp ignores).
 */
export type ProjectSet = 'sp' | 'fp';

export async function countryCoverage(db: SqlClient, f: Filters = emptyFilters, of: ProjectSet = 'sp'): Promise<CountryCoverage> {
	const s = scope(f);
	const [row] = await db.query<CountryCoverage>(
		`${s.sql}
		SELECT (SELECT count(DISTINCT country) FROM project_countries WHERE project_id IN (SELECT project_id FROM ${of}))::INTEGER AS countries,
		       (SELECT count(*) FROM projects WHERE geographic_scale = 'global' AND project_id IN (SELECT project_id FROM ${of}))::INTEGER AS "globalProjects"`,
		s.params
	);
	return row;
}

/**
 * Global-scale projects in scope naming no country, the place filters left out as a map leaves
 * them: what a map of projectsPerCountry cannot draw (a global record may name countries, and is
 * drawn there).
 */
export async function unplacedGlobal(db: SqlClient, f: Filters = emptyFilters): Promise<number> {
	const s = scope(f, dimension.place);
	const [{ n }] = await db.query<{ n: number }>(
		`${s.sql}
		SELECT count(*)::INTEGER AS n FROM projects
		WHERE geographic_scale = 'global' AND project_id IN (SELECT project_id FROM sp)
		  AND project_id NOT IN (SELECT project_id FROM project_countries)`,
		s.params
	);
	return n;
}

/**
 * Projects in scope per country they name. A multi-country project counts in each of its
 * countries, a global-scale one too when it names countries (those naming none are what
 * unplacedGlobal counts). The country and region
 * filters are left out, so the map keeps every country while some are selected.
 */
export function projectsPerCountry(db: SqlClient, f: Filters = emptyFilters): Promise<CountryProjectsRow[]> {
	const s = scope(f, dimension.place);
	return db.query<CountryProjectsRow>(
		`${s.sql},
		spread AS (SELECT project_id, count(*) AS n FROM project_countries GROUP BY project_id)
		SELECT c.iso3, c.m49, c.name, c.region, c.sub_region,
		       count(DISTINCT pc.project_id)::INTEGER AS projects,
		       count(DISTINCT pc.project_id) FILTER (WHERE spread.n = 1)::INTEGER AS single_country
		FROM project_countries pc
		JOIN sp ON sp.project_id = pc.project_id
		JOIN spread ON spread.project_id = pc.project_id
		JOIN countries c ON c.iso3 = pc.country
		GROUP BY c.iso3, c.m49, c.name, c.region, c.sub_region
		ORDER BY projects DESC, c.name`,
		s.params
	);
}

/** Distinct projects in scope per UN M49 region (a project in two regions counts in both), plus global-scale ones. */
export function projectsPerRegion(db: SqlClient, f: Filters = emptyFilters): Promise<RegionProjectsRow[]> {
	const s = scope(f, dimension.place);
	return db.query<RegionProjectsRow>(
		`${s.sql},
		regions AS (
			SELECT coalesce(c.region, 'Other') AS region, count(DISTINCT pc.project_id)::INTEGER AS projects, count(DISTINCT pc.country)::INTEGER AS countries
			FROM project_countries pc JOIN sp USING (project_id) JOIN countries c ON c.iso3 = pc.country
			GROUP BY ALL
			UNION ALL
			SELECT 'Global', count(*)::INTEGER, 0 FROM projects WHERE geographic_scale = 'global' AND project_id IN (SELECT project_id FROM sp)
		)
		SELECT * FROM regions ORDER BY region = 'Global', projects DESC, region`,
		s.params
	);
}

/**
 * projectsPerCountry and projectsPerRegion in one statement (grouping sets), for the overview,
 * where every saved statement is a few milliseconds. A test holds it to the same rows.
 */
export async function placeBreakdown(db: SqlClient, f: Filters = emptyFilters, of: ProjectSet = 'sp'): Promise<Places> {
	const s = scope(f, dimension.place);
	const rows = await db.query<CountryProjectsRow & { countries: number; level: 'country' | 'region' | 'unplaced' }>(
		`${s.sql},
		spread AS (SELECT project_id, count(*) AS n FROM project_countries GROUP BY project_id),
		grouped AS (
			SELECT c.iso3, c.m49, c.name, coalesce(c.region, 'Other') AS region, c.sub_region,
			       count(DISTINCT pc.project_id)::INTEGER AS projects,
			       count(DISTINCT pc.project_id) FILTER (WHERE spread.n = 1)::INTEGER AS single_country,
			       count(DISTINCT pc.country)::INTEGER AS countries,
			       CASE WHEN grouping(c.iso3) = 1 THEN 'region' ELSE 'country' END AS level
			FROM project_countries pc
			JOIN ${of} s ON s.project_id = pc.project_id
			JOIN spread ON spread.project_id = pc.project_id
			JOIN countries c ON c.iso3 = pc.country
			GROUP BY GROUPING SETS ((c.iso3, c.m49, c.name, coalesce(c.region, 'Other'), c.sub_region), (coalesce(c.region, 'Other')))
		)
		SELECT * FROM grouped
		UNION ALL
		SELECT NULL, NULL, NULL, 'Global', NULL, count(*)::INTEGER, 0, 0, 'region'
		FROM projects WHERE geographic_scale = 'global' AND project_id IN (SELECT project_id FROM ${of})
		UNION ALL
		-- Of those, the ones naming no country: all the map cannot draw (a global record may name countries).
		SELECT NULL, NULL, NULL, 'Global', NULL, count(*)::INTEGER, 0, 0, 'unplaced'
		FROM projects WHERE geographic_scale = 'global' AND project_id IN (SELECT project_id FROM ${of})
		  AND project_id NOT IN (SELECT project_id FROM project_countries)`,
		s.params
	);
	const perCountry = rows
		.filter((r) => r.level === 'country')
		.map(({ iso3, m49, name, region, sub_region, projects, single_country }) => ({
			iso3,
			m49,
			name,
			region: region === 'Other' ? null : region,
			sub_region,
			projects,
			single_country
		}))
		.sort((a, b) => b.projects - a.projects || binary(a.name, b.name));
	const perRegion = rows
		.filter((r) => r.level === 'region')
		.map(({ region, projects, countries }) => ({ region: region!, projects, countries }))
		.sort((a, b) => Number(a.region === 'Global') - Number(b.region === 'Global') || b.projects - a.projects || binary(a.region, b.region));
	return { perCountry, perRegion, unplacedGlobal: rows.find((r) => r.level === 'unplaced')!.projects };
}
