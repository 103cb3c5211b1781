/**
 * The analysts' table: one row per indicator, target or goal, with the projects behind it by
 * strongest link, the countries and regions they work in, and the years they span; and the long
 * rows from which pivots by region, year or strength are made (reshaped in src/lib/tables/pivot.ts).
 */
import type { SqlClient } from '../data/client';
import { emptyFilters, type Filters } from '../domain/filters';
import { scope } from './scope';
import { countsByStrength, strengthOfRank } from './strength-sql';
import { strengths } from '../domain/strength';
import type { IndicatorTableRow, PivotCell, PivotDimension, TableLevel } from '../domain/tables';

/** The unit a link counts towards at each level (an indicator link counts for its target and goal too). */
const unit: Record<TableLevel, string> = {
	indicator: 'l.indicator',
	target: 'l.target',
	goal: 'CAST(l.goal AS VARCHAR)'
};

/** The framework rows of each level, with the columns the table shows. */
const units: Record<TableLevel, string> = {
	indicator: `SELECT indicator AS code, goal, title, tier, custodian_agencies FROM sdg_indicators WHERE repeat_of IS NULL`,
	target: `SELECT target AS code, goal, title, NULL AS tier, NULL AS custodian_agencies FROM sdg_targets`,
	goal: `SELECT CAST(goal AS VARCHAR) AS code, goal, title, NULL AS tier, NULL AS custodian_agencies FROM sdg_goals`
};

function goalCondition(f: Filters): { sql: string; params: number[] } {
	return f.goals.length ? { sql: `WHERE u.goal IN (${f.goals.map(() => '?').join(', ')})`, params: f.goals } : { sql: '', params: [] };
}

/**
 * Every unit of the level (those without any project included, with zeros), for the projects in
 * scope of the filters. With a goal filter, only that goal's units are listed. Years: the earliest
 * start and the latest end of the projects behind a unit (an ongoing project runs to `untilYear`).
 */
export function indicatorTable(db: SqlClient, level: TableLevel, untilYear: number, f: Filters = emptyFilters): Promise<IndicatorTableRow[]> {
	const s = scope(f);
	const goals = goalCondition(f);
	return db.query<IndicatorTableRow>(
		`${s.sql},
		best AS (SELECT ${unit[level]} AS code, l.project_id, min(l.strength_rank) AS r FROM fl l WHERE ${unit[level]} IS NOT NULL GROUP BY ALL),
		agg AS (
			SELECT code, ${countsByStrength('r')}, count(*) AS projects
			FROM best GROUP BY code
		),
		geo AS (
			SELECT b.code, count(DISTINCT pc.country) AS countries, list(DISTINCT c.region ORDER BY c.region) FILTER (WHERE c.region IS NOT NULL) AS regions
			FROM best b JOIN project_countries pc ON pc.project_id = b.project_id JOIN countries c ON c.iso3 = pc.country
			GROUP BY b.code
		),
		yrs AS (
			SELECT b.code, min(p.start_year) AS first_year, max(CASE WHEN p.start_year IS NULL THEN NULL ELSE coalesce(p.end_year, ?) END) AS last_year
			FROM best b JOIN projects p ON p.project_id = b.project_id GROUP BY b.code
		)
		SELECT u.code, u.goal, u.title, u.tier, u.custodian_agencies,
		       ${strengths.map((st) => `coalesce(a."${st}", 0)::INTEGER AS "${st}"`).join(', ')}, coalesce(a.projects, 0)::INTEGER AS projects,
		       coalesce(g.countries, 0)::INTEGER AS countries, coalesce(g.regions, []) AS regions,
		       y.first_year::INTEGER AS first_year, y.last_year::INTEGER AS last_year
		FROM (${units[level]}) u
		LEFT JOIN agg a ON a.code = u.code
		LEFT JOIN geo g ON g.code = u.code
		LEFT JOIN yrs y ON y.code = u.code
		${goals.sql}
		ORDER BY sdg_key(u.code)`,
		[...s.params, untilYear, ...goals.params]
	);
}

/**
 * Long rows for a pivot: distinct projects per unit and key. Region: the UN M49 regions a project
 * names (a project in two regions counts in both), with "Global" for global-scale projects. Year:
 * projects active in each year of pivotYears (the filtered range, or the last `years` years). Strength: projects by their
 * strongest link to the unit.
 */
/** The years a year pivot shows: the filter's range when set, else the last ten up to `untilYear`. */
export function pivotYears(untilYear: number, f: Filters = emptyFilters, years = 10): number[] {
	const last = Math.min(f.to ?? untilYear, untilYear);
	const first = f.from ?? last - years + 1;
	return Array.from({ length: Math.max(0, last - first + 1) }, (_, i) => first + i);
}

export function pivotCells(
	db: SqlClient,
	level: TableLevel,
	by: PivotDimension,
	untilYear: number,
	f: Filters = emptyFilters,
	years = 10
): Promise<PivotCell[]> {
	const s = scope(f);
	const best = `best AS (SELECT ${unit[level]} AS code, l.project_id, min(l.strength_rank) AS r FROM fl l WHERE ${unit[level]} IS NOT NULL GROUP BY ALL)`;
	const keyed: Record<PivotDimension, string> = {
		region: `SELECT b.code, c.region AS key, b.project_id FROM best b JOIN project_countries pc ON pc.project_id = b.project_id JOIN countries c ON c.iso3 = pc.country WHERE c.region IS NOT NULL
		         UNION ALL SELECT b.code, 'Global', b.project_id FROM best b JOIN projects p ON p.project_id = b.project_id WHERE p.geographic_scale = 'global'`,
		year: `SELECT b.code, CAST(y.year AS VARCHAR) AS key, b.project_id
		       FROM best b JOIN projects p ON p.project_id = b.project_id
		       JOIN (SELECT unnest(generate_series(?::INTEGER, ?::INTEGER)) AS year) y ON p.start_year <= y.year AND coalesce(p.end_year, 9999) >= y.year`,
		strength: `SELECT code, ${strengthOfRank('r')} AS key, project_id FROM best`
	};
	const span = pivotYears(untilYear, f, years);
	const params = by === 'year' ? [span[0] ?? untilYear, span.at(-1) ?? untilYear - 1] : [];
	return db.query<PivotCell>(
		`${s.sql}, ${best}, keyed AS (${keyed[by]})
		SELECT code, key, count(DISTINCT project_id)::INTEGER AS projects FROM keyed GROUP BY code, key ORDER BY sdg_key(code), key`,
		[...s.params, ...params]
	);
}
