/** Queries about the 231 unique indicators. */
import type { SqlClient } from '../data/client';
import { emptyFilters, type Filters } from '../domain/filters';
import { dimension, scope } from './scope';
import { strengthOfRank } from './strength-sql';
import type { IndicatorCoverage, IndicatorInfo, IndicatorPage, IndicatorProjectRow, IndicatorStatusRow } from '../domain/indicators';

/**
 * Coverage of the unique indicators. Only indicator-level contributions count: a project tagged
 * at target or goal level has not been shown to feed any particular indicator.
 */
export async function indicatorCoverage(db: SqlClient, f: Filters = emptyFilters): Promise<IndicatorCoverage> {
	const s = scope(f);
	const [row] = await db.query<IndicatorCoverage>(
		`${s.sql},
		best AS (SELECT indicator, min(strength_rank) AS strength_rank FROM fl WHERE indicator IS NOT NULL GROUP BY indicator)
		SELECT (SELECT count(*) FROM sdg_indicators WHERE repeat_of IS NULL)::INTEGER AS total,
		       count(*)::INTEGER AS linked,
		       count(*) FILTER (WHERE strength_rank = 1)::INTEGER AS direct,
		       count(*) FILTER (WHERE strength_rank = 2)::INTEGER AS indirect,
		       count(*) FILTER (WHERE strength_rank = 3)::INTEGER AS potential
		FROM best`,
		s.params
	);
	return row;
}

/**
 * Every unique indicator (repeats left out) with its strongest link and number of projects in
 * scope, in official order. The SDG filters are left out: the view is the whole framework.
 */
export function indicatorStatus(db: SqlClient, f: Filters = emptyFilters): Promise<IndicatorStatusRow[]> {
	const s = scope(f, dimension.sdg);
	return db.query<IndicatorStatusRow>(
		`${s.sql},
		best AS (SELECT indicator, min(strength_rank) AS strength_rank, count(DISTINCT project_id) AS projects FROM fl WHERE indicator IS NOT NULL GROUP BY indicator)
		SELECT i.indicator, i.target, i.goal, i.title, i.tier, i.repeat_of,
		       ${strengthOfRank('b.strength_rank')} AS strength,
		       coalesce(b.projects, 0)::INTEGER AS projects
		FROM sdg_indicators i
		LEFT JOIN best b ON b.indicator = i.indicator
		WHERE i.repeat_of IS NULL
		ORDER BY sdg_key(i.indicator)`,
		s.params
	);
}

export async function indicatorInfo(db: SqlClient, code: string): Promise<IndicatorInfo | null> {
	const [row] = await db.query<IndicatorInfo>(
		`SELECT i.indicator, i.target, t.title AS target_title, i.goal, g.short_title AS goal_short_title, g.colour,
		        i.title, i.tier, i.custodian_agencies, i.partner_agencies, i.repeat_of,
		        coalesce((SELECT list(r.indicator ORDER BY sdg_key(r.indicator)) FROM sdg_indicators r
		                  WHERE r.indicator <> i.indicator AND coalesce(r.repeat_of, r.indicator) = coalesce(i.repeat_of, i.indicator)), []) AS repeats
		 FROM sdg_indicators i
		 JOIN sdg_targets t ON t.target = i.target
		 JOIN sdg_goals g ON g.goal = i.goal
		 WHERE i.indicator = ?`,
		[code]
	);
	return row ?? null;
}

/** Projects in scope linked to an indicator (or any of its repeats), strongest first. */
export function indicatorProjects(db: SqlClient, code: string, f: Filters = emptyFilters): Promise<IndicatorProjectRow[]> {
	const s = scope(f, dimension.sdg);
	return db.query<IndicatorProjectRow>(
		`${s.sql}
		SELECT DISTINCT l.project_id, p.name, l.sdg_code, l.strength, l.strength_rank, c.rationale, c.source_url, c.evidence_type, c.names_project, c.locator, p.geographic_scale,
		       coalesce((SELECT list(pc.country ORDER BY pc.country) FROM project_countries pc WHERE pc.project_id = p.project_id), []) AS countries
		FROM fl l
		JOIN projects p ON p.project_id = l.project_id
		-- The text and evidence stay in contributions (see derivedSql): a project's one link per code
		-- and strength holds them.
		JOIN contributions c ON c.project_id = l.project_id AND c.sdg_code = l.sdg_code AND c.strength = l.strength
		WHERE l.indicator = coalesce((SELECT repeat_of FROM sdg_indicators WHERE indicator = ?), ?)
		ORDER BY l.strength_rank, lower(p.name), l.sdg_code`,
		[...s.params, code, code]
	);
}

/** What an indicator's page shows for the projects in scope: who contributes, and where. */
export async function indicatorPage(db: SqlClient, code: string, f: Filters = emptyFilters): Promise<IndicatorPage> {
	const s = scope(f, dimension.sdg);
	const countries = await db.query<IndicatorPage['countries'][number]>(
		`${s.sql}
		SELECT c.iso3, c.name, count(DISTINCT pc.project_id)::INTEGER AS projects
		FROM fl l
		JOIN project_countries pc ON pc.project_id = l.project_id
		JOIN countries c ON c.iso3 = pc.country
		WHERE l.indicator = coalesce((SELECT repeat_of FROM sdg_indicators WHERE indicator = ?), ?)
		GROUP BY c.iso3, c.name
		ORDER BY projects DESC, c.name`,
		[...s.params, code, code]
	);
	return { projects: await indicatorProjects(db, code, f), countries };
}

/** Every listed indicator code, for prerendering one page per code. */
export async function indicatorCodes(db: SqlClient): Promise<string[]> {
	return (await db.query<{ c: string }>(`SELECT indicator AS c FROM sdg_indicators ORDER BY sdg_key(indicator)`)).map((r) => r.c);
}
