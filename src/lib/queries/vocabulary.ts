/** The values filters can take, for checking URL parameters and labelling filter controls. */
import type { SqlClient } from '../data/client';
import type { VocabularyData } from '../domain/vocabulary';

/** @param untilYear the last year an ongoing project is active (the inventory's year), for the year range. */
export async function vocabulary(db: SqlClient, untilYear: number): Promise<VocabularyData> {
	const countries = await db.query<VocabularyData['countries'][number]>(
		`SELECT c.iso3, c.iso2, c.name, c.region, c.sub_region, count(pc.project_id)::INTEGER AS projects
		 FROM countries c LEFT JOIN project_countries pc ON pc.country = c.iso3
		 GROUP BY ALL ORDER BY c.name`
	);
	const regions = await db.query<VocabularyData['regions'][number]>(
		`WITH levels AS (
			SELECT region AS name, 'region' AS level, iso3 FROM countries WHERE region IS NOT NULL
			UNION ALL SELECT sub_region, 'sub_region', iso3 FROM countries WHERE sub_region IS NOT NULL
			UNION ALL SELECT intermediate_region, 'intermediate_region', iso3 FROM countries WHERE intermediate_region IS NOT NULL
		 )
		 SELECT l.name, l.level, count(DISTINCT pc.project_id)::INTEGER AS projects
		 FROM levels l LEFT JOIN project_countries pc ON pc.country = l.iso3
		 GROUP BY ALL ORDER BY l.name`
	);
	const topics = await db.query<VocabularyData['topics'][number]>(
		`WITH counted AS (
			SELECT topic, count(*)::INTEGER AS projects
			FROM (SELECT unnest(string_split(topics, ';')) AS topic FROM projects WHERE coalesce(topics, '') <> '')
			GROUP BY topic
		 )
		 SELECT coalesce(t.topic, c.topic) AS topic, coalesce(c.projects, 0) AS projects, t.label, t.page, t.vocabulary
		 FROM topics t FULL JOIN counted c ON c.topic = t.topic
		 ORDER BY coalesce(t.vocabulary, 'other'), lower(coalesce(t.label, c.topic))`
	);
	const goals = await db.query<VocabularyData['goals'][number]>(`SELECT goal, short_title, colour FROM sdg_goals ORDER BY goal`);
	const targets = (await db.query<{ c: string }>(`SELECT target AS c FROM sdg_targets ORDER BY sdg_key(target)`)).map((r) => r.c);
	const indicators = (await db.query<{ c: string }>(`SELECT indicator AS c FROM sdg_indicators ORDER BY sdg_key(indicator)`)).map((r) => r.c);
	const [years] = await db.query<VocabularyData['years']>(
		`SELECT min(start_year) AS min, max(CASE WHEN start_year IS NULL THEN NULL ELSE coalesce(end_year, ?) END) AS max FROM projects`,
		[untilYear]
	);
	return { countries, regions, topics, goals, targets, indicators, years };
}
