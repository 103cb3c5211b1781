/**
 * The profile pages answer the curated inventory's filters from the build's index file
 * (src/lib/queries/overview-index/country-page.ts and topic-page.ts). They must give exactly what their SQL gives:
 * here both run on real DuckDB over many seeded filter states, on the three inventories of the
 * overview index's tests, and the answers are compared whole.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NodeClient } from '../../src/lib/data/duckdb-node';
import { emptyFilters, type Filters } from '../../src/lib/domain/filters';
import type { TopicPage } from '../../src/lib/domain/topics';
import type { OverviewIndex } from '../../src/lib/queries/overview-index/extract';
import { orderLikeIndex, type ProjectColumns } from '../../src/lib/queries/overview-index/project-list';
import { computeTopicPage } from '../../src/lib/queries/overview-index/topic-page';
import { overviewIndex } from '../../src/lib/queries/overview';
import { feeds } from '../../src/lib/queries/feeds';
import { projectListColumns } from '../../src/lib/queries/projects';
import { topicPage } from '../../src/lib/queries/topics';
import { countryInfo, countryPage } from '../../src/lib/queries/countries';
import { computeCountryPage } from '../../src/lib/queries/overview-index/country-page';
import { computeFeeds } from '../../src/lib/queries/overview-index/feed-rows';
import { profileScope } from '../../src/lib/queries/overview-index/profile-projects';
import { derivedSql } from '../../src/lib/data/package';
import { countryListsCut, globalListLimit, type CountryInfo } from '../../src/lib/domain/countries';
import { filterStates, openAwkwardFixture, openInventories, throughFile, vocabulary } from '../index-inventories';
import { decodeProjectList, encodeProjectFiles } from '../../src/lib/queries/overview-index/project-list-wire';
import { listIsCut, profileListLimit } from '../../src/lib/domain/projects';

/** The project list as the build ships it: in the index's order, through the file format. */
async function shippedColumns(db: NodeClient, index: OverviewIndex) {
	return decodeProjectList(encodeProjectFiles(orderLikeIndex(await projectListColumns(db), index.projectIds)).list.slice().buffer);
}

/** Whether a page's list is cut: it then holds its first projects only (`limit`), and counts the rest. */
function heldCut(page: { projects: unknown[]; projectCount: number }, limit = profileListLimit): boolean {
	const cut = listIsCut(page);
	if (cut) expect(page.projects).toHaveLength(limit);
	return cut;
}

/**
 * A page from the index as the browser computes it, held to the SQL's: from its unfiltered rows
 * alone when they are every project it lists, else no answer from them (a list cut at its limit
 * cannot name a filter's projects, even those it holds) and the build's list names them.
 */
function expectAnswer<P>(compute: (columns?: ProjectColumns) => P | null, cut: boolean, columns: ProjectColumns, expected: P, what: string) {
	if (cut) expect(compute(), what).toBeNull();
	expect(compute(cut ? columns : undefined), what).toEqual(expected);
}

/**
 * States the seeded ones reach only by chance: a goal and a target that a repeated indicator is
 * listed under (the fixture links to 11.5.1, a listing of 1.5.1), the repeat itself, and the
 * JRC's goal-level scores alone.
 */
const fixedStates: Filters[] = [
	{ ...emptyFilters, goals: [11] },
	{ ...emptyFilters, target: '11.5' },
	{ ...emptyFilters, indicator: '11.5.1' },
	{ ...emptyFilters, strengths: ['scored-2'] },
	{ ...emptyFilters, strengths: ['scored-1'] }
];

/** The topics a page is compared for: the two with most projects, the one with fewest, and one no project names. */
async function topicsToCompare(db: NodeClient): Promise<string[]> {
	const named = await db.query<{ topic: string }>(
		`SELECT topic FROM (SELECT unnest(string_split(topics, ';')) AS topic, project_id FROM projects WHERE topics IS NOT NULL)
		 WHERE topic <> '' GROUP BY topic ORDER BY count(DISTINCT project_id) DESC, topic`
	);
	return [named[0].topic, named[1].topic, named.at(-1)!.topic, 'no-project-names-this'];
}

/**
 * The countries a profile is compared for: the two most projects name, the one fewest name, one
 * none names, and Antarctica (no M49 sub-region, so no comparison region).
 */
async function countriesToCompare(db: NodeClient): Promise<CountryInfo[]> {
	const named = await db.query<{ iso3: string }>(
		`SELECT country AS iso3 FROM project_countries WHERE country IN (SELECT iso3 FROM countries) GROUP BY country ORDER BY count(*) DESC, country`
	);
	const none = await db.query<{ iso3: string }>(`SELECT min(iso3) AS iso3 FROM countries WHERE iso3 NOT IN (SELECT country FROM project_countries)`);
	const codes = [named[0].iso3, named[1].iso3, named.at(-1)!.iso3, none[0].iso3, 'ATA'];
	return Promise.all(codes.map(async (iso3) => (await countryInfo(db, iso3))!));
}

describe('the profile pages from the index give their SQL’s answers', () => {
	let embedded: NodeClient;
	let mini: NodeClient;
	let synthetic: NodeClient;
	beforeAll(async () => void ({ embedded, mini, synthetic } = await openInventories()), 60_000);
	afterAll(() => [embedded, mini, synthetic].forEach((db) => db?.close()));

	it('a topic’s page, over many filter states on all three inventories: figures, map, goals, feeds, sub-regions and projects', async () => {
		const seen = { projects: 0, cut: 0, feeds: 0, global: 0, onTopicPlaces: 0, unlinkedListed: 0, goalsNarrowed: 0 };
		for (const [db, seed] of [
			[embedded, 20],
			[mini, 21],
			[synthetic, 22]
		] as const) {
			const index = throughFile((await overviewIndex(db)) as OverviewIndex);
			const columns = await shippedColumns(db, index);
			const states = [emptyFilters, ...fixedStates, ...filterStates(await vocabulary(db), 15, seed)];
			for (const topic of await topicsToCompare(db)) {
				const unfiltered = await topicPage(db, { topic });
				const cut = heldCut(unfiltered);
				if (cut) seen.cut++;
				for (const f of states) {
					const expected = await topicPage(db, { topic }, f);
					expectAnswer((c) => computeTopicPage(index, topic, f, unfiltered, c), cut, columns, expected, `${topic}: ${JSON.stringify(f)}`);
					if (expected.projects.length) seen.projects++;
					if (expected.feeds.length) seen.feeds++;
					if (expected.globalProjects) seen.global++;
					if (expected.places.some((r) => r.on_topic > 0)) seen.onTopicPlaces++;
					if (expected.projects.some((r) => r.goals.length === 0)) seen.unlinkedListed++;
					const before = new Map(unfiltered.projects.map((r) => [r.project_id, r.goals.length]));
					if (expected.projects.some((r) => r.goals.length < before.get(r.project_id)!)) seen.goalsNarrowed++;
				}
			}
		}
		// The comparisons saw every part of the page with something in it.
		expect(seen.projects).toBeGreaterThan(40);
		// Topics with more projects than the page lists, and with no more.
		expect(seen.cut).toBeGreaterThan(1);
		expect(seen.cut).toBeLessThan(12);
		expect(seen.feeds).toBeGreaterThan(30);
		expect(seen.global).toBeGreaterThan(5);
		expect(seen.onTopicPlaces).toBeGreaterThan(30);
		// The synthetic inventory's projects without a link are listed (no link filter), with no goals.
		expect(seen.unlinkedListed).toBeGreaterThan(3);
		// A link filter narrows the goals beside a project: they are counted, not taken from the unfiltered rows.
		expect(seen.goalsNarrowed).toBeGreaterThan(5);
	}, 300_000);

	it('a country’s profile, over many filter states on all three inventories: goals, projects, global projects, feeds, the region and its gaps', async () => {
		const seen = {
			projects: 0,
			cut: 0,
			unlinkedListed: 0,
			unlinkedCounted: 0,
			global: 0,
			globalCut: 0,
			feeds: 0,
			region: 0,
			noRegion: 0,
			gaps: 0,
			goalGaps: 0
		};
		for (const [db, seed] of [
			[embedded, 30],
			[mini, 31],
			[synthetic, 32]
		] as const) {
			const index = throughFile((await overviewIndex(db)) as OverviewIndex);
			const columns = await shippedColumns(db, index);
			const states = [emptyFilters, ...fixedStates, ...filterStates(await vocabulary(db), 12, seed)];
			for (const info of await countriesToCompare(db)) {
				const unfiltered = await countryPage(db, info);
				const listCut = heldCut(unfiltered);
				const globalCut = heldCut({ projects: unfiltered.globalProjects, projectCount: unfiltered.globalProjectCount }, globalListLimit);
				const cut = listCut || globalCut;
				expect(countryListsCut(unfiltered)).toBe(cut);
				if (listCut) seen.cut++;
				if (globalCut) seen.globalCut++;
				for (const f of states) {
					const expected = await countryPage(db, info, f);
					expectAnswer((c) => computeCountryPage(index, info, f, unfiltered, c), cut, columns, expected, `${info.iso3}: ${JSON.stringify(f)}`);
					if (expected.projects.length) seen.projects++;
					if (expected.projects.some((r) => r.goals.length === 0)) seen.unlinkedListed++;
					if (expected.unlinkedCount) seen.unlinkedCounted++;
					// Where the list holds every project, those without an SDG link are those it shows without goals.
					if (!listIsCut(expected)) expect(expected.unlinkedCount).toBe(expected.projects.filter((r) => r.goals.length === 0).length);
					if (expected.globalProjects.length) seen.global++;
					if (expected.feeds.length) seen.feeds++;
					if (expected.region?.projects) seen.region++;
					if (!expected.region) seen.noRegion++;
					// A target or indicator fed in several of the region's countries: their list and its order count.
					if (expected.gaps.some((r) => r.level !== 'goal' && r.countries.length > 1)) seen.gaps++;
					if (expected.gaps.some((r) => r.level === 'goal')) seen.goalGaps++;
				}
			}
		}
		expect(seen.projects).toBeGreaterThan(30);
		expect(seen.cut).toBeGreaterThan(1);
		expect(seen.global).toBeGreaterThan(10);
		expect(seen.globalCut).toBeGreaterThan(1);
		expect(seen.feeds).toBeGreaterThan(20);
		expect(seen.unlinkedListed).toBeGreaterThan(3);
		expect(seen.unlinkedCounted).toBeGreaterThanOrEqual(seen.unlinkedListed);
		expect(seen.region).toBeGreaterThan(30);
		expect(seen.noRegion).toBeGreaterThan(10);
		expect(seen.gaps).toBeGreaterThan(10);
		expect(seen.goalGaps).toBeGreaterThan(5);
	}, 300_000);

	it('names the projects from the build’s list when the page’s rows cannot, and gives no answer from frames of other data', async () => {
		const index = throughFile((await overviewIndex(synthetic)) as OverviewIndex);
		const [topic] = await topicsToCompare(synthetic);
		const unfiltered = await topicPage(synthetic, { topic });
		const columns = orderLikeIndex(await projectListColumns(synthetic), index.projectIds);
		const f: Filters = { ...emptyFilters, strengths: ['direct'] };
		// Rows that lack a project in scope: the list names them, else no answer.
		const expected = await topicPage(synthetic, { topic }, f);
		expect(expected.projects.length).toBeGreaterThan(1);
		const short: TopicPage = { ...unfiltered, projects: unfiltered.projects.filter((r) => r.project_id !== expected.projects[1].project_id) };
		expect(computeTopicPage(index, topic, f, short)).toBeNull();
		expect(computeTopicPage(index, topic, f, short, columns)).toEqual(expected);
		// A fed target or indicator, or a sub-region, without a row: the database answers.
		expect(unfiltered.feeds.length).toBeGreaterThan(0);
		expect(computeTopicPage(index, topic, emptyFilters, { ...unfiltered, feeds: unfiltered.feeds.slice(1) }, columns)).toBeNull();
		const outsideEurope = unfiltered.places.filter((r) => r.region !== 'Europe');
		expect(outsideEurope.length).toBeLessThan(unfiltered.places.length);
		expect(computeTopicPage(index, topic, emptyFilters, { ...unfiltered, places: outsideEurope }, columns)).toBeNull();

		// A country's profile likewise: its projects named by the list, its global projects and what its region feeds by its rows.
		const [info] = await countriesToCompare(synthetic);
		const country = await countryPage(synthetic, info);
		const inCountry = await countryPage(synthetic, info, f);
		expect(inCountry.projects.length).toBeGreaterThan(1);
		const fewer = { ...country, projects: country.projects.filter((r) => r.project_id !== inCountry.projects[1].project_id) };
		expect(computeCountryPage(index, info, f, fewer)).toBeNull();
		expect(computeCountryPage(index, info, f, fewer, columns)).toEqual(inCountry);
		expect(country.globalProjects.length).toBeGreaterThan(0);
		// Global rows that lack one they claim to hold all of (another data version): the list names them, else no answer.
		const shortGlobal = { ...country, globalProjects: country.globalProjects.slice(1), globalProjectCount: country.globalProjects.length - 1 };
		expect(computeCountryPage(index, info, emptyFilters, shortGlobal)).toBeNull();
		expect(computeCountryPage(index, info, emptyFilters, shortGlobal, columns)).toEqual(country);
		const gap = country.gaps.find((r) => r.level !== 'goal');
		expect(gap).toBeDefined();
		expect(computeCountryPage(index, info, emptyFilters, { ...country, gaps: country.gaps.filter((r) => r !== gap) }, columns)).toBeNull();
	}, 120_000);
});

describe('what projects feed', () => {
	it('names an indicator’s own goal on its row, whichever listing of a repeated indicator the links came through', async () => {
		// The fixture links a project to 11.5.1, a listing of 1.5.1 (also 13.1.1): one link per listing, each under its own goal.
		const mini = await openAwkwardFixture();
		try {
			for (const f of [emptyFilters, { ...emptyFilters, goals: [11] }, { ...emptyFilters, goals: [13] }]) {
				const rows = await feeds(mini, f, null);
				const primary = rows.find((r) => r.level === 'indicator' && r.code === '1.5.1');
				expect(primary?.goal, JSON.stringify(f)).toBe(1);
			}
			// The targets fed through it keep their own goals.
			const byGoal = await feeds(mini, { ...emptyFilters, goals: [11] }, null);
			expect(byGoal.find((r) => r.level === 'target' && r.code === '11.5')?.goal).toBe(11);
		} finally {
			mini.close();
		}
	});
	it('from the index, gives no answer when a link names a goal the framework lacks (SQL gives it a row without a title)', async () => {
		// The index is read once per database (its data never change): one database each way.
		const answer = async (db: NodeClient) => {
			const index = (await overviewIndex(db)) as OverviewIndex;
			const scope = profileScope(index, emptyFilters);
			return computeFeeds(index, scope.c, scope.flags, await feeds(db, emptyFilters, null), { goals: true });
		};
		const [plain, odd] = [await openAwkwardFixture(), await openAwkwardFixture()];
		try {
			expect(await answer(plain)).toEqual(await feeds(plain, emptyFilters, null));
			await odd.query(
				`INSERT INTO contributions (project_id, sdg_code, level, strength, rationale) SELECT min(project_id), '18', 'goal', 'potential', 'no such goal' FROM contributions`
			);
			for (const statement of derivedSql) await odd.query(statement);
			expect((await feeds(odd, emptyFilters, null)).some((r) => r.level === 'goal' && r.code === '18')).toBe(true);
			expect(await answer(odd)).toBeNull();
		} finally {
			plain.close();
			odd.close();
		}
	});
});
