/** Queries about the 17 goals. */
import type { SqlClient } from '../data/client';

export interface GoalProjectsRow {
	goal: number;
	title: string;
	short_title: string;
	colour: string;
	/** Projects whose strongest link to this goal is direct, indirect or only potential. */
	direct: number;
	indirect: number;
	potential: number;
	/** Distinct projects linked to this goal at any level (goal, target or indicator). */
	projects: number;
}

/**
 * Projects per goal, split by strength. A project counts once per goal, at its strongest link, so
 * the three parts of a bar add up to the number of distinct projects behind that goal.
 */
export function projectsPerGoal(db: SqlClient): Promise<GoalProjectsRow[]> {
	return db.query<GoalProjectsRow>(`
		WITH best AS (
			SELECT project_id, goal, min(strength_rank) AS strength_rank
			FROM contribution_links
			GROUP BY project_id, goal
		)
		SELECT g.goal, g.title, g.short_title, g.colour,
		       count(*) FILTER (WHERE b.strength_rank = 1)::INTEGER AS direct,
		       count(*) FILTER (WHERE b.strength_rank = 2)::INTEGER AS indirect,
		       count(*) FILTER (WHERE b.strength_rank = 3)::INTEGER AS potential,
		       count(b.project_id)::INTEGER AS projects
		FROM sdg_goals g
		LEFT JOIN best b ON b.goal = g.goal
		GROUP BY g.goal, g.title, g.short_title, g.colour
		ORDER BY g.goal`);
}

/** How many of the 17 goals at least one project contributes to. */
export async function goalsReached(db: SqlClient): Promise<{ reached: number; total: number }> {
	const [row] = await db.query<{ reached: number; total: number }>(`
		SELECT (SELECT count(DISTINCT goal) FROM contribution_links)::INTEGER AS reached,
		       (SELECT count(*) FROM sdg_goals)::INTEGER AS total`);
	return row;
}
