/** Queries about flows from project topics to goals to indicators. */
import type { SqlClient } from '../data/client';
import { emptyFilters, type Filters } from '../domain/filters';
import { scope } from './scope';
import type { FlowRow } from '../domain/flows';

/**
 * Topic → goal (projects of that topic linked to that goal) and goal → indicator (projects linked
 * to that indicator, repeats folded into their primary). A project with two topics counts under both.
 */
export function topicGoalIndicatorFlows(db: SqlClient, f: Filters = emptyFilters): Promise<FlowRow[]> {
	const s = scope(f);
	return db.query<FlowRow>(
		`${s.sql},
		project_topics AS (
			SELECT p.project_id, unnest(string_split(p.topics, ';')) AS topic
			FROM projects p WHERE coalesce(p.topics, '') <> '' AND p.project_id IN (SELECT project_id FROM sp)
		)
		SELECT 'topic:' || t.topic AS source, 'goal:' || l.goal AS target, count(DISTINCT l.project_id)::INTEGER AS projects
		FROM project_topics t JOIN fl l ON l.project_id = t.project_id
		GROUP BY ALL
		UNION ALL
		SELECT 'goal:' || l.goal, 'indicator:' || l.indicator, count(DISTINCT l.project_id)::INTEGER
		FROM fl l WHERE l.indicator IS NOT NULL
		GROUP BY ALL
		ORDER BY source, target`,
		s.params
	);
}
