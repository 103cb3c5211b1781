/**
 * The overview's index: the loaded inventory reduced to small integers per project, read out of
 * DuckDB once after loading. Every filter change on the overview is then one pass over typed
 * arrays (compute.ts) instead of four SQL statements over every link: at a million links those
 * took a second in duckdb-wasm, and even on the embedded data each statement cost its planning
 * time. DuckDB still does the derivation (contribution_links, the framework's repeated
 * indicators, countries' regions); the index only regroups its result by project.
 *
 * Valid for the client's lifetime: the data never change after loading (a new selection of
 * datasets starts a new engine, hence a new client and a new index).
 *
 * It relies on what the loader's inputs guarantee, the embedded package by validation and
 * imports by normalisation: unique keys (no project names a country twice), strengths from
 * their enumeration, levels that match their codes, and every link's project present. On data
 * breaking those rules its counts can differ from the plain queries'. Codes outside the SDG
 * framework are the one irregularity it handles (see the listings below).
 */
import type { SqlClient } from '../../data/client';
import type { Column } from './column';
import { ALL, NO_PLACE, NO_TIME, RANKS, type PerProject } from './kernels';

export interface CountryEntry {
	iso3: string;
	m49: string;
	name: string;
	region: string | null;
	sub_region: string | null;
	intermediate_region: string | null;
	/** False for a code a project names that the countries table lacks: counted, never listed. */
	known: boolean;
}

/** A place in the SDG framework a link counts towards: a goal, a target, or one listing of an indicator. */
export interface Listing {
	/** 0 when the link's code is not in the framework (no goal). */
	goal: number;
	target: string | null;
	/** The unique (primary) indicator, for indicator-level links. */
	indicator: string | null;
}

export interface OverviewIndex {
	/** How many projects; each is numbered from 0 in the order of `lower(name), project_id` (DuckDB's ORDER BY). */
	projects: number;
	/**
	 * Each project's id, by its number: pages that list projects match them to their rows. An
	 * array where the index is made; read from the build's file a block at a time (text-column.ts).
	 */
	projectIds: Column<string>;
	/** Per project: start year (-1 unknown), end year (9999 open or unknown), global scale, no SDG link. */
	startYear: Int32Array;
	endYear: Int32Array;
	global: Uint8Array;
	unlinked: Uint8Array;
	/** Per project, indexes into `countries` and `topics`. */
	countries: PerProject;
	topics: PerProject;
	/**
	 * Per project and strength rank (1 direct … RANKS, see domain/strength.ts), the goals it links
	 * to at that strength as bits (bit g for goal g; bit 0 for a code outside the framework). Index
	 * 0 is unused.
	 */
	goalsByRank: Uint32Array[];
	/**
	 * The links inverted: the projects linked to listing l at rank r are
	 * `linkProject[linkStart[(l * RANKS) + r - 1]] …` up to the next start.
	 */
	linkStart: Uint32Array;
	linkProject: Uint32Array;
	countryList: CountryEntry[];
	topicList: string[];
	listings: Listing[];
	/** Unique indicators as `listings` refer to them, and the framework's repeats (code → primary). */
	indicatorList: string[];
	listingIndicator: Int32Array;
	listingTarget: Int32Array;
	targetList: string[];
	repeatOf: Map<string, string>;
	goals: { goal: number; title: string; short_title: string; colour: string }[];
	/** The project flags (see kernels.ts) when no project filter is set, and the projects without a link. */
	unfiltered: { flags: Uint8Array; unlinked: number };
	indicatorsTotal: number;
	/** Earliest start year of any project (for the year arrays), or null when none has one. */
	minStartYear: number | null;
}

/**
 * Group rows by a small integer (a project, a listing) in O(n): a counting sort, so DuckDB need
 * not ORDER BY a million rows. Row i of `columns` lands in group `group[i]`.
 */
export function groupRows(groups: number, group: ArrayLike<number>, ...columns: ArrayLike<number>[]): { start: Uint32Array; columns: Uint32Array[] } {
	const start = new Uint32Array(groups + 1);
	for (let i = 0; i < group.length; i++) start[group[i] + 1]++;
	for (let g = 0; g < groups; g++) start[g + 1] += start[g];
	const next = start.slice(0, groups);
	const out = columns.map(() => new Uint32Array(group.length));
	for (let i = 0; i < group.length; i++) {
		const at = next[group[i]]++;
		for (let c = 0; c < columns.length; c++) out[c][at] = columns[c][i];
	}
	return { start, columns: out };
}

/**
 * Let the page handle input and paint between the long loops below (each a few hundred
 * milliseconds at ten million links, in the page's thread).
 */
const yieldToPage = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

const listingKey = (t: string) => `coalesce(${t}.listed_as, ${t}.target, CAST(${t}.goal AS VARCHAR), '')`;
const listingsSql = (from: string) =>
	`CREATE OR REPLACE TEMP TABLE ix_listings AS SELECT (row_number() OVER (ORDER BY key) - 1)::INTEGER AS ix, key, goal, target, indicator FROM (${from})`;
/** Every listing the links hold, framework or not: slower (a pass over every link), for links to codes outside the framework. */
const listingsFromLinksSql = listingsSql(
	`SELECT DISTINCT ${listingKey('l')} AS key, coalesce(l.goal, 0) AS goal, l.target, l.indicator FROM contribution_links l`
);
const unlisted = 65535;

// Temporary tables live in this connection only (the SQL console never sees them) and are
// dropped once read. Each dictionary numbers its values from 0 in a stated order.
const setup = [
	// Numbered in the directory's order by name, as listProjects sorts (projects.ts): a sort by name,
	// and the tie-break by name of every other sort, is then a comparison of numbers, with no name
	// read or lowered (project-list.ts). At a million links that was most of /projects' answer.
	`CREATE OR REPLACE TEMP TABLE ix_projects AS SELECT project_id, (row_number() OVER (ORDER BY lower(name), project_id) - 1)::INTEGER AS pid FROM projects`,
	`CREATE OR REPLACE TEMP TABLE ix_countries AS
	 SELECT (row_number() OVER (ORDER BY code) - 1)::INTEGER AS ix, code FROM (SELECT iso3 AS code FROM countries UNION SELECT country FROM project_countries)`,
	`CREATE OR REPLACE TEMP TABLE ix_topics AS
	 SELECT (row_number() OVER (ORDER BY topic) - 1)::INTEGER AS ix, topic
	 FROM (SELECT DISTINCT unnest(string_split(topics, ';')) AS topic FROM projects WHERE topics IS NOT NULL)`,
	// A listing's key determines its goal, target and indicator: an indicator's listed code, else
	// the target, else the goal ('' when the code is outside the framework and has no goal). The
	// framework's own listings, numbered; links to anything else are found when read (see below).
	listingsSql(`SELECT CAST(goal AS VARCHAR) AS key, goal, NULL AS target, NULL AS indicator FROM sdg_goals
	 UNION ALL SELECT target, goal, target, NULL FROM sdg_targets
	 UNION ALL SELECT DISTINCT listed_as, goal, target, primary_code FROM indicator_listings
	 UNION ALL SELECT '', 0, NULL, NULL`)
];
const teardown = ['ix_projects', 'ix_countries', 'ix_topics', 'ix_listings'].map((t) => `DROP TABLE IF EXISTS ${t}`);

/**
 * Null when the data hold a goal the bit masks cannot (above 31): validated data never do (goals
 * are 1-17), and the overview then falls back to the plain queries.
 */
export async function extractOverviewIndex(db: SqlClient): Promise<OverviewIndex | null> {
	try {
		for (const statement of setup) await db.query(statement);
		return await read(db);
	} finally {
		for (const statement of teardown) await db.query(statement);
	}
}

async function read(db: SqlClient): Promise<OverviewIndex | null> {
	// In no particular order (sorting a million rows costs more than placing them here).
	const project = await db.queryColumns<'pid' | 'start_year' | 'end_year' | 'global' | 'unlinked'>(
		`SELECT x.pid, coalesce(p.start_year, -1)::INTEGER AS start_year, coalesce(p.end_year, 9999)::INTEGER AS end_year,
		        coalesce(p.geographic_scale = 'global', false)::UTINYINT AS global, (u.project_id IS NOT NULL)::UTINYINT AS unlinked
		 FROM ix_projects x JOIN projects p USING (project_id) LEFT JOIN unlinked_projects u USING (project_id)`
	);
	const projects = project.pid.length;
	const startYear = new Int32Array(projects);
	const endYear = new Int32Array(projects);
	const global = new Uint8Array(projects);
	const unlinked = new Uint8Array(projects);
	const unfilteredFlags = new Uint8Array(projects);
	let unlinkedCount = 0;
	for (let i = 0; i < projects; i++) {
		const p = project.pid[i];
		startYear[p] = project.start_year[i];
		endYear[p] = project.end_year[i];
		global[p] = project.global[i];
		unlinked[p] = project.unlinked[i];
		unfilteredFlags[p] = project.unlinked[i] ? 0 : ALL | NO_PLACE | NO_TIME;
		unlinkedCount += project.unlinked[i];
	}
	// Ordered: a parallel join returns rows in any order, and the build's file, named by its content,
	// must be the same for the same data (a project's countries came out in varying order).
	const places = await db.queryColumns<'pid' | 'ix'>(
		`SELECT x.pid, c.ix FROM project_countries pc JOIN ix_projects x USING (project_id) JOIN ix_countries c ON c.code = pc.country ORDER BY x.pid, c.ix`
	);
	const topics = await db.queryColumns<'pid' | 'ix'>(
		`SELECT x.pid, t.ix FROM (SELECT project_id, unnest(string_split(topics, ';')) AS topic FROM projects WHERE topics IS NOT NULL) p
		 JOIN ix_projects x USING (project_id) JOIN ix_topics t USING (topic) ORDER BY x.pid, t.ix`
	);
	const readLinks = () =>
		db.queryColumns<'pid' | 'ix' | 'rank'>(
			`SELECT x.pid, coalesce(s.ix, ${unlisted})::USMALLINT AS ix, l.strength_rank::UTINYINT AS rank
			 FROM contribution_links l JOIN ix_projects x USING (project_id) LEFT JOIN ix_listings s ON s.key = ${listingKey('l')}`
		);
	let links = await readLinks();
	if (Array.prototype.includes.call(links.ix, unlisted)) {
		// A code outside the framework (only unvalidated data hold one): number the data's own listings.
		await db.query(listingsFromLinksSql);
		links = await readLinks();
	}
	const countryList = await db.query<CountryEntry & { ix: number }>(
		`SELECT x.ix, x.code AS iso3, c.m49, c.name, c.region, c.sub_region, c.intermediate_region, c.iso3 IS NOT NULL AS known
		 FROM ix_countries x LEFT JOIN countries c ON c.iso3 = x.code ORDER BY x.ix`
	);
	const topicList = await db.query<{ topic: string }>(`SELECT topic FROM ix_topics ORDER BY ix`);
	const listings = await db.query<Listing>(`SELECT goal, target, indicator FROM ix_listings ORDER BY ix`);
	const framework = await db.query<{ indicator: string; repeat_of: string | null }>(`SELECT indicator, repeat_of FROM sdg_indicators`);
	const goals = await db.query<OverviewIndex['goals'][number]>(`SELECT goal, title, short_title, colour FROM sdg_goals ORDER BY goal`);
	const [{ min_start }] = await db.query<{ min_start: number | null }>(`SELECT min(start_year) AS min_start FROM projects`);
	const ids = await db.query<{ project_id: string }>(`SELECT project_id FROM ix_projects ORDER BY pid`);

	if (listings.some((l) => l.goal > 31)) return null;
	const countriesOf = groupRows(projects, places.pid, places.ix);
	const topicsOf = groupRows(projects, topics.pid, topics.ix);
	await yieldToPage();
	// Indexed by rank, 1 to RANKS (the unused rank 0 holds nothing).
	const goalsByRank: OverviewIndex['goalsByRank'] = Array.from({ length: RANKS + 1 }, (_, r) => new Uint32Array(r === 0 ? 0 : projects));
	const listingGoal = Int32Array.from(listings, (l) => l.goal);
	const byListingAndRank = new Uint32Array(links.pid.length);
	for (let i = 0; i < links.pid.length; i++) {
		goalsByRank[links.rank[i]][links.pid[i]] |= 1 << listingGoal[links.ix[i]];
		byListingAndRank[i] = links.ix[i] * RANKS + links.rank[i] - 1;
	}
	await yieldToPage();
	const inverted = groupRows(listings.length * RANKS, byListingAndRank, links.pid);
	const dictionary = (values: (string | null)[]) => {
		const list = [...new Set(values.filter((v): v is string => v !== null))].sort();
		const at = new Map(list.map((v, i) => [v, i]));
		return { list, ix: (v: string | null) => (v === null ? -1 : at.get(v)!) };
	};
	const indicators = dictionary(listings.map((l) => l.indicator));
	const targets = dictionary(listings.map((l) => l.target));
	return {
		projects,
		projectIds: ids.map((r) => r.project_id),
		startYear,
		endYear,
		global,
		unlinked,
		countries: { start: countriesOf.start, values: countriesOf.columns[0] },
		topics: { start: topicsOf.start, values: topicsOf.columns[0] },
		goalsByRank,
		linkStart: inverted.start,
		linkProject: inverted.columns[0],
		countryList: countryList.map(({ ix: _ix, ...c }) => c),
		topicList: topicList.map((t) => t.topic),
		listings,
		indicatorList: indicators.list,
		listingIndicator: Int32Array.from(listings, (l) => indicators.ix(l.indicator)),
		targetList: targets.list,
		listingTarget: Int32Array.from(listings, (l) => targets.ix(l.target)),
		repeatOf: new Map(framework.filter((i) => i.repeat_of !== null).map((i) => [i.indicator, i.repeat_of!])),
		goals,
		unfiltered: { flags: unfilteredFlags, unlinked: unlinkedCount },
		indicatorsTotal: framework.filter((i) => i.repeat_of === null).length,
		minStartYear: min_start
	};
}
