/** Queries behind the networks pages (/networks, /networks/ID) and the networks serving a country or topic. */
import type { SqlClient } from '../data/client';
import { emptyFilters, type Filters } from '../domain/filters';
import type { FeedRow } from '../domain/countries';
import type { CountryProjectsRow } from '../domain/geography';
import type { NetworkInfo, NetworkProject, NetworkRow, NetworksOverview, UnservedPlace } from '../domain/networks';
import { feeds } from './feeds';
import { scope } from './scope';

const list = (column: string) => `CASE WHEN coalesce(${column}, '') = '' THEN [] ELSE list_sort(string_split(${column}, ';')) END`;

/** Every network with the lists split and its linked projects counted; `where` narrows them (parameters in `params`). */
function networkRows(db: SqlClient, where = 'true', params: (string | null)[] = []): Promise<NetworkRow[]> {
	return db.query<NetworkRow>(
		`SELECT n.network_id, n.name, n.website, n.kind, ${list('n.regions')} AS regions, ${list('n.countries')} AS countries, n.founded, ${list('n.topics')} AS topics,
		        (SELECT count(*) FROM project_networks pn JOIN projects p ON p.project_id = pn.project_id WHERE pn.network_id = n.network_id)::INTEGER AS projects
		 FROM networks n WHERE ${where}
		 ORDER BY lower(n.name)`,
		params
	);
}

export const networkIds = async (db: SqlClient) => (await db.query<{ id: string }>(`SELECT network_id AS id FROM networks ORDER BY id`)).map((r) => r.id);

/**
 * Networks that serve a country: those naming it, and the associations of its whole UN region or
 * of the world that name no country. A consortium or platform naming no country is not claimed
 * for every country of its regions.
 */
export function countryNetworks(db: SqlClient, iso3: string): Promise<NetworkRow[]> {
	return networkRows(
		db,
		`list_contains(${list('n.countries')}, ?)
		 OR (coalesce(n.countries, '') = '' AND n.kind IN ('regional association', 'global network')
		     AND (list_contains(${list('n.regions')}, 'World') OR list_contains(${list('n.regions')}, (SELECT region FROM countries WHERE iso3 = ?))))`,
		[iso3, iso3]
	);
}

/** Networks working on a curated topic. */
export const topicNetworks = (db: SqlClient, topic: string) => networkRows(db, `list_contains(${list('n.topics')}, ?)`, [topic]);

/**
 * UN M49 areas (intermediate regions such as Eastern Africa, else sub-regions) where projects in scope work and no citizen-science association does: no
 * regional association or national network names a country there or serves the whole of its
 * region. Consortia and platforms work on one topic or host projects, and networks of the world
 * would leave no place without one, so neither counts. Where the Partnership could help.
 */
function unserved(db: SqlClient, f: Filters): Promise<UnservedPlace[]> {
	const s = scope({ ...f, countries: [], region: null });
	return db.query<UnservedPlace>(
		`${s.sql},
		served AS (
			SELECT DISTINCT coalesce(c.intermediate_region, c.sub_region) AS area FROM networks n, countries c
			WHERE n.kind IN ('regional association', 'national network')
			  AND (list_contains(${list('n.countries')}, c.iso3) OR (coalesce(n.countries, '') = '' AND list_contains(${list('n.regions')}, c.region)))
		)
		SELECT c.region, coalesce(c.intermediate_region, c.sub_region) AS area, count(DISTINCT pc.project_id)::INTEGER AS projects
		FROM project_countries pc JOIN countries c ON c.iso3 = pc.country
		WHERE pc.project_id IN (SELECT project_id FROM sp) AND c.sub_region IS NOT NULL
		  AND coalesce(c.intermediate_region, c.sub_region) NOT IN (SELECT area FROM served)
		GROUP BY ALL ORDER BY projects DESC, area`,
		s.params
	);
}

/** Networks naming each country (for the map), and of those, the ones naming it alone. */
function networksPerCountry(db: SqlClient): Promise<CountryProjectsRow[]> {
	return db.query<CountryProjectsRow>(
		`WITH named AS (SELECT network_id, unnest(${list('countries')}) AS iso3, len(${list('countries')}) AS n FROM networks)
		 SELECT c.iso3, c.m49, c.name, c.region, c.sub_region, count(*)::INTEGER AS projects, count(*) FILTER (WHERE named.n = 1)::INTEGER AS single_country
		 FROM named JOIN countries c ON c.iso3 = named.iso3
		 GROUP BY ALL ORDER BY projects DESC, c.name`
	);
}

export async function networksOverview(db: SqlClient, f: Filters = emptyFilters): Promise<NetworksOverview> {
	const networks = await networkRows(db);
	const [linked] = await db.query<{ n: number }>(
		`SELECT count(DISTINCT pn.project_id)::INTEGER AS n FROM project_networks pn JOIN projects p ON p.project_id = pn.project_id`
	);
	return {
		networks,
		perCountry: await networksPerCountry(db),
		unplaced: networks.filter((n) => n.countries.length === 0).length,
		linkedProjects: linked.n,
		unserved: await unserved(db, f)
	};
}

export async function networkInfo(db: SqlClient, id: string): Promise<NetworkInfo | null> {
	const [row] = await networkRows(db, 'n.network_id = ?', [id]);
	if (!row) return null;
	const [more] = await db.query<Pick<NetworkInfo, 'gp_relation' | 'focus' | 'description'>>(
		`SELECT gp_relation, focus, description FROM networks WHERE network_id = ?`,
		[id]
	);
	const sources = await db.query<NetworkInfo['sources'][number]>(
		`SELECT field, source_url, quote FROM network_sources WHERE network_id = ? ORDER BY field, source_url, quote`,
		[id]
	);
	return { ...row, ...more, sources };
}

/** The network's projects, with their role, its source, and the goals they feed. */
export function networkProjects(db: SqlClient, id: string): Promise<NetworkProject[]> {
	return db.query<NetworkProject>(
		`SELECT p.project_id, p.name, pn.role, pn.source_url, pn.quote,
		        coalesce((SELECT list(DISTINCT l.goal ORDER BY l.goal) FROM contribution_links l WHERE l.project_id = p.project_id), []) AS goals
		 FROM project_networks pn JOIN projects p ON p.project_id = pn.project_id
		 WHERE pn.network_id = ? ORDER BY lower(p.name)`,
		[id]
	);
}

/** Goals, targets and indicators the network's projects feed, at their strongest link. */
export const networkFeeds = (db: SqlClient, id: string): Promise<FeedRow[]> => feeds(db, emptyFilters, null, id);

/**
 * Facts that break the rule that every fact is sourced or empty, and values that name nothing:
 * the build stops on any. Each problem names the network and the field.
 */
export async function networkDataProblems(db: SqlClient): Promise<string[]> {
	const rows = await db.query<{ problem: string }>(
		`WITH facts AS (
			UNPIVOT (SELECT network_id, name, website, kind, regions, countries, founded::VARCHAR AS founded, gp_relation, focus, description FROM networks)
			ON COLUMNS(* EXCLUDE network_id) INTO NAME field VALUE value
		 )
		 SELECT 'networks.csv: ' || network_id || ': ' || field || ' has no source in network_sources.csv' AS problem
		 FROM facts f WHERE coalesce(value, '') <> '' AND NOT EXISTS (SELECT 1 FROM network_sources s WHERE s.network_id = f.network_id AND s.field = f.field)
		 UNION ALL
		 SELECT 'network_sources.csv: ' || s.network_id || ': a source for ' || s.field || ', which networks.csv leaves empty'
		 FROM network_sources s LEFT JOIN facts f ON f.network_id = s.network_id AND f.field = s.field WHERE coalesce(f.value, '') = ''
		 UNION ALL
		 SELECT 'networks.csv: ' || network_id || ': countries: ' || x || ' is no ISO 3166 alpha-3 code of the M49 list'
		 FROM (SELECT network_id, unnest(${list('countries')}) AS x FROM networks) WHERE x NOT IN (SELECT iso3 FROM countries)
		 UNION ALL
		 SELECT 'networks.csv: ' || network_id || ': regions: ' || x || ' is neither a UN M49 region nor World'
		 FROM (SELECT network_id, unnest(${list('regions')}) AS x FROM networks) WHERE x <> 'World' AND x NOT IN (SELECT region FROM countries WHERE region IS NOT NULL)
		 UNION ALL
		 SELECT 'networks.csv: ' || n.network_id || ': countries: ' || c.iso3 || ' is in ' || c.region || ', which its regions do not list'
		 FROM (SELECT network_id, regions, unnest(${list('countries')}) AS x FROM networks) n JOIN countries c ON c.iso3 = n.x
		 WHERE c.region IS NOT NULL AND NOT list_contains(${list('n.regions')}, c.region) AND NOT list_contains(${list('n.regions')}, 'World')
		 UNION ALL
		 SELECT 'networks.csv: ' || network_id || ': topics: ' || x || ' is not a curated topic of topics.csv'
		 FROM (SELECT network_id, unnest(${list('topics')}) AS x FROM networks) WHERE x NOT IN (SELECT topic FROM topics WHERE vocabulary = 'curated')
		 ORDER BY problem`
	);
	return rows.map((r) => r.problem);
}
