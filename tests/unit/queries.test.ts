/** Query modules against real (native) DuckDB on a fixture whose figures are computed by hand. */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsv, toCsv } from '../../src/lib/format/csv';
import { openDatasetInNode, type NodeClient } from '../../src/lib/data/duckdb-node';
import { derivedSql } from '../../src/lib/data/package';
import { emptyFilters, type Filters } from '../../src/lib/domain/filters';
import { topicGoalIndicatorFlows } from '../../src/lib/queries/flows';
import { countryCoverage, placeBreakdown, projectsPerCountry, projectsPerRegion, unplacedGlobal } from '../../src/lib/queries/geography';
import { goalIndicators, goalLevelOnly, goalPage, goalsReached, projectsPerGoal } from '../../src/lib/queries/goals';
import { indicatorCoverage, indicatorInfo, indicatorProjects, indicatorStatus } from '../../src/lib/queries/indicators';
import { headline, loadOverview } from '../../src/lib/queries/overview';
import { listProjects, projectCount, projectDetail, unlinkedProjectCount } from '../../src/lib/queries/projects';
import { projectsActivePerYear } from '../../src/lib/queries/time';

let db: NodeClient;
beforeAll(async () => {
	db = await openDatasetInNode('tests/fixtures/mini', 'data');
});
afterAll(() => db.close());

const only = (f: Partial<Filters>): Filters => ({ ...emptyFilters, ...f });
const nonEmptyGoals = async (f: Filters) =>
	(await projectsPerGoal(db, f))
		.filter((r) => r.projects > 0)
		.map(({ goal, direct, indirect, potential, projects }) => ({ goal, direct, indirect, potential, projects }));

describe('query modules on the hand-computed fixture, unfiltered', () => {
	it('counts projects, countries and global-scale projects', async () => {
		expect(await projectCount(db)).toBe(4);
		expect(await countryCoverage(db)).toEqual({ countries: 3, globalProjects: 1 });
	});

	it('counts the goals reached out of 17', async () => {
		expect(await goalsReached(db)).toEqual({ reached: 7, total: 17, direct: 5, indirect: 2, potential: 0, 'scored-2': 0, 'scored-1': 0 });
	});

	it('counts each project once per goal, at its strongest link; a repeated indicator reaches every goal it is listed under', async () => {
		const rows = await projectsPerGoal(db);
		expect(rows).toHaveLength(17);
		expect(await nonEmptyGoals(emptyFilters)).toEqual([
			// beta's 11.5.1 and gamma's 1.5.1 are one indicator, listed as 1.5.1, 11.5.1 and 13.1.1.
			{ goal: 1, direct: 1, indirect: 0, potential: 1, projects: 2 },
			{ goal: 3, direct: 1, indirect: 0, potential: 0, projects: 1 },
			{ goal: 6, direct: 0, indirect: 1, potential: 0, projects: 1 },
			{ goal: 11, direct: 1, indirect: 1, potential: 1, projects: 3 },
			{ goal: 13, direct: 1, indirect: 0, potential: 1, projects: 2 },
			{ goal: 14, direct: 0, indirect: 1, potential: 0, projects: 1 },
			{ goal: 15, direct: 1, indirect: 0, potential: 0, projects: 1 }
		]);
		expect(rows[14]).toMatchObject({ short_title: 'Life on land', colour: '#56C02B' });
	});

	it('counts unique indicators, folding a repeat (11.5.1) into its primary (1.5.1)', async () => {
		expect(await indicatorCoverage(db)).toEqual({ total: 231, linked: 4, direct: 2, indirect: 1, potential: 1 });
		const status = await indicatorStatus(db);
		expect(status).toHaveLength(231);
		expect(status.filter((s) => s.strength).map((s) => [s.indicator, s.strength, s.projects])).toEqual([
			['1.5.1', 'direct', 2],
			['11.6.2', 'indirect', 1],
			['14.1.1', 'potential', 1],
			['15.5.1', 'direct', 1]
		]);
		// Official order: 1.1.1 … 1.5.4, then 1.a.1, and 17.19.2 last.
		expect(status[0].indicator).toBe('1.1.1');
		expect(status.at(-1)!.indicator).toBe('17.19.2');
		expect(status.findIndex((s) => s.indicator === '1.a.1')).toBeGreaterThan(status.findIndex((s) => s.indicator === '1.5.4'));
	});

	it('counts projects per country and per region, leaving global-scale projects out of countries', async () => {
		const rows = await projectsPerCountry(db);
		expect(rows.map((r) => [r.iso3, r.projects, r.single_country])).toEqual([
			['GBR', 2, 1],
			['BRA', 1, 1],
			['KEN', 1, 0]
		]);
		expect(rows[2]).toMatchObject({ m49: '404', region: 'Africa', sub_region: 'Sub-Saharan Africa' });
		expect(await projectsPerRegion(db)).toEqual([
			{ region: 'Europe', projects: 2, countries: 1 },
			{ region: 'Africa', projects: 1, countries: 1 },
			{ region: 'Americas', projects: 1, countries: 1 },
			{ region: 'Global', projects: 1, countries: 0 }
		]);
		// gamma, the global app, names no country: the one project a map cannot draw.
		expect(await unplacedGlobal(db)).toBe(1);
		// The map leaves out the place filters; what it cannot draw too.
		expect(await unplacedGlobal(db, only({ countries: ['KEN'] }))).toBe(1);
	});

	it('draws a global-scale project that names a country there, and says only those naming none are not drawn', async () => {
		// 26 of the JRC inventory's 83 global-scale records name countries.
		const dir = mkdtempSync(join(tmpdir(), 'citsci-global-named-'));
		cpSync('tests/fixtures/mini', dir, { recursive: true });
		writeFileSync(join(dir, 'project_countries.csv'), `${readFileSync(join(dir, 'project_countries.csv'), 'utf8').trimEnd()}\ngamma,KEN,,\n`);
		const named = await openDatasetInNode(dir, 'data');
		try {
			expect(await unplacedGlobal(named)).toBe(0);
			expect((await projectsPerCountry(named)).find((r) => r.iso3 === 'KEN')!.projects).toBe(2);
			// Still of global scale: its own row, and in Africa's too.
			expect(await projectsPerRegion(named)).toContainEqual({ region: 'Global', projects: 1, countries: 0 });
			expect(await projectsPerRegion(named)).toContainEqual({ region: 'Africa', projects: 2, countries: 1 });
			expect(await countryCoverage(named)).toEqual({ countries: 3, globalProjects: 1 });
			expect((await placeBreakdown(named)).unplacedGlobal).toBe(0);
		} finally {
			named.close();
		}
	});

	it('counts projects active per year by strongest link, and those without a start year', async () => {
		const { rows, undated } = await projectsActivePerYear(db, 2022);
		const direct = [1, 1, 1, 1, 1, 2, 2, 2, 2, 1, 1, 1, 1];
		const indirect = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1];
		const started = [1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0];
		expect(rows).toEqual(
			direct.map((d, i) => ({
				year: 2010 + i,
				direct: d,
				indirect: indirect[i],
				potential: 0,
				'scored-2': 0,
				'scored-1': 0,
				projects: d + indirect[i],
				started: started[i]
			}))
		);
		expect(undated).toBe(1);
	});

	it('lists, searches, sorts and pages projects, with the search text passed as a parameter', async () => {
		const all = await listProjects(db);
		expect(all.total).toBe(4);
		expect(all.rows.map((p) => p.project_id)).toEqual(['alpha', 'beta', 'delta', 'gamma']);
		expect(all.rows[1]).toMatchObject({ goals: [1, 11, 13, 14], countries: 2 });
		expect((await listProjects(db, { search: 'LITTER' })).rows.map((p) => p.project_id)).toEqual(['beta']);
		// A search never matches across the end of one field and the start of the next.
		expect((await listProjects(db, { search: 'Trust Synthetic' })).total).toBe(0);
		expect((await listProjects(db, { search: 'alpha trust' })).rows.map((p) => p.project_id)).toEqual(['alpha']);
		expect((await listProjects(db, { search: '観察' })).rows.map((p) => p.name)).toEqual(['Γάμμα «Watch», 観察']);
		expect(await listProjects(db, { search: "'; DROP TABLE projects; --" })).toEqual({ rows: [], total: 0 });
		expect(await projectCount(db)).toBe(4);
		expect((await listProjects(db, { limit: 2, offset: 2 })).rows.map((p) => p.project_id)).toEqual(['delta', 'gamma']);
		expect((await listProjects(db, { limit: 2, offset: 2 })).total).toBe(4);
		expect((await listProjects(db, { sort: 'start_year' })).rows.map((p) => p.project_id)).toEqual(['alpha', 'beta', 'gamma', 'delta']);
		expect((await listProjects(db, { sort: 'countries', descending: true })).rows.map((p) => p.project_id)).toEqual(['beta', 'alpha', 'delta', 'gamma']);
	});

	it("lists a project's other goals apart under a link filter, and sorts by all of its goals", async () => {
		const beta = async (f: Partial<Filters>) => (await listProjects(db, {}, only(f))).rows.find((p) => p.project_id === 'beta');
		// Without a link filter its goals are all of them.
		expect(await beta({})).toMatchObject({ goals: [1, 11, 13, 14], other_goals: [] });
		expect(await beta({ countries: ['KEN'] })).toMatchObject({ goals: [1, 11, 13, 14], other_goals: [] });
		// Under goal 14 (as on goal 14's page) it is listed for 14, and reaches 1, 11 and 13 too.
		expect(await beta({ goals: [14] })).toMatchObject({ goals: [14], other_goals: [1, 11, 13] });
		// Under a strength: the goals of its direct links, and those it reaches only otherwise.
		const direct = await beta({ strengths: ['direct'] });
		expect(direct!.goals.length).toBeGreaterThan(0);
		expect([...direct!.goals, ...direct!.other_goals].sort((a, b) => a - b)).toEqual([1, 11, 13, 14]);
		expect(direct!.goals.filter((g) => direct!.other_goals.includes(g))).toEqual([]);
		// "Number of goals" counts every goal a row shows, not only those matching the filter: under
		// direct links alpha shows 15 and 11 (two), delta 3 alone, so delta comes first ascending.
		const byGoals = await listProjects(db, { sort: 'goals' }, only({ strengths: ['direct'] }));
		expect(byGoals.rows.map((p) => [p.project_id, p.goals, p.other_goals])).toEqual([
			['delta', [3], []],
			['alpha', [15], [11]],
			['beta', [1, 11, 13], [14]]
		]);
	});

	it('details a project with its countries and links in official order', async () => {
		const beta = await projectDetail(db, 'beta');
		expect(beta?.countries.map((c) => c.iso3)).toEqual(['KEN', 'GBR']);
		expect(beta?.links.map((l) => [l.sdg_code, l.strength])).toEqual([
			['11.5.1', 'direct'],
			['14', 'indirect'],
			['14.1.1', 'potential']
		]);
		expect(beta?.topics).toEqual(['marine-coastal', 'waste-litter']);
		expect(await projectDetail(db, 'nope')).toBeNull();
	});

	it('details an indicator with its repeats and the projects behind it', async () => {
		const info = await indicatorInfo(db, '11.5.1');
		expect(info).toMatchObject({ indicator: '11.5.1', repeat_of: '1.5.1', goal: 11, target: '11.5', repeats: ['1.5.1', '13.1.1'] });
		const projects = await indicatorProjects(db, '1.5.1');
		expect(projects.map((p) => [p.project_id, p.sdg_code, p.strength, p.countries])).toEqual([
			['beta', '11.5.1', 'direct', ['GBR', 'KEN']],
			['gamma', '1.5.1', 'potential', []]
		]);
		expect(await indicatorInfo(db, '99.9.9')).toBeNull();
	});

	it('lists a goal’s targets and indicators with projects, a repeat reporting its primary', async () => {
		const rows = await goalIndicators(db, 11);
		const withProjects = rows.filter((r) => r.projects > 0).map((r) => [r.target, r.indicator, r.direct, r.indirect, r.potential, r.projects]);
		expect(withProjects).toEqual([
			['11.5', '11.5.1', 1, 0, 1, 2],
			['11.6', '11.6.2', 0, 1, 0, 1]
		]);
		expect(rows[0]).toMatchObject({ target: '11.1', indicator: null });
		expect(rows.at(-1)?.target).toBe('11.c');
		const water = await goalIndicators(db, 6);
		expect(water.filter((r) => r.projects > 0).map((r) => [r.target, r.indicator, r.indirect])).toEqual([['6.3', null, 1]]);
	});

	it('counts a goal’s projects that no row of its table counts: those linked to it only as a whole', async () => {
		// Said another way than goalLevelOnly: the goal's projects less those a row matches (a target's
		// own row by target-level links, an indicator's by links to its primary, listed under any goal).
		const inNoRow = async (goal: number) =>
			(
				await db.query<{ n: number }>(
					`WITH rows AS (
					   SELECT target, NULL::VARCHAR AS code FROM sdg_targets WHERE goal = ?
					   UNION ALL SELECT i.target, coalesce(i.repeat_of, i.indicator) FROM sdg_indicators i JOIN sdg_targets t USING (target) WHERE t.goal = ?),
					 rowed AS (
					   SELECT l.project_id FROM contribution_links l JOIN rows r ON r.code IS NULL AND l.level = 'target' AND l.target = r.target
					   UNION SELECT l.project_id FROM contribution_links l JOIN rows r ON l.indicator = r.code)
					 SELECT count(DISTINCT project_id)::INTEGER AS n FROM contribution_links WHERE goal = ? AND project_id NOT IN (SELECT project_id FROM rowed)`,
					[goal, goal, goal]
				)
			)[0].n;
		const counts: number[] = [];
		for (let goal = 1; goal <= 17; goal++) {
			counts.push(await goalLevelOnly(db, goal));
			expect(counts.at(-1), `goal ${goal}`).toBe(await inNoRow(goal));
		}
		// Only delta's link to goal 3 is to a goal alone; alpha's to goal 15 has 15.5.1 beside it.
		expect(counts).toEqual(Array.from({ length: 17 }, (_, i) => (i + 1 === 3 ? 1 : 0)));
		// ...unless the filters keep only the potential links: alpha's to 15.5.1 is direct.
		expect(await goalLevelOnly(db, 15, only({ strengths: ['potential'] }))).toBe(1);
		expect(await goalLevelOnly(db, 15, only({ strengths: ['direct'] }))).toBe(0);
		// A link to a target the framework lacks (in an import) counts in goal 15's figures, in no row.
		const withUnknown = await openDatasetInNode('tests/fixtures/mini', 'data');
		try {
			await withUnknown.query(
				`INSERT INTO contributions (project_id, sdg_code, level, strength, rationale) VALUES ('delta', '15.99', 'target', 'indirect', 'unknown')`
			);
			for (const statement of derivedSql) await withUnknown.query(statement);
			expect(await goalLevelOnly(withUnknown, 15)).toBe(1);
		} finally {
			withUnknown.close();
		}
	});

	it('draws flows from topics to goals to indicators', async () => {
		const flows = await topicGoalIndicatorFlows(db);
		expect(flows.map((f) => `${f.source}>${f.target}:${f.projects}`)).toEqual([
			'goal:1>indicator:1.5.1:2',
			'goal:11>indicator:1.5.1:2',
			'goal:11>indicator:11.6.2:1',
			'goal:13>indicator:1.5.1:2',
			'goal:14>indicator:14.1.1:1',
			'goal:15>indicator:15.5.1:1',
			'topic:biodiversity>goal:11:1',
			'topic:biodiversity>goal:15:1',
			'topic:disaster-risk>goal:1:1',
			'topic:disaster-risk>goal:11:1',
			'topic:disaster-risk>goal:13:1',
			'topic:disaster-risk>goal:6:1',
			'topic:health>goal:3:1',
			'topic:marine-coastal>goal:1:1',
			'topic:marine-coastal>goal:11:1',
			'topic:marine-coastal>goal:13:1',
			'topic:marine-coastal>goal:14:1',
			'topic:waste-litter>goal:1:1',
			'topic:waste-litter>goal:11:1',
			'topic:waste-litter>goal:13:1',
			'topic:waste-litter>goal:14:1'
		]);
	});

	it('assembles the overview from the same queries', async () => {
		const o = await loadOverview(db, 2022);
		expect(o.projects).toBe(4);
		expect(o.goals.reached).toBe(7);
		expect(o.indicators.linked).toBe(4);
		expect(o.perGoal.reduce((s, g) => s + g.projects, 0)).toBe(11);
		expect(o.perYear.undated).toBe(1);
	});
});

describe('loading', () => {
	it('reads columns by their header name, whatever their order in the file', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'citsci-reordered-'));
		cpSync('tests/fixtures/mini', dir, { recursive: true });
		for (const file of ['project_countries.csv', 'contributions.csv']) {
			const t = parseCsv(readFileSync(join(dir, file), 'utf8'));
			const reversed = (row: string[]) => [...row].reverse();
			writeFileSync(join(dir, file), toCsv(reversed(t.header), t.rows.map(reversed)));
		}
		const reordered = await openDatasetInNode(dir, 'data');
		try {
			expect(await projectsPerCountry(reordered)).toEqual(await projectsPerCountry(db));
			expect(await projectsPerGoal(reordered)).toEqual(await projectsPerGoal(db));
		} finally {
			reordered.close();
		}
	});
});

describe('linked filters on the hand-computed fixture', () => {
	it("a goal page's figures honour a country filter; its map keeps every country and what it cannot draw", async () => {
		// Goal 11: alpha (GBR), beta (GBR and KEN), gamma (global, no country). Kenya: beta alone.
		const kenya = await goalPage(db, 11, only({ countries: ['KEN'] }));
		expect(kenya).toMatchObject({ projectCount: 1, countriesInScope: 2, globalProjects: 0, unplacedGlobal: 1 });
		expect(kenya.countries.map((r) => [r.iso3, r.projects])).toEqual([
			['GBR', 2],
			['KEN', 1]
		]);
		// Goal 15 in Kenya: no project, so no country, though the map still draws alpha in Britain.
		const none = await goalPage(db, 15, only({ countries: ['KEN'] }));
		expect(none).toMatchObject({ projectCount: 0, countriesInScope: 0, globalProjects: 0, unplacedGlobal: 0 });
		expect(none.countries.map((r) => r.iso3)).toEqual(['GBR']);
	});

	it('by country: only projects naming it; the map keeps every country', async () => {
		const f = only({ countries: ['KEN'] });
		expect(await projectCount(db, f)).toBe(1);
		expect(await goalsReached(db, f)).toEqual({ reached: 4, total: 17, direct: 3, indirect: 1, potential: 0, 'scored-2': 0, 'scored-1': 0 });
		expect(await nonEmptyGoals(f)).toEqual([
			{ goal: 1, direct: 1, indirect: 0, potential: 0, projects: 1 },
			{ goal: 11, direct: 1, indirect: 0, potential: 0, projects: 1 },
			{ goal: 13, direct: 1, indirect: 0, potential: 0, projects: 1 },
			{ goal: 14, direct: 0, indirect: 1, potential: 0, projects: 1 }
		]);
		expect(await countryCoverage(db, f)).toEqual({ countries: 2, globalProjects: 0 });
		expect((await projectsPerCountry(db, f)).map((r) => r.projects)).toEqual([2, 1, 1]);
	});

	it('by region, sub-region or intermediate region', async () => {
		expect(await projectCount(db, only({ region: 'Europe' }))).toBe(2);
		expect(await projectCount(db, only({ region: 'Sub-Saharan Africa' }))).toBe(1);
		expect(await projectCount(db, only({ region: 'Eastern Africa' }))).toBe(1);
		expect(await projectCount(db, only({ region: 'Oceania' }))).toBe(0);
	});

	it('by goal: links to other goals drop out, the goal chart keeps every goal', async () => {
		const f = only({ goals: [15] });
		expect(await projectCount(db, f)).toBe(1);
		expect(await indicatorCoverage(db, f)).toEqual({ total: 231, linked: 1, direct: 1, indirect: 0, potential: 0 });
		expect((await nonEmptyGoals(f)).length).toBe(7);
		// A goal filter reaches a repeated indicator through any of its listings: 13.1.1 is 1.5.1.
		expect(await projectCount(db, only({ goals: [13] }))).toBe(2);
	});

	it('by strength', async () => {
		const f = only({ strengths: ['direct'] });
		expect(await projectCount(db, f)).toBe(3);
		expect(await nonEmptyGoals(f)).toEqual([
			{ goal: 1, direct: 1, indirect: 0, potential: 0, projects: 1 },
			{ goal: 3, direct: 1, indirect: 0, potential: 0, projects: 1 },
			{ goal: 11, direct: 1, indirect: 0, potential: 0, projects: 1 },
			{ goal: 13, direct: 1, indirect: 0, potential: 0, projects: 1 },
			{ goal: 15, direct: 1, indirect: 0, potential: 0, projects: 1 }
		]);
		expect((await indicatorCoverage(db, f)).linked).toBe(2);
	});

	it('by year range: projects active in it, undated ones left out; the time chart keeps every year', async () => {
		const f = only({ from: 2016, to: 2019 });
		expect(await projectCount(db, f)).toBe(2);
		expect(await projectCount(db, only({ from: 2019 }))).toBe(2);
		expect(await projectCount(db, only({ to: 2012 }))).toBe(1);
		expect((await projectsActivePerYear(db, 2022, f)).rows).toHaveLength(13);
		// Only an undated project in scope: no years to show, and it is still counted as undated.
		expect(await projectsActivePerYear(db, 2022, only({ countries: ['BRA'] }))).toEqual({ rows: [], undated: 1 });
	});

	it('by topic, target and indicator (a repeat and its primary are one indicator)', async () => {
		expect(await projectCount(db, only({ topics: ['health'] }))).toBe(1);
		expect(await projectCount(db, only({ topics: ['health', 'biodiversity'] }))).toBe(2);
		expect(await projectCount(db, only({ indicator: '1.5.1' }))).toBe(2);
		expect(await projectCount(db, only({ indicator: '11.5.1' }))).toBe(2);
		expect(await projectCount(db, only({ target: '14.1' }))).toBe(1);
		expect(await projectCount(db, only({ target: '6.3' }))).toBe(1);
		expect(await projectCount(db, only({ target: '11.5' }))).toBe(2);
	});

	it('combine with AND', async () => {
		const f = only({ countries: ['GBR'], strengths: ['potential'] });
		expect(await projectCount(db, f)).toBe(2);
		expect(await goalsReached(db, f)).toEqual({ reached: 2, total: 17, direct: 0, indirect: 0, potential: 2, 'scored-2': 0, 'scored-1': 0 });
		expect(await projectCount(db, only({ countries: ['GBR'], goals: [3] }))).toBe(0);
	});

	it('take hostile values as plain parameters', async () => {
		expect(await projectCount(db, only({ countries: ["GBR') OR ('1'='1"], topics: ["x' OR 1=1 --"] }))).toBe(0);
		expect(await projectCount(db, only({ region: "Europe' OR '1'='1" }))).toBe(0);
	});
});

describe('fast paths give the same rows as the plain queries', () => {
	const cases: Partial<Filters>[] = [
		{},
		{ countries: ['KEN'] },
		{ goals: [15] },
		{ strengths: ['direct'] },
		{ from: 2016, to: 2019 },
		{ topics: ['health'] },
		{ countries: ['GBR'], strengths: ['potential'] },
		{ countries: ['FRA'] },
		{ region: 'Europe', goals: [11, 14] }
	];
	it.each(cases)('headline() equals the four separate queries for %o', async (partial) => {
		const f = only(partial);
		expect(await headline(db, f)).toEqual({
			projects: await projectCount(db, f),
			unlinked: await unlinkedProjectCount(db, f),
			countries: await countryCoverage(db, f),
			goals: await goalsReached(db, f),
			indicators: await indicatorCoverage(db, f)
		});
	});
	it.each(cases)('placeBreakdown() equals projectsPerCountry and projectsPerRegion for %o', async (partial) => {
		const f = only(partial);
		expect(await placeBreakdown(db, f)).toEqual({
			perCountry: await projectsPerCountry(db, f),
			perRegion: await projectsPerRegion(db, f),
			unplacedGlobal: await unplacedGlobal(db, f)
		});
	});
	it('on the embedded data too', async () => {
		const real = await openDatasetInNode('data');
		try {
			for (const partial of [{}, { goals: [15] }, { countries: ['GBR'] }, { strengths: ['potential' as const], region: 'Asia' }]) {
				const f = only(partial);
				expect(await headline(real, f)).toEqual({
					projects: await projectCount(real, f),
					unlinked: await unlinkedProjectCount(real, f),
					countries: await countryCoverage(real, f),
					goals: await goalsReached(real, f),
					indicators: await indicatorCoverage(real, f)
				});
				expect(await placeBreakdown(real, f)).toEqual({
					perCountry: await projectsPerCountry(real, f),
					perRegion: await projectsPerRegion(real, f),
					unplacedGlobal: await unplacedGlobal(real, f)
				});
			}
		} finally {
			real.close();
		}
	});
});
