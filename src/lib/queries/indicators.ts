/** Queries about the 231 unique indicators. */
import type { SqlClient } from '../data/client';

export interface IndicatorCoverage {
	/** Unique indicators in the framework (repeats counted once, as their primary). */
	total: number;
	/** Unique indicators with at least one indicator-level contribution of any strength. */
	linked: number;
	/** Of those, how many have a direct link, an indirect one at best, or only potential links. */
	direct: number;
	indirect: number;
	potential: number;
}

/**
 * Coverage of the unique indicators. Only indicator-level contributions count: a project tagged
 * at target or goal level has not been shown to feed any particular indicator.
 */
export async function indicatorCoverage(db: SqlClient): Promise<IndicatorCoverage> {
	const [row] = await db.query<IndicatorCoverage>(`
		WITH best AS (
			SELECT indicator, min(strength_rank) AS strength_rank
			FROM contribution_links
			WHERE indicator IS NOT NULL
			GROUP BY indicator
		)
		SELECT (SELECT count(*) FROM sdg_indicators WHERE repeat_of IS NULL)::INTEGER AS total,
		       count(*)::INTEGER AS linked,
		       count(*) FILTER (WHERE strength_rank = 1)::INTEGER AS direct,
		       count(*) FILTER (WHERE strength_rank = 2)::INTEGER AS indirect,
		       count(*) FILTER (WHERE strength_rank = 3)::INTEGER AS potential
		FROM best`);
	return row;
}
