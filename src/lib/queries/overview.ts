/**
 * Everything the overview page shows, in one shape. The build computes it with native DuckDB for
 * first paint; the browser computes it again with duckdb-wasm once that is ready, and again for
 * every change of the filters.
 */
import type { SqlClient } from '../data/client';
import type { StrengthCounts } from '../domain/strength';
import { countsByStrengthStruct } from './strength-sql';
import { emptyFilters, hasLinkFilter, type Filters } from '../domain/filters';
import { countryCoverage, placeBreakdown } from './geography';
import { type CountryCoverage, type CountryProjectsRow, type RegionProjectsRow } from '../domain/geography';
import { projectsPerGoal } from './goals';
import { type GoalProjectsRow } from '../domain/goals';
import type { IndicatorCoverage } from '../domain/indicators';
import { computeOverview, type Computed } from './overview-index/compute';
import { extractOverviewIndex, type OverviewIndex } from './overview-index/extract';
import { prepareGoalLists } from './overview-index/goal-lists';
import { scope } from './scope';
import { projectsActivePerYear } from './time';
import { type ActiveYearRow } from '../domain/time';
import type { AllProjectsPlaces, Headline, Overview } from '../domain/overview';

/**
 * The four headline figures in one statement. Each statement costs duckdb-wasm a few milliseconds
 * however small the data, so the overview asks once instead of four times. It must count exactly
 * what projectCount, countryCoverage, goalsReached and indicatorCoverage count: a test holds it to
 * that. (Scalar subqueries were tried first and ran slower than the four queries; joins and
 * one-row common table expressions are what make it fast.)
 */
export async function headline(db: SqlClient, f: Filters = emptyFilters): Promise<Headline> {
	const s = scope(f);
	const [r] = await db.query<{
		projects: number;
		countries: number;
		global_projects: number;
		goals_reached: number;
		goals_by_strength: StrengthCounts;
		goals_total: number;
		indicators_total: number;
		linked: number;
		direct: number;
		indirect: number;
		potential: number;
		unlinked: number;
	}>(
		`${s.sql},
		best AS (SELECT indicator, min(strength_rank) AS strength_rank FROM fl WHERE indicator IS NOT NULL GROUP BY indicator),
		goal_best AS (SELECT l.goal, min(l.strength_rank) AS strength_rank FROM fl l WHERE l.goal IS NOT NULL GROUP BY l.goal),
		gls AS (SELECT ${countsByStrengthStruct('strength_rank')} AS goals_by_strength FROM goal_best),
		ind AS (
			SELECT count(*)::INTEGER AS linked,
			       count(*) FILTER (WHERE strength_rank = 1)::INTEGER AS direct,
			       count(*) FILTER (WHERE strength_rank = 2)::INTEGER AS indirect,
			       count(*) FILTER (WHERE strength_rank = 3)::INTEGER AS potential
			FROM best
		),
		pro AS (
			SELECT count(DISTINCT l.project_id)::INTEGER AS projects,
			       count(DISTINCT l.goal)::INTEGER AS goals_reached,
			       count(DISTINCT l.project_id) FILTER (WHERE p.geographic_scale = 'global')::INTEGER AS global_projects
			FROM fl l JOIN projects p ON p.project_id = l.project_id
		),
		unl AS (SELECT count(*)::INTEGER AS unlinked FROM fp WHERE project_id IN (SELECT project_id FROM unlinked_projects)),
		cty AS (SELECT count(DISTINCT pc.country)::INTEGER AS countries FROM project_countries pc JOIN sp ON sp.project_id = pc.project_id),
		tot AS (
			SELECT (SELECT count(*) FROM sdg_goals)::INTEGER AS goals_total,
			       (SELECT count(*) FROM sdg_indicators WHERE repeat_of IS NULL)::INTEGER AS indicators_total
		)
		SELECT * FROM ind, gls, pro, unl, cty, tot`,
		s.params
	);
	return {
		projects: r.projects,
		unlinked: r.unlinked,
		countries: { countries: r.countries, globalProjects: r.global_projects },
		goals: { reached: r.goals_reached, total: r.goals_total, ...r.goals_by_strength },
		indicators: { total: r.indicators_total, linked: r.linked, direct: r.direct, indirect: r.indirect, potential: r.potential }
	};
}

/**
 * The overview from the plain queries: four statements over every link in scope. The reference
 * for the index below, and what the index must equal (tests/unit/overview-index.test.ts).
 */
export async function loadOverviewSql(db: SqlClient, untilYear: number, f: Filters = emptyFilters): Promise<Overview> {
	// One connection serves queries in order, so these run one after another either way.
	return {
		...(await headline(db, f)),
		perGoal: await projectsPerGoal(db, f),
		...(await placeBreakdown(db, f)),
		perYear: await projectsActivePerYear(db, untilYear, f),
		allProjects: await allProjectsPlaces(db, f)
	};
}

/** The place figures over every project passing the project filters, linked or not (domain/overview.ts says when). */
export async function allProjectsPlaces(db: SqlClient, f: Filters = emptyFilters): Promise<AllProjectsPlaces | null> {
	if (hasLinkFilter(f)) return null;
	const [{ unlinked }] = await db.query<{ unlinked: number }>(`SELECT count(*)::INTEGER AS unlinked FROM unlinked_projects`);
	if (unlinked === 0) return null;
	const s = scope(f);
	const [{ projects }] = await db.query<{ projects: number }>(`${s.sql} SELECT count(*)::INTEGER AS projects FROM fp`, s.params);
	return { projects, countries: await countryCoverage(db, f, 'fp'), ...(await placeBreakdown(db, f, 'fp')) };
}

const lastComputed = new WeakMap<OverviewIndex, Computed>();
const indexes = new WeakMap<SqlClient, Promise<OverviewIndex | null>>();

/** The client's overview index, read from the database on first use (see overview-index/extract.ts). */
export function overviewIndex(db: SqlClient): Promise<OverviewIndex | null> {
	let index = indexes.get(db);
	if (!index) {
		index = extractOverviewIndex(db);
		indexes.set(db, index);
		index.catch(() => indexes.delete(db));
	}
	return index;
}

/**
 * The overview for a filter state: the first call reads the index out of the database, every
 * later one is a pass over it in this thread (milliseconds at a million links, where the plain
 * queries took a second in duckdb-wasm).
 */
export async function loadOverview(db: SqlClient, untilYear: number, f: Filters = emptyFilters): Promise<Overview> {
	const index = await overviewIndex(db);
	return index ? overviewFromIndex(index, untilYear, f) : loadOverviewSql(db, untilYear, f);
}

/**
 * The overview for a filter state from an index, reusing what the last answer from it can give
 * (compute.ts). After the first answer, the goal lists that speed up later ones are built (goal-lists.ts).
 */
export function overviewFromIndex(index: OverviewIndex, untilYear: number, f: Filters): Overview {
	const overview = computeOverview(index, untilYear, f, lastComputed.get(index));
	lastComputed.set(index, { filters: f, untilYear, overview });
	prepareGoalLists(index);
	return overview;
}
