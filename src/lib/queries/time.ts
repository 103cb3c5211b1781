/** Queries about time: when projects were active. */
import { countsByStrength } from './strength-sql';
import type { SqlClient } from '../data/client';
import { emptyFilters, type Filters } from '../domain/filters';
import { dimension, scope } from './scope';
import type { ActiveYearRow } from '../domain/time';

/**
 * Projects active in each year from the earliest start year to `untilYear`: started on or before
 * that year and not ended before it. Projects without a start year cannot be placed and are left
 * out (`undated` reports how many). `untilYear` is a parameter, not today's date, so results are
 * reproducible. The year filters are left out: the chart shows the whole span, the page marks the range.
 */
export async function projectsActivePerYear(db: SqlClient, untilYear: number, f: Filters = emptyFilters): Promise<{ rows: ActiveYearRow[]; undated: number }> {
	const s = scope(f, dimension.time);
	// The count of undated projects rides along on every row, saving a second round trip.
	const result = await db.query<ActiveYearRow & { undated: number }>(
		`${s.sql},
		placed AS (
			SELECT p.project_id, p.start_year, p.end_year, min(l.strength_rank) AS strength_rank
			FROM projects p JOIN fl l ON l.project_id = p.project_id
			WHERE p.start_year IS NOT NULL
			GROUP BY ALL
		),
		years AS (SELECT unnest(generate_series((SELECT min(start_year) FROM placed), ?::INTEGER)) AS year)
		SELECT y.year::INTEGER AS year,
		       ${countsByStrength('p.strength_rank', 'p.project_id')},
		       count(p.project_id)::INTEGER AS projects,
		       count(p.project_id) FILTER (WHERE p.start_year = y.year)::INTEGER AS started,
		       (SELECT count(*) FROM projects WHERE start_year IS NULL AND project_id IN (SELECT project_id FROM sp))::INTEGER AS undated
		FROM (SELECT year FROM years UNION ALL SELECT NULL WHERE NOT EXISTS (SELECT 1 FROM years WHERE year IS NOT NULL)) y
		LEFT JOIN placed p ON p.start_year <= y.year AND coalesce(p.end_year, 9999) >= y.year
		GROUP BY y.year
		ORDER BY y.year`,
		[...s.params, untilYear]
	);
	const undated = result[0]?.undated ?? 0;
	const rows = result.filter((r) => r.year !== null).map(({ undated: _u, ...r }) => r);
	return { rows, undated };
}
