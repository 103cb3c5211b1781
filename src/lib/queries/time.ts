/** Queries about time: when projects were active. */
import type { SqlClient } from '../data/client';

export interface ActiveYearRow {
	year: number;
	projects: number;
}

/**
 * Projects active in each year from the earliest start year to `untilYear`: started on or before
 * that year and not ended before it. Projects without a start year cannot be placed and are left out.
 * `untilYear` is a parameter (not today's date) so that results are reproducible.
 */
export function projectsActivePerYear(db: SqlClient, untilYear: number): Promise<ActiveYearRow[]> {
	return db.query<ActiveYearRow>(
		`WITH years AS (
			SELECT unnest(generate_series((SELECT min(start_year) FROM projects), ?::INTEGER)) AS year
		)
		SELECT y.year::INTEGER AS year, count(p.project_id)::INTEGER AS projects
		FROM years y
		LEFT JOIN projects p ON p.start_year <= y.year AND (p.end_year IS NULL OR p.end_year >= y.year)
		GROUP BY y.year
		ORDER BY y.year`,
		[untilYear]
	);
}
