/** Queries behind a country's profile (/countries/ISO3). */
import type { SqlClient } from '../data/client';
import { emptyFilters, hasLinkFilter, type Filters } from '../domain/filters';
import { gapsOf, globalListLimit, inCountry, type CountryInfo, type CountryPage } from '../domain/countries';
import { projectsPerGoal } from './goals';
import { listProjects, unlinkedProjectCount } from './projects';
import { profileListLimit } from '../domain/projects';
import { dimension, scope } from './scope';
import { feeds } from './feeds';

export async function countryInfo(db: SqlClient, iso3: string): Promise<CountryInfo | null> {
	const [row] = await db.query<CountryInfo>(
		`SELECT iso3, iso2, m49, name, region, sub_region, intermediate_region, coalesce(intermediate_region, sub_region) AS comparison_region
		 FROM countries WHERE iso3 = ?`,
		[iso3]
	);
	return row ?? null;
}

/** Every country and area of the M49 list, for prerendering one profile each. */
export async function countryCodes(db: SqlClient): Promise<string[]> {
	return (await db.query<{ iso3: string }>(`SELECT iso3 FROM countries ORDER BY iso3`)).map((r) => r.iso3);
}

/**
 * Global-scale projects in scope of the filters other than place that name no country: they cover
 * every one (a JRC record of global scale that names countries is among those working there).
 * Without a link filter, those with no SDG link yet are listed too, as on the list of projects
 * working here. The first `globalListLimit` by name, and how many there are.
 */
async function globalProjects(db: SqlClient, f: Filters): Promise<{ rows: CountryPage['globalProjects']; total: number }> {
	const s = scope(f, dimension.place);
	const rows = await db.query<CountryPage['globalProjects'][number] & { total: number }>(
		`${s.sql},
		listed AS (
			SELECT p.project_id, p.name, coalesce((SELECT list(DISTINCT l.goal ORDER BY l.goal) FROM fl l WHERE l.project_id = p.project_id), []) AS goals
			FROM projects p
			WHERE p.geographic_scale = 'global' AND NOT EXISTS (SELECT 1 FROM project_countries pc WHERE pc.project_id = p.project_id)
			  AND (p.project_id IN (SELECT project_id FROM sp) OR (? AND p.project_id IN (SELECT project_id FROM fp) AND p.project_id IN (SELECT project_id FROM unlinked_projects)))
		)
		-- The count beside the rows over the list, not in the same SELECT as its correlated subquery:
		-- that form raised DuckDB INTERNAL errors now and then (index 0 of an empty vector).
		SELECT *, (count(*) OVER ())::INTEGER AS total FROM listed
		ORDER BY lower(name), project_id
		LIMIT ?`,
		[...s.params, !hasLinkFilter(f), globalListLimit]
	);
	return { rows: rows.map(({ total: _t, ...r }) => r), total: rows[0]?.total ?? 0 };
}

async function regionFigures(db: SqlClient, f: Filters, region: string): Promise<NonNullable<CountryPage['region']>> {
	const s = scope({ ...f, countries: [], region });
	const [row] = await db.query<{ projects: number; countries: number }>(
		`${s.sql}
		SELECT count(DISTINCT pc.project_id)::INTEGER AS projects, count(DISTINCT pc.country)::INTEGER AS countries
		FROM project_countries pc JOIN countries c ON c.iso3 = pc.country
		WHERE ? IN (c.region, c.sub_region, c.intermediate_region) AND pc.project_id IN (SELECT project_id FROM sp)`,
		[...s.params, region]
	);
	return { name: region, ...row };
}

/** Everything a country's profile shows, for the projects in scope of the other filters. */
export async function countryPage(db: SqlClient, info: CountryInfo, f: Filters = emptyFilters): Promise<CountryPage> {
	const here = inCountry(f, info.iso3);
	const fedHere = await feeds(db, here, null);
	const region = info.comparison_region;
	const inRegion = region ? await feeds(db, { ...here, countries: [], region }, region) : [];
	// Projects with no SDG link yet work here too (common in an import): listed unless a link filter is set.
	const listed = await listProjects(db, { limit: profileListLimit, withUnlinked: true }, here);
	const global = await globalProjects(db, here);
	return {
		perGoal: await projectsPerGoal(db, here),
		projects: listed.rows,
		projectCount: listed.total,
		unlinkedCount: hasLinkFilter(here) ? 0 : await unlinkedProjectCount(db, here),
		globalProjects: global.rows,
		globalProjectCount: global.total,
		feeds: fedHere.filter((r) => r.level !== 'goal'),
		region: region ? await regionFigures(db, here, region) : null,
		gaps: gapsOf(fedHere, inRegion)
	};
}
