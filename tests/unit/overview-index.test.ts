/**
 * The overview index (src/lib/queries/overview-index) answers every filter change without SQL. It
 * must give exactly what the plain queries give: here both run on real DuckDB over many seeded
 * filter states, on the embedded inventory, on the hand-computed fixture with awkward rows added,
 * and on a synthetic inventory, and the answers are compared whole.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { random } from '../../scripts/bench/generate';
import { openDatasetInNode, type NodeClient } from '../../src/lib/data/duckdb-node';
import { derivedSql, inventoryYear } from '../../src/lib/data/package';
import { compile, computeOverview, computePlaces, projectFlags, type Computed } from '../../src/lib/queries/overview-index/compute';
import { buildGoalLists, goalListsOf, prepareGoalLists } from '../../src/lib/queries/overview-index/goal-lists';
import { RANKS, countGoalBits, countGoalLists } from '../../src/lib/queries/overview-index/kernels';
import type { OverviewIndex } from '../../src/lib/queries/overview-index/extract';
import { loadOverview, loadOverviewSql, overviewIndex } from '../../src/lib/queries/overview';
import { emptyFilters, type Filters } from '../../src/lib/domain/filters';
import { decodeOverviewIndex, encodeOverviewIndex } from '../../src/lib/queries/overview-index/wire';
import summary from '../../src/lib/generated/summary.json';
import { computeCoverage, computeFlows } from '../../src/lib/queries/overview-index/pages';
import { sqlLower } from '../../src/lib/queries/overview-index/in-scope';
import { computeGoalPage } from '../../src/lib/queries/overview-index/goal-page';
import { goalPage } from '../../src/lib/queries/goals';
import { goalPageListLimit } from '../../src/lib/domain/goals';
import { computeIndicatorPage } from '../../src/lib/queries/overview-index/indicator-page';
import { computeProjectList, orderLikeIndex, withDescriptions, type ProjectColumnArrays } from '../../src/lib/queries/overview-index/project-list';
import { decodeProjectDescriptions, decodeProjectList, encodeProjectFiles } from '../../src/lib/queries/overview-index/project-list-wire';
import { listProjects, projectListColumns } from '../../src/lib/queries/projects';
import { listIsCut, projectSorts } from '../../src/lib/domain/projects';
import { indicatorPage, indicatorStatus } from '../../src/lib/queries/indicators';
import { topicGoalIndicatorFlows } from '../../src/lib/queries/flows';
import { topicMatrix } from '../../src/lib/queries/topics';
import { filterStates, openInventories, throughFile, vocabulary } from '../index-inventories';
import { computeTopicMatrix } from '../../src/lib/queries/overview-index/topic-matrix';

/** A project list through its two files, joined as a search joins them. */
function throughFiles(columns: ProjectColumnArrays) {
	const files = encodeProjectFiles(columns);
	return withDescriptions(decodeProjectList(files.list.slice().buffer), decodeProjectDescriptions(files.descriptions.slice().buffer));
}
/** An index with its ids as an array (the file reads them a block at a time), to compare whole. */
const idsAsArray = (index: OverviewIndex) => ({ ...index, projectIds: Array.from({ length: index.projectIds.length }, (_, p) => index.projectIds.at(p)) });

/**
 * Every state on its own, then all of them in sequence (each reusing what it may from the last);
 * a few also with earlier last years for the years chart (one before any project started).
 */
async function expectSameAsSql(db: NodeClient, states: Filters[], shipped?: OverviewIndex) {
	const index = shipped ?? ((await overviewIndex(db)) as OverviewIndex);
	expect(index).not.toBeNull();
	let inScope = 0;
	for (const [untilYear, some] of [
		[inventoryYear, states],
		[2015, states.slice(0, 8)],
		[1700, states.slice(0, 3)]
	] as const) {
		let previous: Computed | undefined;
		for (const f of [emptyFilters, ...some]) {
			const expected = await loadOverviewSql(db, untilYear, f);
			expect(computeOverview(index, untilYear, f), JSON.stringify(f)).toEqual(expected);
			// The map's figures alone, as a goal's page counts them, whatever the last year.
			expect(computePlaces(index, f), JSON.stringify(f)).toEqual({
				perCountry: expected.perCountry,
				unplacedGlobal: expected.unplacedGlobal,
				countries: expected.countries
			});
			const overview = computeOverview(index, untilYear, f, previous);
			expect(overview, `after ${JSON.stringify(previous?.filters)}: ${JSON.stringify(f)}`).toEqual(expected);
			previous = { filters: f, untilYear, overview };
			if (expected.projects > 0) inScope++;
		}
	}
	// The same filters with another last year: the years chart must be counted again.
	for (const f of states.slice(0, 3)) {
		const previous = { filters: f, untilYear: inventoryYear, overview: computeOverview(index, inventoryYear, f) };
		expect(computeOverview(index, 2015, f, previous)).toEqual(await loadOverviewSql(db, 2015, f));
	}
	return inScope;
}

describe('the overview index gives the plain queries’ answers', () => {
	let embedded: NodeClient;
	let mini: NodeClient;
	let synthetic: NodeClient;
	beforeAll(async () => void ({ embedded, mini, synthetic } = await openInventories()), 60_000);
	afterAll(() => [embedded, mini, synthetic].forEach((db) => db?.close()));

	it('on the embedded inventory', async () => {
		expect(await expectSameAsSql(embedded, filterStates(await vocabulary(embedded), 60, 1))).toBeGreaterThan(30);
	});

	it('on the hand-computed fixture with a project without links, an unknown country, a late start and codes outside the framework', async () => {
		const [{ n }] = await mini.query<{ n: number }>(`SELECT count(*)::INTEGER AS n FROM unlinked_projects`);
		expect(n).toBe(1);
		const overview = await loadOverviewSql(mini, inventoryYear);
		expect(overview.unlinked).toBe(1);
		// The map of every project places the unlinked one in Kenya too; the linked map does not.
		const kenya = (rows: { iso3: string; projects: number }[]) => rows.find((r) => r.iso3 === 'KEN')?.projects ?? 0;
		expect(overview.allProjects).not.toBeNull();
		expect(kenya(overview.allProjects!.perCountry)).toBe(kenya(overview.perCountry) + 1);
		expect(overview.allProjects!.projects).toBe(overview.projects + 1);
		expect((await loadOverviewSql(mini, inventoryYear, { ...emptyFilters, goals: [15] })).allProjects).toBeNull();
		expect(await expectSameAsSql(mini, filterStates(await vocabulary(mini), 80, 2))).toBeGreaterThan(30);
	});

	it('on 20,000 synthetic links (skewed goals and countries, multi-country and global projects)', async () => {
		expect(await expectSameAsSql(synthetic, filterStates(await vocabulary(synthetic), 40, 3))).toBeGreaterThan(30);
	}, 120_000);

	it('through the shipped file format, on all three inventories', async () => {
		for (const [db, seed] of [
			[embedded, 4],
			[mini, 5],
			[synthetic, 6]
		] as const) {
			const index = (await overviewIndex(db)) as OverviewIndex;
			const decoded = throughFile(index);
			expect(idsAsArray(decoded)).toEqual(index);
			expect(await expectSameAsSql(db, filterStates(await vocabulary(db), 20, seed), decoded)).toBeGreaterThan(5);
		}
	}, 120_000);

	it('counts the goal chart from the goal lists as from the goal bits, and the overview with them as the plain queries', async () => {
		for (const [db, seed] of [
			[embedded, 8],
			[mini, 9],
			[synthetic, 10]
		] as const) {
			const index = throughFile((await overviewIndex(db)) as OverviewIndex);
			const lists = buildGoalLists(index);
			// Each project once per goal it links to (codes outside the framework are no goal).
			const goalsOf = (p: number) => index.goalsByRank.reduce((bits, byRank) => bits | (byRank[p] ?? 0), 0) & ~1;
			const popcount = (bits: number) => bits.toString(2).replaceAll('0', '').length;
			expect(lists.projects.length).toBe(Array.from({ length: index.projects }, (_, p) => popcount(goalsOf(p))).reduce((a, b) => a + b, 0));
			const states = filterStates(await vocabulary(db), 30, seed);
			for (const f of [emptyFilters, ...states]) {
				const { flags } = projectFlags(index, compile(index, f));
				const fromBits = new Int32Array(32 * (RANKS + 1));
				countGoalBits(flags, { g: index.goalsByRank, m: index.goalsByRank.map((_, r) => (r > 0 ? ~0 : 0)) }, fromBits);
				const fromLists = new Int32Array(32 * (RANKS + 1));
				countGoalLists(flags, lists.start, lists.projects, fromLists);
				expect([...fromLists], JSON.stringify(f)).toEqual([...fromBits]);
			}
			// The page's path: asked for, the lists are built two tasks later, and then answer.
			expect(goalListsOf(index)).toBeNull();
			prepareGoalLists(index);
			await vi.waitFor(() => expect(goalListsOf(index)).not.toBeNull());
			expect(goalListsOf(index)).toEqual(lists);
			expect(await expectSameAsSql(db, states, index)).toBeGreaterThan(5);
			// The goal chart is read from them once built: emptied, they give a chart of zeros; under a
			// strength filter, which they cannot answer, the bits still do.
			const kept = goalListsOf(index)!;
			const starts = kept.start.slice();
			kept.start.fill(0);
			expect(computeOverview(index, inventoryYear, emptyFilters).perGoal.every((g) => g.projects === 0)).toBe(true);
			const direct = { ...emptyFilters, strengths: ['direct' as const] };
			expect(computeOverview(index, inventoryYear, direct)).toEqual(await loadOverviewSql(db, inventoryYear, direct));
			kept.start.set(starts);
		}
	}, 120_000);

	it('answers the coverage matrix and the flow chart as their queries do, on all three inventories', async () => {
		for (const [db, seed] of [
			[embedded, 7],
			[mini, 8],
			[synthetic, 9]
		] as const) {
			const index = throughFile((await overviewIndex(db)) as OverviewIndex);
			const framework = await indicatorStatus(db);
			let flowsSeen = 0;
			for (const f of [emptyFilters, ...filterStates(await vocabulary(db), 40, seed)]) {
				expect(computeCoverage(index, f, framework), JSON.stringify(f)).toEqual(await indicatorStatus(db, f));
				const flows = await topicGoalIndicatorFlows(db, f);
				expect(computeFlows(index, f), JSON.stringify(f)).toEqual(flows);
				if (flows.length > 0) flowsSeen++;
			}
			expect(flowsSeen).toBeGreaterThan(10);
		}
	}, 180_000);

	it('answers the topic matrix as topicMatrix does, on all three inventories, and not at all for a topic it has no row for', async () => {
		for (const [db, seed] of [
			[embedded, 10],
			[mini, 11],
			[synthetic, 12]
		] as const) {
			const index = throughFile((await overviewIndex(db)) as OverviewIndex);
			const frame = await topicMatrix(db);
			let counted = 0;
			let globalSeen = 0;
			for (const f of [emptyFilters, ...filterStates(await vocabulary(db), 40, seed)]) {
				const expected = await topicMatrix(db, f);
				expect(computeTopicMatrix(index, f, frame), JSON.stringify(f)).toEqual(expected);
				if (expected.rows.some((r) => r.byRegion.some((n) => n > 0))) counted++;
				if (expected.rows.some((r) => r.global > 0)) globalSeen++;
			}
			expect(counted).toBeGreaterThan(10);
			// The fixture has no global project without a country; the other two have several.
			if (db !== mini) expect(globalSeen).toBeGreaterThan(5);
			// A frame of other data (a topic without a row, a region without a column): the database
			// answers, under filters that count the topic or the region as under filters that leave nothing.
			const known = frame.rows.filter((r) => r.projects > 0);
			expect(known.length).toBeGreaterThan(0);
			const nothing = { ...emptyFilters, countries: ['ZZZ'] };
			const withoutRow = { ...frame, rows: frame.rows.filter((r) => r.topic !== known[0].topic) };
			const withoutColumn = { ...frame, regions: frame.regions.filter((r) => r !== 'Europe') };
			for (const other of [withoutRow, withoutColumn])
				for (const f of [emptyFilters, nothing]) expect(computeTopicMatrix(index, f, other), JSON.stringify(f)).toBeNull();
			expect(computeTopicMatrix(index, nothing, frame)?.rows.every((r) => r.projects === 0)).toBe(true);
		}
	}, 180_000);

	it('answers a goal page as goalPage does, from its unfiltered rows, or not at all when they cannot say', async () => {
		let answered = 0;
		let cut = 0;
		let goalLevel = 0;
		for (const [db, seed] of [
			[embedded, 10],
			[mini, 11]
		] as const) {
			const index = throughFile((await overviewIndex(db)) as OverviewIndex);
			// Goals 1, 5 and 7 have no more projects than a goal page lists; 14 and 15 have more.
			for (const goal of [1, 5, 7, 14, 15]) {
				const unfiltered = await goalPage(db, goal);
				if (listIsCut(unfiltered)) cut++;
				for (const f of [emptyFilters, ...filterStates(await vocabulary(db), 12, seed + goal)]) {
					const page = computeGoalPage(index, goal, f, unfiltered);
					// A list cut at its limit cannot name a filter's projects, even those it holds: no answer.
					if (listIsCut(unfiltered)) expect(page, `goal ${goal}, ${JSON.stringify(f)}`).toBeNull();
					else expect(page, `goal ${goal}, ${JSON.stringify(f)}`).toEqual(await goalPage(db, goal, f));
					if (page && page.projects.length > 0) answered++;
					if (page && page.goalLevelOnly > 0) goalLevel++;
				}
			}
			// Rows from another inventory cannot name its projects: no answer, the database answers.
			const other = await goalPage(db === embedded ? mini : embedded, 15);
			expect(computeGoalPage(index, 15, emptyFilters, other)).toBeNull();
		}
		expect(answered).toBeGreaterThan(30);
		expect(cut).toBeGreaterThan(1);
		// Some pages compared had projects linked to the goal only as a whole (the JRC's, on the embedded inventory).
		expect(goalLevel).toBeGreaterThan(0);
	}, 120_000);

	it('answers a goal page from the project list when its rows cannot name every project (more than the page lists)', async () => {
		let beyondRows = 0;
		for (const [db, seed] of [
			[embedded, 12],
			[synthetic, 13]
		] as const) {
			const index = throughFile((await overviewIndex(db)) as OverviewIndex);
			// As the build ships it: in the index's order, through the file format.
			const columns = decodeProjectList(encodeProjectFiles(orderLikeIndex(await projectListColumns(db), index.projectIds)).list.slice().buffer);
			// Project rows of another inventory name nothing here: the names come from the list alone.
			const foreign = (await goalPage(db === embedded ? mini : embedded, 15)).projects;
			for (const goal of [3, 14, 15]) {
				const unfiltered = await goalPage(db, goal);
				for (const f of [emptyFilters, ...filterStates(await vocabulary(db), 6, seed + goal)]) {
					const expected = await goalPage(db, goal, f);
					expect(computeGoalPage(index, goal, f, { ...unfiltered, projects: foreign }, columns), `goal ${goal}, ${JSON.stringify(f)}`).toEqual(expected);
					if (computeGoalPage(index, goal, f, unfiltered) === null) beyondRows++;
				}
			}
		}
		// Goals with more projects than their page lists: only the list can answer.
		expect(beyondRows).toBeGreaterThan(3);
		// ...and their page counts every project of the goal, not the ones it lists.
		const index = throughFile((await overviewIndex(synthetic)) as OverviewIndex);
		const [{ n }] = await synthetic.query<{ n: number }>(
			`SELECT count(DISTINCT l.project_id)::INTEGER AS n FROM contribution_links l JOIN projects USING (project_id) WHERE l.goal = ?`,
			[15]
		);
		const page = computeGoalPage(index, 15, emptyFilters, await goalPage(synthetic, 15), await projectListColumns(synthetic));
		expect(n).toBeGreaterThan(goalPageListLimit);
		expect(page?.projects).toHaveLength(goalPageListLimit);
		expect(page?.projectCount).toBe(n);
		expect((await goalPage(synthetic, 15)).projectCount).toBe(n);
	}, 120_000);

	it('answers an indicator page as indicatorPage does, a repeat as its primary, or not at all when its rows cannot say', async () => {
		let answered = 0;
		for (const [db, seed] of [
			[embedded, 20],
			[mini, 21]
		] as const) {
			const index = throughFile((await overviewIndex(db)) as OverviewIndex);
			const linked = (
				await db.query<{ c: string }>(`SELECT DISTINCT listed_as AS c FROM contribution_links WHERE listed_as IS NOT NULL ORDER BY c LIMIT 6`)
			).map((r) => r.c);
			for (const code of [...linked, '11.5.1', '13.1.1', '17.19.2']) {
				const unfiltered = await indicatorPage(db, code);
				for (const f of [emptyFilters, ...filterStates(await vocabulary(db), 10, seed + code.length)]) {
					const page = computeIndicatorPage(index, code, f, unfiltered);
					expect(page, `${code}, ${JSON.stringify(f)}`).toEqual(await indicatorPage(db, code, f));
					if (page && page.projects.length > 0) answered++;
				}
			}
			expect(computeIndicatorPage(index, linked[0], emptyFilters, { projects: [], countries: [] })?.projects.length ?? null).toBe(
				(await indicatorPage(db, linked[0])).projects.length === 0 ? 0 : null
			);
		}
		expect(answered).toBeGreaterThan(20);
	}, 120_000);

	it('numbers projects in the directory’s order by name (lower(name), then id), which its sorts read as numbers', async () => {
		for (const db of [embedded, mini, synthetic]) {
			const byName = await db.query<{ project_id: string; ties: number }>(
				`SELECT project_id, count(*) OVER (PARTITION BY lower(name))::INTEGER AS ties FROM projects ORDER BY lower(name), project_id`
			);
			expect(idsAsArray((await overviewIndex(db)) as OverviewIndex).projectIds).toEqual(byName.map((r) => r.project_id));
			if (db === mini) expect(byName.some((r) => r.ties > 1)).toBe(true);
		}
	});

	it('answers the project directory as listProjects does: filters, search, every sort both ways, pages', async () => {
		let answered = 0;
		let reordered = 0;
		let unlinkedListed = 0;
		for (const [db, seed] of [
			[embedded, 30],
			[mini, 31],
			[synthetic, 32]
		] as const) {
			const index = throughFile((await overviewIndex(db)) as OverviewIndex);
			// The list as the database orders it (by id: a row found through a map), and as the build ships it (the index's order).
			const byId = JSON.parse(JSON.stringify(await projectListColumns(db)));
			const ordered = orderLikeIndex(byId, index.projectIds);
			expect(ordered.project_id).toEqual(idsAsArray(index).projectIds);
			if (ordered.project_id.some((id, i) => id !== byId.project_id[i])) reordered++;
			// ...read back from the file format, as the browser reads it.
			const shipped = throughFiles(ordered);
			// The list read alone, as a page without a search reads it.
			const listOnly = decodeProjectList(encodeProjectFiles(ordered).list.slice().buffer);
			// A file in another order than the index's: its rows are found through the map.
			const byIdFile = throughFiles(byId);
			const rnd = random(seed);
			for (const f of [emptyFilters, ...filterStates(await vocabulary(db), 15, seed)]) {
				for (const sort of projectSorts) {
					const options = {
						search: ['', '', 'bird', 'WATER', 'a', 'zzz-none'][Math.floor(rnd() * 6)],
						sort,
						descending: rnd() < 0.5,
						// Now and then every match (an export), or a page past the last.
						limit: rnd() < 0.15 ? 1_000_000 : 25,
						offset: [0, 0, 0, 25, 25, 100_000][Math.floor(rnd() * 6)],
						// Projects without an SDG link too (listed when no link filter is set).
						withUnlinked: rnd() < 0.4
					};
					const expected = await listProjects(db, options, f);
					const page = computeProjectList(index, shipped, options, f);
					expect(page, `${JSON.stringify(options)} ${JSON.stringify(f)}`).toEqual(expected);
					expect(computeProjectList(index, byId, options, f), `by id: ${JSON.stringify(options)} ${JSON.stringify(f)}`).toEqual(expected);
					expect(computeProjectList(index, byIdFile, options, f), `by id, from the file: ${JSON.stringify(options)}`).toEqual(expected);
					// Without the descriptions a search has no answer (the page fetches them for one), and the rest is answered alike.
					expect(computeProjectList(index, listOnly, options, f), `the list alone: ${JSON.stringify(options)}`).toEqual(options.search ? null : expected);
					if (page && page.rows.length > 1) answered++;
					if (page?.rows.some((r) => r.goals.length === 0)) unlinkedListed++;
				}
			}
			// Every project, those without a link included, by number of goals (theirs none, so last either way).
			for (const descending of [false, true]) {
				const options = { withUnlinked: true, sort: 'goals' as const, descending, limit: 1_000_000 };
				const expected = await listProjects(db, options, emptyFilters);
				expect(computeProjectList(index, shipped, options, emptyFilters), `every project, descending ${descending}`).toEqual(expected);
				if (expected.rows.some((r) => r.goals.length === 0)) unlinkedListed++;
			}
			// A list from another data version cannot name every project: no answer, the database answers.
			for (const columns of [byId, ordered])
				expect(computeProjectList(index, { ...columns, project_id: columns.project_id.map((id: string) => `${id}-other`) }, {}, emptyFilters)).toBeNull();
		}
		expect(answered).toBeGreaterThan(30);
		// Pages that list projects without an SDG link (the embedded JRC records and the fixture's one).
		expect(unlinkedListed).toBeGreaterThan(5);
		// Some inventory's index numbers its projects in another order than by id, so both ways were tried.
		expect(reordered).toBeGreaterThan(0);
	}, 180_000);

	it('the file the build ships equals the index the browser would read out of DuckDB', async () => {
		const file = readFileSync(`static/data/${summary.overviewIndex}`);
		expect(summary.overviewIndex).toMatch(/^overview-index\.[0-9a-f]{12}\.bin$/);
		const shipped = decodeOverviewIndex(file.buffer.slice(file.byteOffset, file.byteOffset + file.byteLength));
		expect(idsAsArray(shipped)).toEqual(await overviewIndex(embedded));
	});

	it('ships the project list in the order the index numbers its projects, so the browser needs no map from id to row', async () => {
		const index = readFileSync(`static/data/${summary.overviewIndex}`);
		const decoded = decodeOverviewIndex(index.buffer.slice(index.byteOffset, index.byteOffset + index.byteLength));
		const { projectIds } = idsAsArray(decoded);
		const file = readFileSync(`static/data/${summary.projectList}`);
		expect(summary.projectList).toMatch(/^project-list\.[0-9a-f]{12}\.bin$/);
		const list = decodeProjectList(file.buffer.slice(file.byteOffset, file.byteOffset + file.byteLength));
		expect(Array.from({ length: list.project_id.length }, (_, i) => list.project_id.at(i))).toEqual(projectIds);
		expect(list.project_id.equals?.(projectIds)).toBe(true);
		// Both files' ids compare by their bytes: equal, and told apart from another list's.
		expect(list.project_id.equals?.(decoded.projectIds)).toBe(true);
		expect(decoded.projectIds.equals?.(list.project_id)).toBe(true);
		expect(list.name.equals?.(decoded.projectIds as never)).toBe(false);
		// The descriptions' file: one per project, in the same order, as the database holds them.
		expect(summary.projectDescriptions).toMatch(/^project-descriptions\.[0-9a-f]{12}\.bin$/);
		const descriptionsFile = readFileSync(`static/data/${summary.projectDescriptions}`);
		const descriptions = decodeProjectDescriptions(
			descriptionsFile.buffer.slice(descriptionsFile.byteOffset, descriptionsFile.byteOffset + descriptionsFile.byteLength)
		);
		expect(descriptions.length).toBe(projectIds.length);
		const held = new Map(
			(await embedded.query<{ project_id: string; description: string | null }>(`SELECT project_id, description FROM projects`)).map((r) => [
				r.project_id,
				r.description
			])
		);
		const ids = projectIds as string[];
		expect(ids.map((_, i) => descriptions.at(i))).toEqual(ids.map((id) => held.get(id)));
		expect(ids.some((id) => held.get(id))).toBe(true);
	});

	it('lowers text as DuckDB\u2019s lower() does, so a search and the order by name match the SQL', async () => {
		const texts = ['İzmir Kuşları', 'ΟΔΟΣ', 'ΣΟΦΙΑ ΣΑΣ.', 'Straße ẞ', 'ǅ Ǆ ǈ', 'Ω Å K', 'ŞIRNAK ı', 'Ⅻ Ⓐ', 'Abeilles 🐝 en Ville', 'ΌΣΟΣ ΤΑ ΆΣΤΡΑ'];
		for (const text of texts) {
			const [{ lowered }] = await embedded.query<{ lowered: string }>(`SELECT lower(?) AS lowered`, [text]);
			expect(sqlLower(text), text).toBe(lowered);
		}
		// Every character up to U+2FFFF (but surrogates and the separator), one per line: lower() maps
		// each character on its own, so one query lowers them all.
		const chars: string[] = [];
		for (let c = 0x20; c <= 0x2ffff; c++) if (c < 0xd800 || c > 0xdfff) chars.push(String.fromCodePoint(c));
		const [{ lowered }] = await embedded.query<{ lowered: string }>(`SELECT lower(?) AS lowered`, [chars.join('\n')]);
		const duckdb = lowered.split('\n');
		expect(duckdb).toHaveLength(chars.length);
		const differing = chars.filter((c, i) => sqlLower(c) !== duckdb[i]).map((c) => `U+${c.codePointAt(0)!.toString(16)}`);
		expect(differing).toEqual([]);
		// ...of which more than a thousand change under lower().
		expect(chars.filter((c, i) => duckdb[i] !== c).length).toBeGreaterThan(1000);
	}, 120_000);

	it('refuses a file that is not an index, is cut short or does not hold together, by name', async () => {
		expect(() => decodeOverviewIndex(new TextEncoder().encode('<!doctype html>').buffer)).toThrow(/not an overview index file \(found "<!do", expected OIX5\)/);
		const index = (await overviewIndex(embedded)) as OverviewIndex;
		const whole = encodeOverviewIndex(index);
		expect(() => decodeOverviewIndex(whole.slice(0, whole.length - 8).buffer)).toThrow(/cut short/);
		expect(() => decodeOverviewIndex(whole.slice(0, 20).buffer)).toThrow(/cut short in its header/);
		// As a damaged byte would leave them: starts past their values, a project number past the last project.
		const starts = Uint32Array.from(index.countries.start);
		starts[index.projects] += 1;
		const shifted = { ...index, countries: { ...index.countries, start: starts } };
		expect(() => decodeOverviewIndex(encodeOverviewIndex(shifted).slice().buffer)).toThrow(/countriesStart does not end at the \d+ values of countriesValues/);
		const links = Uint32Array.from(index.linkProject);
		links[links.length - 1] = index.projects;
		expect(() => decodeOverviewIndex(encodeOverviewIndex({ ...index, linkProject: links }).slice().buffer)).toThrow(
			new RegExp(`linkProject: value ${links.length - 1}, ${index.projects}, is not below ${index.projects}`)
		);
	});

	it('loadOverview answers from the index and leaves no tables behind', async () => {
		const tables = async () => (await embedded.query<{ name: string }>(`SELECT table_name AS name FROM duckdb_tables() ORDER BY name`)).map((t) => t.name);
		const before = await tables();
		const fresh = await openDatasetInNode('data');
		try {
			const f = { ...emptyFilters, goals: [15] };
			expect(await loadOverview(fresh, inventoryYear, f)).toEqual(await loadOverviewSql(fresh, inventoryYear, f));
			expect(await tables()).toEqual(before);
			expect((await fresh.query<{ name: string }>(`SELECT table_name AS name FROM duckdb_tables() ORDER BY name`)).map((t) => t.name)).toEqual(before);
		} finally {
			fresh.close();
		}
	});

	it('falls back to the plain queries when a goal number does not fit the index', async () => {
		const odd = await openDatasetInNode('tests/fixtures/mini', 'data');
		try {
			await odd.query(
				`INSERT INTO contributions (project_id, sdg_code, level, strength, rationale) SELECT project_id, '40.1', 'target', 'direct', 'outside' FROM projects LIMIT 1`
			);
			for (const statement of derivedSql) await odd.query(statement);
			expect(await overviewIndex(odd)).toBeNull();
			const overview = await loadOverview(odd, inventoryYear);
			expect(overview).toEqual(await loadOverviewSql(odd, inventoryYear));
			expect(overview.goals.reached).toBe(8); // the fixture's 7, and goal 40
		} finally {
			odd.close();
		}
	});
});
