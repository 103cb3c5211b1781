/** Queries about the 17 goals and their targets. */
import type { Headline } from '../domain/overview';
import { strengths } from '../domain/strength';
import { countsByStrength } from './strength-sql';
import type { SqlClient } from '../data/client';
import { emptyFilters, type Filters } from '../domain/filters';
import { countryCoverage, projectsPerCountry, unplacedGlobal } from './geography';
import { type CountryProjectsRow } from '../domain/geography';
import { listProjects } from './projects';
import { type ProjectRow } from '../domain/projects';
import { dimension, scope } from './scope';
import { goalPageListLimit, goalScope, type GoalIndicatorRow, type GoalInfo, type GoalPage, type GoalProjectsRow } from '../domain/goals';

/**
 * Projects per goal, split by strength. A project counts once per goal, at its strongest link, so
 * the three parts of a bar add up to the number of distinct projects behind that goal. The goal,
 * target and indicator filters are left out: the chart shows every goal, the page highlights the
 * selected ones.
 */
export function projectsPerGoal(db: SqlClient, f: Filters = emptyFilters): Promise<GoalProjectsRow[]> {
	const s = scope(f, dimension.sdg);
	return db.query<GoalProjectsRow>(
		`${s.sql},
		best AS (SELECT project_id, goal, min(strength_rank) AS strength_rank FROM fl GROUP BY project_id, goal)
		SELECT g.goal, g.title, g.short_title, g.colour,
		       ${countsByStrength('b.strength_rank')},
		       count(b.project_id)::INTEGER AS projects
		FROM sdg_goals g
		LEFT JOIN best b ON b.goal = g.goal
		GROUP BY g.goal, g.title, g.short_title, g.colour
		ORDER BY g.goal`,
		s.params
	);
}

/**
 * How many of the 17 goals at least one project in scope contributes to, and how many of them at
 * each strongest link: fed today (direct, indirect) apart from potential only.
 */
export async function goalsReached(db: SqlClient, f: Filters = emptyFilters): Promise<Headline['goals']> {
	const s = scope(f);
	const [row] = await db.query<Headline['goals']>(
		`${s.sql}
		SELECT (SELECT count(DISTINCT goal) FROM fl)::INTEGER AS reached, (SELECT count(*) FROM sdg_goals)::INTEGER AS total,
		       ${strengths
							.map(
								(s, i) =>
									`(SELECT count(DISTINCT goal) FROM fl WHERE strength = '${s}' AND goal NOT IN (SELECT goal FROM fl WHERE strength_rank < ${i + 1} AND goal IS NOT NULL))::INTEGER AS "${s}"`
							)
							.join(',\n')}`,
		s.params
	);
	return row;
}

export async function goalInfo(db: SqlClient, goal: number): Promise<GoalInfo | null> {
	const [row] = await db.query<GoalInfo>(`SELECT goal, title, short_title, colour FROM sdg_goals WHERE goal = ?`, [goal]);
	return row ?? null;
}

/**
 * A goal's targets and indicators with the projects behind each, by strongest link. Each target
 * has one row for links tagged at the target itself (indicator null) and one per indicator; a
 * repeated indicator reports the projects of its primary. The goal/target/indicator filters are
 * left out (the page is the goal), the others apply.
 */
export function goalIndicators(db: SqlClient, goal: number, f: Filters = emptyFilters): Promise<GoalIndicatorRow[]> {
	const s = scope(f, dimension.sdg);
	return db.query<GoalIndicatorRow>(
		`${s.sql},
		rows AS (
			SELECT t.target, t.title AS target_title, NULL::VARCHAR AS indicator, NULL::VARCHAR AS indicator_title,
			       NULL::VARCHAR AS tier, NULL::VARCHAR AS repeat_of, t.target AS sort_key, 0 AS sort_sub
			FROM sdg_targets t WHERE t.goal = ?
			UNION ALL
			SELECT t.target, t.title, i.indicator, i.title, i.tier, i.repeat_of, t.target, 1
			FROM sdg_targets t JOIN sdg_indicators i ON i.target = t.target WHERE t.goal = ?
		),
		target_links AS (
			SELECT target, project_id, min(strength_rank) AS strength_rank FROM fl WHERE level = 'target' GROUP BY ALL
		),
		indicator_links AS (
			SELECT indicator, project_id, min(strength_rank) AS strength_rank FROM fl WHERE indicator IS NOT NULL GROUP BY ALL
		),
		matched AS (
			SELECT r.*, coalesce(il.project_id, tl.project_id) AS project_id, coalesce(il.strength_rank, tl.strength_rank) AS strength_rank
			FROM rows r
			-- One equality per join, on a key that is NULL where the row must not match: a condition on
			-- the left side alone (r.indicator IS NULL) made DuckDB loop over every pair of rows
			-- (a nested-loop join: 2 s at a million links natively, 400 s at ten million in duckdb-wasm).
			LEFT JOIN indicator_links il ON il.indicator = CASE WHEN r.indicator IS NOT NULL THEN coalesce(r.repeat_of, r.indicator) END
			LEFT JOIN target_links tl ON tl.target = CASE WHEN r.indicator IS NULL THEN r.target END
		)
		SELECT target, target_title, indicator, indicator_title, tier, repeat_of,
		       count(*) FILTER (WHERE strength_rank = 1)::INTEGER AS direct,
		       count(*) FILTER (WHERE strength_rank = 2)::INTEGER AS indirect,
		       count(*) FILTER (WHERE strength_rank = 3)::INTEGER AS potential,
		       count(project_id)::INTEGER AS projects
		FROM matched
		GROUP BY target, target_title, indicator, indicator_title, tier, repeat_of, sort_key, sort_sub
		ORDER BY sdg_key(sort_key), sort_sub, sdg_key(indicator)`,
		[...s.params, goal, goal]
	);
}

/**
 * The goal's projects in scope that no row of goalIndicators' table counts: none of their links to
 * the goal, under the filters, is to one of its indicators or, at target level, to one of its
 * targets. They are linked to the goal as a whole (every JRC study score is such a link), or to a
 * target the framework lacks (15.99, in an import).
 */
export async function goalLevelOnly(db: SqlClient, goal: number, f: Filters = emptyFilters): Promise<number> {
	const s = scope(goalScope(f, goal));
	const [{ n }] = await db.query<{ n: number }>(
		`${s.sql} SELECT count(*)::INTEGER AS n FROM (
		   SELECT project_id FROM fl GROUP BY project_id
		   HAVING NOT bool_or(indicator IS NOT NULL OR (level = 'target' AND target IN (SELECT target FROM sdg_targets))))`,
		s.params
	);
	return n;
}

/** Everything a goal's page shows, for the projects in scope of the other filters. */
export async function goalPage(db: SqlClient, goal: number, f: Filters = emptyFilters): Promise<GoalPage> {
	const withGoal = goalScope(f, goal);
	const listed = await listProjects(db, { limit: goalPageListLimit }, withGoal);
	const coverage = await countryCoverage(db, withGoal);
	return {
		indicators: await goalIndicators(db, goal, f),
		projects: listed.rows,
		projectCount: listed.total,
		goalLevelOnly: await goalLevelOnly(db, goal, f),
		countries: await projectsPerCountry(db, { ...withGoal, countries: [], region: null }),
		countriesInScope: coverage.countries,
		globalProjects: coverage.globalProjects,
		unplacedGlobal: await unplacedGlobal(db, withGoal)
	};
}
