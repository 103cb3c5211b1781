/** Queries about projects. */
import type { SqlClient } from '../data/client';
import { emptyFilters, hasLinkFilter, type Filters } from '../domain/filters';
import { scope } from './scope';
import type { ProjectDetail, ProjectListOptions, ProjectRow, ProjectSort } from '../domain/projects';
import type { ProjectColumnArrays } from './overview-index/project-list';

export async function projectCount(db: SqlClient, f: Filters = emptyFilters): Promise<number> {
	const s = scope(f);
	const [row] = await db.query<{ n: number }>(`${s.sql} SELECT count(*)::INTEGER AS n FROM sp`, s.params);
	return row.n;
}

/** Projects matching the project filters that list no SDG link at all, so no chart counts them. */
export async function unlinkedProjectCount(db: SqlClient, f: Filters = emptyFilters): Promise<number> {
	const s = scope(f);
	const [row] = await db.query<{ n: number }>(
		`${s.sql} SELECT count(*)::INTEGER AS n FROM fp WHERE NOT EXISTS (SELECT 1 FROM contributions c WHERE c.project_id = fp.project_id)`,
		s.params
	);
	return row.n;
}

/** Rows per page of the project directory. */
export const projectPageSize = 25;

// Sort keys are chosen from this fixed map, never from text: ORDER BY cannot take a parameter.
const orderBy: Record<ProjectSort, string> = {
	name: 'lower(name)',
	start_year: 'start_year',
	// Every goal the project reaches, as its row shows them: those matching the filters and the others.
	goals: 'len(goals) + len(other_goals)',
	countries: 'countries'
};

/**
 * Under a link filter, a listed project's other goals: those of its links in the datasets shown that
 * no link passing the filters reaches (a goal page's projects reach more than its goal). Written
 * into the query only then: without a link filter they are none, and DuckDB would plan the join
 * whatever a CASE around it said.
 */
const otherGoals = `coalesce((SELECT list(DISTINCT l.goal ORDER BY l.goal) FROM contribution_links l WHERE l.project_id = p.project_id
			         AND NOT EXISTS (SELECT 1 FROM fl m WHERE m.project_id = l.project_id AND m.goal IS NOT DISTINCT FROM l.goal)), [])`;

/** Projects in scope matching the search, one page of them, and how many match in all. */
export async function listProjects(
	db: SqlClient,
	{ search = '', sort = 'name', descending = false, limit = 50, offset = 0, withUnlinked = false }: ProjectListOptions = {},
	f: Filters = emptyFilters
): Promise<{ rows: ProjectRow[]; total: number }> {
	const s = scope(f);
	const unlinked = withUnlinked && !hasLinkFilter(f);
	const direction = descending ? 'DESC' : 'ASC';
	const rows = await db.query<ProjectRow & { total: number }>(
		`${s.sql},
		listed AS (
			SELECT p.project_id, p.name, p.url, p.organisation, p.start_year, p.end_year, p.status, p.geographic_scale,
			       (SELECT list(DISTINCT l.goal ORDER BY l.goal) FROM fl l WHERE l.project_id = p.project_id) AS goals,
			       ${hasLinkFilter(f) ? otherGoals : '[]::INTEGER[]'} AS other_goals,
			       (SELECT count(*) FROM project_countries pc WHERE pc.project_id = p.project_id)::INTEGER AS countries
			FROM projects p
			WHERE (p.project_id IN (SELECT project_id FROM sp)
			       OR (? AND p.project_id IN (SELECT project_id FROM fp) AND NOT EXISTS (SELECT 1 FROM contributions c WHERE c.project_id = p.project_id)))
			  AND (? = '' OR list_bool_or([contains(lower(coalesce(x, '')), lower(?)) FOR x IN [p.name, p.organisation, p.description]]))
		)
		SELECT *, (count(*) OVER ())::INTEGER AS total
		FROM listed
		ORDER BY ${orderBy[sort] ?? orderBy.name} ${direction} NULLS LAST, lower(name), project_id
		LIMIT ? OFFSET ?`,
		[...s.params, unlinked, search, search, limit, offset]
	);
	const total = rows[0]?.total ?? (offset > 0 ? (await listProjects(db, { search, limit: 1, withUnlinked }, f)).total : 0);
	return { rows: rows.map(({ total: _t, ...r }) => ({ ...r, goals: r.goals ?? [] })), total };
}

export async function projectDetail(db: SqlClient, id: string): Promise<ProjectDetail | null> {
	const [p] = await db.query<Omit<ProjectDetail, 'countries' | 'links'>>(
		`SELECT project_id, name, url, organisation, description, start_year, end_year, status, geographic_scale,
		        CASE WHEN coalesce(topics, '') = '' THEN [] ELSE string_split(topics, ';') END AS topics, record_source, dataset
		 FROM projects WHERE project_id = ?`,
		[id]
	);
	if (!p) return null;
	const countries = await db.query<ProjectDetail['countries'][number]>(
		`SELECT c.iso3, c.name, c.region FROM project_countries pc JOIN countries c ON c.iso3 = pc.country WHERE pc.project_id = ? ORDER BY c.name`,
		[id]
	);
	const links = await db.query<ProjectDetail['links'][number]>(
		`SELECT l.sdg_code, l.level, l.strength, l.rationale, l.source_url, l.evidence_type, l.names_project, l.locator, g.goal, g.colour,
		        coalesce(i.title, t.title, g.title) AS title
		 FROM contributions l
		 JOIN sdg_goals g ON g.goal = CAST(split_part(l.sdg_code, '.', 1) AS INTEGER)
		 LEFT JOIN sdg_targets t ON l.level = 'target' AND t.target = l.sdg_code
		 LEFT JOIN sdg_indicators i ON l.level = 'indicator' AND i.indicator = l.sdg_code
		 WHERE l.project_id = ?
		 ORDER BY sdg_key(l.sdg_code)`,
		[id]
	);
	return { ...p, countries, links };
}

/** Every project id, for prerendering one page per project. */
export async function projectIds(db: SqlClient): Promise<string[]> {
	return (await db.query<{ project_id: string }>(`SELECT project_id FROM projects ORDER BY project_id`)).map((r) => r.project_id);
}

/**
 * Every project's directory fields as columns, for the file the build ships beside the overview
 * index (overview-index/project-list.ts answers /projects from the two).
 */
export async function projectListColumns(db: SqlClient): Promise<ProjectColumnArrays> {
	const rows = await db.query<{ [K in keyof ProjectColumnArrays]: ProjectColumnArrays[K][number] }>(
		`SELECT project_id, name, url, organisation, description, start_year, end_year, status, geographic_scale FROM projects ORDER BY project_id`
	);
	const column = <K extends keyof ProjectColumnArrays>(k: K) => rows.map((r) => r[k]) as ProjectColumnArrays[K];
	return {
		project_id: column('project_id'),
		name: column('name'),
		url: column('url'),
		organisation: column('organisation'),
		description: column('description'),
		start_year: column('start_year'),
		end_year: column('end_year'),
		status: column('status'),
		geographic_scale: column('geographic_scale')
	};
}
