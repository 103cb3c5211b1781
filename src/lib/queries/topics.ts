/** Queries behind the topic pages: the topic × region matrix (/topics) and one topic's community (/topics/ID). */
import type { SqlClient } from '../data/client';
import { emptyFilters, type Filters } from '../domain/filters';
import { onTopic, type TopicInfo, type TopicMatrix, type TopicMatrixRow, type TopicPage, type TopicPlaceRow } from '../domain/topics';
import { feeds } from './feeds';
import { countryCoverage, projectsPerCountry, unplacedGlobal } from './geography';
import { projectsPerGoal } from './goals';
import { listProjects } from './projects';
import { profileListLimit } from '../domain/projects';
import { scope } from './scope';

/** Each project's topics, one row per topic. */
const projectTopics = `SELECT p.project_id, p.geographic_scale, t.topic
	FROM projects p, unnest(string_split(coalesce(p.topics, ''), ';')) AS t(topic) WHERE t.topic <> ''`;

export async function topicInfo(db: SqlClient, page: string): Promise<TopicInfo | null> {
	const [row] = await db.query<TopicInfo>(
		`SELECT t.topic, t.page, t.label, t.vocabulary, t.description,
		        coalesce((SELECT list({'topic': r.topic, 'page': r.page, 'label': r.label} ORDER BY r.label)
		                  FROM topics r WHERE list_contains(string_split(coalesce(t.related, ''), ';'), r.topic)), []) AS related
		 FROM topics t WHERE t.page = ?`,
		[page]
	);
	return row ?? null;
}

/** The address of every described topic, for prerendering. */
export async function topicPages(db: SqlClient): Promise<string[]> {
	return (await db.query<{ page: string }>(`SELECT page FROM topics ORDER BY page`)).map((r) => r.page);
}

/** Topics that projects carry and no vocabulary describes (the build requires none for the published data). */
export async function undescribedTopics(db: SqlClient): Promise<string[]> {
	return (await db.query<{ topic: string }>(`SELECT DISTINCT topic FROM (${projectTopics}) WHERE topic NOT IN (SELECT topic FROM topics) ORDER BY topic`)).map(
		(r) => r.topic
	);
}

/** Entries of topics.csv's related column that name no curated topic, as "topic: entry". */
export async function unknownRelatedTopics(db: SqlClient): Promise<string[]> {
	const rows = await db.query<{ problem: string }>(
		`SELECT t.topic || ': ' || r AS problem
		 FROM topics t, unnest(string_split(coalesce(t.related, ''), ';')) AS x(r)
		 WHERE r <> '' AND r NOT IN (SELECT topic FROM topics WHERE vocabulary = 'curated')
		 ORDER BY problem`
	);
	return rows.map((r) => r.problem);
}

/**
 * Projects in scope of the filters other than topic, per topic and UN region: every described topic
 * (with none, a gap), then any an import brings. A project counts once per region it names a
 * country in; global-scale ones naming no country are counted apart (a JRC record may be of global
 * scale and name countries: it counts in their regions).
 */
export async function topicMatrix(db: SqlClient, f: Filters = emptyFilters): Promise<TopicMatrix> {
	const s = scope(f, ['topics']);
	const regions = (await db.query<{ region: string }>(`SELECT DISTINCT region FROM countries WHERE region IS NOT NULL ORDER BY region`)).map((r) => r.region);
	// Two keys no region name takes: global-scale projects, and all of a topic's projects.
	const [globalKey, allKey] = ['\u0000global', '\u0000all'];
	const cells = await db.query<{ topic: string; region: string; projects: number }>(
		`${s.sql},
		pt AS (SELECT * FROM (${projectTopics}) WHERE project_id IN (SELECT project_id FROM sp))
		SELECT pt.topic, c.region, count(DISTINCT pt.project_id)::INTEGER AS projects
		FROM pt JOIN project_countries pc ON pc.project_id = pt.project_id JOIN countries c ON c.iso3 = pc.country AND c.region IS NOT NULL
		GROUP BY ALL
		UNION ALL
		SELECT topic, ?, count(DISTINCT project_id)::INTEGER FROM pt
		WHERE geographic_scale = 'global' AND project_id NOT IN (SELECT project_id FROM project_countries) GROUP BY ALL
		UNION ALL
		SELECT topic, ?, count(DISTINCT project_id)::INTEGER FROM pt GROUP BY ALL`,
		[...s.params, globalKey, allKey]
	);
	const topics = await db.query<Pick<TopicMatrixRow, 'topic' | 'page' | 'label' | 'vocabulary'>>(
		`SELECT topic, page, label, vocabulary FROM (
			SELECT topic, page, label, vocabulary, 0 AS o FROM topics
			UNION ALL
			SELECT DISTINCT topic, NULL, topic, 'other', 1 FROM (${projectTopics}) WHERE topic NOT IN (SELECT topic FROM topics)
		 ) ORDER BY o, vocabulary, lower(label)`
	);
	const counts = new Map(cells.map((c) => [`${c.topic}\u0000${c.region}`, c.projects]));
	const count = (topic: string, region: string) => counts.get(`${topic}\u0000${region}`) ?? 0;
	return {
		regions,
		rows: topics.map((t) => ({
			topic: t.topic,
			page: t.page,
			label: t.label,
			vocabulary: t.vocabulary,
			projects: count(t.topic, allKey),
			byRegion: regions.map((r) => count(t.topic, r)),
			global: count(t.topic, globalKey)
		}))
	};
}

/** Every M49 sub-region with the projects in scope there: on the topic, and on any topic. */
function places(db: SqlClient, f: Filters, topic: string): Promise<TopicPlaceRow[]> {
	const all = scope({ ...f, topics: [], countries: [], region: null });
	return db.query<TopicPlaceRow>(
		`${all.sql},
		here AS (
			SELECT c.region, c.sub_region, pc.project_id,
			       list_contains(string_split(coalesce(p.topics, ''), ';'), ?) AS on_topic
			FROM project_countries pc JOIN countries c ON c.iso3 = pc.country JOIN projects p ON p.project_id = pc.project_id
			WHERE pc.project_id IN (SELECT project_id FROM sp)
		)
		SELECT c.region, c.sub_region,
		       count(DISTINCT h.project_id) FILTER (WHERE h.on_topic)::INTEGER AS on_topic,
		       count(DISTINCT h.project_id)::INTEGER AS all_topics
		FROM (SELECT DISTINCT region, sub_region FROM countries WHERE sub_region IS NOT NULL) c
		LEFT JOIN here h ON h.sub_region = c.sub_region
		GROUP BY ALL ORDER BY c.region, c.sub_region`,
		[...all.params, topic]
	);
}

/** Everything a topic's page shows, for the projects in scope of the other filters. */
export async function topicPage(db: SqlClient, info: Pick<TopicInfo, 'topic'>, f: Filters = emptyFilters): Promise<TopicPage> {
	const here = onTopic(f, info.topic);
	const coverage = await countryCoverage(db, here);
	// Global-scale projects that name no country: those the map cannot draw (a JRC record of global
	// scale may name countries, and is then drawn there), as in the matrix's Global column.
	const s = scope(here);
	const [placeless] = await db.query<{ n: number }>(
		`${s.sql}
		SELECT count(*)::INTEGER AS n FROM projects p
		WHERE p.geographic_scale = 'global' AND p.project_id IN (SELECT project_id FROM sp)
		  AND NOT EXISTS (SELECT 1 FROM project_countries pc WHERE pc.project_id = p.project_id)`,
		s.params
	);
	const [{ regions }] = await db.query<{ regions: number }>(
		`${s.sql}
		SELECT count(DISTINCT c.region)::INTEGER AS regions
		FROM project_countries pc JOIN countries c ON c.iso3 = pc.country
		WHERE pc.project_id IN (SELECT project_id FROM sp) AND c.sub_region IS NOT NULL`,
		s.params
	);
	const listed = await listProjects(db, { limit: profileListLimit, withUnlinked: true }, here);
	return {
		perGoal: await projectsPerGoal(db, here),
		projects: listed.rows,
		projectCount: listed.total,
		countries: await projectsPerCountry(db, { ...here, countries: [], region: null }),
		countriesInScope: coverage.countries,
		regionsInScope: regions,
		globalProjects: placeless.n,
		unplacedGlobal: await unplacedGlobal(db, here),
		feeds: (await feeds(db, here, null)).filter((r) => r.level !== 'goal'),
		places: await places(db, f, info.topic)
	};
}
