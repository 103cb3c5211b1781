/** The documents of the site search, from the framework, the countries and the published inventories. */
import type { SqlClient } from '../data/client';
import type { SearchDoc } from '../domain/search';

export type SearchRow = Pick<SearchDoc, 'kind' | 'code' | 'keys' | 'title' | 'text' | 'goal'>;

export async function searchRows(db: SqlClient): Promise<SearchRow[]> {
	return db.query<SearchRow>(
		`SELECT 'goal' AS kind, goal::VARCHAR AS code, goal::VARCHAR AS keys, short_title AS title, title AS text, goal FROM sdg_goals
		 UNION ALL SELECT 'target', target, target, title, '', goal FROM sdg_targets
		 UNION ALL SELECT 'indicator', indicator, indicator, title, coalesce('repeat of ' || repeat_of, ''), goal FROM sdg_indicators
		 UNION ALL SELECT 'country', iso3, concat_ws(' ', iso3, iso2), name, '', NULL FROM countries
		 UNION ALL SELECT 'topic', page, replace(coalesce(search_words, ''), ';', ' '),
		   CASE vocabulary WHEN 'jrc-field' THEN label || ' (JRC inventory field)' ELSE label END, description, NULL FROM topics
		 UNION ALL SELECT 'network', network_id, CASE WHEN contains(network_id, '-') THEN '' ELSE network_id END, name, concat_ws(' ', kind, regions, focus, description), NULL FROM networks
		 UNION ALL SELECT 'project', project_id, '', name, concat_ws(' ', organisation, replace(topics, ';', ' '), description), NULL FROM projects`
	);
}
