/** The analysts' indicator table and its pivots, against real DuckDB on the hand-computed fixture. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatasetInNode, type NodeClient } from '../../src/lib/data/duckdb-node';
import { indicatorTable, pivotCells } from '../../src/lib/queries/indicator-table';
import { indicatorCoverage } from '../../src/lib/queries/indicators';
import { goalsReached, projectsPerGoal } from '../../src/lib/queries/goals';
import { emptyFilters } from '../../src/lib/domain/filters';
import { pivotWide } from '../../src/lib/tables/pivot';

let db: NodeClient;
beforeAll(async () => (db = await openDatasetInNode('tests/fixtures/mini', 'data')));
afterAll(() => db.close());

const withProjects = <T extends { projects: number }>(rows: T[]) => rows.filter((r) => r.projects > 0);

describe('indicatorTable', () => {
	it('lists the 231 unique indicators with projects by strength, countries, regions and years', async () => {
		const rows = await indicatorTable(db, 'indicator', 2022);
		expect(rows).toHaveLength(231);
		expect(
			withProjects(rows).map(({ code, direct, indirect, potential, projects, countries, regions, first_year, last_year }) => ({
				code,
				direct,
				indirect,
				potential,
				projects,
				countries,
				regions,
				first_year,
				last_year
			}))
		).toEqual([
			{
				code: '1.5.1',
				direct: 1,
				indirect: 0,
				potential: 1,
				projects: 2,
				countries: 2,
				regions: ['Africa', 'Europe'],
				first_year: 2015,
				last_year: 2022
			},
			{
				code: '11.6.2',
				direct: 0,
				indirect: 1,
				potential: 0,
				projects: 1,
				countries: 1,
				regions: ['Europe'],
				first_year: 2010,
				last_year: 2022
			},
			{
				code: '14.1.1',
				direct: 0,
				indirect: 0,
				potential: 1,
				projects: 1,
				countries: 2,
				regions: ['Africa', 'Europe'],
				first_year: 2015,
				last_year: 2018
			},
			{
				code: '15.5.1',
				direct: 1,
				indirect: 0,
				potential: 0,
				projects: 1,
				countries: 1,
				regions: ['Europe'],
				first_year: 2010,
				last_year: 2022
			}
		]);
		expect(rows.find((r) => r.code === '15.5.1')).toMatchObject({ goal: 15, tier: 'Tier I', custodian_agencies: 'IUCN' });
	});

	it('switches to targets and goals, counting an indicator link for its target and goal', async () => {
		const targets = await indicatorTable(db, 'target', 2022);
		expect(targets).toHaveLength(169);
		expect(withProjects(targets).map((r) => [r.code, r.direct, r.indirect, r.potential])).toEqual([
			['1.5', 1, 0, 1],
			['6.3', 0, 1, 0],
			['11.5', 1, 0, 1],
			['11.6', 0, 1, 0],
			['13.1', 1, 0, 1],
			['14.1', 0, 0, 1],
			['15.5', 1, 0, 0]
		]);
		const goals = await indicatorTable(db, 'goal', 2022);
		expect(goals).toHaveLength(17);
		expect(goals.find((g) => g.code === '3')).toMatchObject({ projects: 1, countries: 1, regions: ['Americas'], first_year: null, last_year: null });
		expect(goals.find((g) => g.code === '11')).toMatchObject({
			direct: 1,
			indirect: 1,
			potential: 1,
			projects: 3,
			countries: 2,
			first_year: 2010,
			last_year: 2022
		});
	});

	it('agrees with the plain queries on the embedded data', async () => {
		const real = await openDatasetInNode('data');
		try {
			for (const f of [emptyFilters, { ...emptyFilters, countries: ['GBR'] }, { ...emptyFilters, strengths: ['direct' as const, 'indirect' as const] }]) {
				const goals = await indicatorTable(real, 'goal', 2026, f);
				const plain = await projectsPerGoal(real, f);
				expect(goals.map((g) => [Number(g.code), g.direct, g.indirect, g.potential, g.projects])).toEqual(
					plain.map((p) => [p.goal, p.direct, p.indirect, p.potential, p.projects])
				);
				expect(goals.filter((g) => g.projects > 0)).toHaveLength((await goalsReached(real, f)).reached);
				const indicators = await indicatorTable(real, 'indicator', 2026, f);
				const coverage = await indicatorCoverage(real, f);
				expect(withProjects(indicators)).toHaveLength(coverage.linked);
				expect(indicators.filter((i) => i.direct > 0)).toHaveLength(coverage.direct);
			}
		} finally {
			real.close();
		}
	});

	it('keeps only the filtered goal’s rows, and applies the other filters to the counts', async () => {
		const rows = await indicatorTable(db, 'target', 2022, { ...emptyFilters, goals: [11], countries: ['KEN'] });
		expect(rows.every((r) => r.goal === 11)).toBe(true);
		expect(withProjects(rows).map((r) => r.code)).toEqual(['11.5']);
	});
});

describe('pivots', () => {
	const goalCodes = Array.from({ length: 17 }, (_, i) => String(i + 1));

	it('by region, with global-scale projects in their own column', async () => {
		const wide = pivotWide(goalCodes, await pivotCells(db, 'goal', 'region', 2022), ['Africa', 'Americas', 'Asia', 'Europe', 'Oceania', 'Global']);
		expect(wide.keys).toEqual(['Africa', 'Americas', 'Europe', 'Global']);
		const row = (code: string) => wide.rows.find((r) => r.code === code);
		expect(row('11')).toEqual({ code: '11', Africa: 1, Americas: 0, Europe: 2, Global: 1 });
		expect(row('1')).toEqual({ code: '1', Africa: 1, Americas: 0, Europe: 1, Global: 1 });
		expect(row('3')).toEqual({ code: '3', Africa: 0, Americas: 1, Europe: 0, Global: 0 });
		expect(row('2')).toEqual({ code: '2', Africa: 0, Americas: 0, Europe: 0, Global: 0 });
	});

	it('by year, over the last years, counting projects active in each', async () => {
		const wide = pivotWide(goalCodes, await pivotCells(db, 'goal', 'year', 2022, emptyFilters, 5));
		expect(wide.keys).toEqual(['2018', '2019', '2020', '2021', '2022']);
		const row = (code: string) => wide.rows.find((r) => r.code === code)!;
		expect(row('11')).toEqual({ code: '11', 2018: 2, 2019: 1, 2020: 2, 2021: 2, 2022: 2 });
		expect(row('14')).toEqual({ code: '14', 2018: 1, 2019: 0, 2020: 0, 2021: 0, 2022: 0 });
		expect(row('6')).toEqual({ code: '6', 2018: 0, 2019: 0, 2020: 1, 2021: 1, 2022: 1 });
		expect(row('3')).toEqual({ code: '3', 2018: 0, 2019: 0, 2020: 0, 2021: 0, 2022: 0 });
	});

	it('by strength', async () => {
		const wide = pivotWide(goalCodes, await pivotCells(db, 'goal', 'strength', 2022), ['direct', 'indirect', 'potential']);
		expect(wide.rows.find((r) => r.code === '11')).toEqual({ code: '11', direct: 1, indirect: 1, potential: 1 });
		expect(wide.rows.find((r) => r.code === '14')).toEqual({ code: '14', direct: 0, indirect: 1, potential: 0 });
	});

	it('reshapes a hand-written long table', () => {
		const wide = pivotWide(
			['a', 'b', 'c'],
			[
				{ code: 'a', key: 'x', projects: 2 },
				{ code: 'b', key: 'y', projects: 1 },
				{ code: 'a', key: 'y', projects: 3 }
			]
		);
		expect(wide).toEqual({
			keys: ['x', 'y'],
			rows: [
				{ code: 'a', x: 2, y: 3 },
				{ code: 'b', x: 0, y: 1 },
				{ code: 'c', x: 0, y: 0 }
			]
		});
		expect(pivotWide(['a'], [])).toEqual({ keys: [], rows: [{ code: 'a' }] });
	});
});

describe('the year pivot follows the year filter', () => {
	it('shows every year of the filtered range, zeros included', async () => {
		const { pivotYears } = await import('../../src/lib/queries/indicator-table');
		const f = { ...emptyFilters, from: 2000, to: 2005 };
		expect(pivotYears(2022, f)).toEqual([2000, 2001, 2002, 2003, 2004, 2005]);
		expect(pivotYears(2022)).toEqual([2013, 2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022]);
		const cells = await pivotCells(db, 'goal', 'year', 2022, { ...emptyFilters, from: 2009, to: 2011 });
		const wide = pivotWide(['15'], cells, ['2009', '2010', '2011'], true);
		expect(wide).toEqual({ keys: ['2009', '2010', '2011'], rows: [{ code: '15', 2009: 0, 2010: 1, 2011: 1 }] });
	});
});
