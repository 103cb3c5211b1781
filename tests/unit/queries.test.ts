/** Query modules against real (native) DuckDB on a fixture whose figures are computed by hand. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatasetInNode, type NodeClient } from '../../scripts/lib/node-duckdb';
import { countryCoverage, projectsPerCountry } from '../../src/lib/queries/geography';
import { goalsReached, projectsPerGoal } from '../../src/lib/queries/goals';
import { indicatorCoverage } from '../../src/lib/queries/indicators';
import { loadOverview } from '../../src/lib/queries/overview';
import { listProjects, projectCount } from '../../src/lib/queries/projects';
import { projectsActivePerYear } from '../../src/lib/queries/time';

let db: NodeClient;
beforeAll(async () => {
	db = await openDatasetInNode('tests/fixtures/mini', 'data');
});
afterAll(() => db.close());

describe('query modules on the hand-computed fixture', () => {
	it('counts projects, countries and global-scale projects', async () => {
		expect(await projectCount(db)).toBe(4);
		expect(await countryCoverage(db)).toEqual({ countries: 3, globalProjects: 1 });
	});

	it('counts the goals reached out of 17', async () => {
		expect(await goalsReached(db)).toEqual({ reached: 6, total: 17 });
	});

	it('counts each project once per goal, at its strongest link', async () => {
		const rows = await projectsPerGoal(db);
		expect(rows).toHaveLength(17);
		const nonEmpty = rows.filter((r) => r.projects > 0).map(({ goal, direct, indirect, potential, projects }) => ({ goal, direct, indirect, potential, projects }));
		expect(nonEmpty).toEqual([
			{ goal: 1, direct: 0, indirect: 0, potential: 1, projects: 1 },
			{ goal: 3, direct: 1, indirect: 0, potential: 0, projects: 1 },
			{ goal: 6, direct: 0, indirect: 1, potential: 0, projects: 1 },
			{ goal: 11, direct: 1, indirect: 1, potential: 0, projects: 2 },
			{ goal: 14, direct: 0, indirect: 1, potential: 0, projects: 1 },
			{ goal: 15, direct: 1, indirect: 0, potential: 0, projects: 1 }
		]);
		expect(rows[14]).toMatchObject({ short_title: 'Life on land', colour: '#56C02B' });
	});

	it('counts unique indicators, folding a repeat (11.5.1) into its primary (1.5.1)', async () => {
		expect(await indicatorCoverage(db)).toEqual({ total: 231, linked: 4, direct: 2, indirect: 1, potential: 1 });
	});

	it('counts projects per country, leaving global-scale projects out', async () => {
		const rows = await projectsPerCountry(db);
		expect(rows.map((r) => [r.iso3, r.projects])).toEqual([
			['GBR', 2],
			['BRA', 1],
			['KEN', 1]
		]);
		expect(rows[2]).toMatchObject({ region: 'Africa', sub_region: 'Sub-Saharan Africa' });
	});

	it('counts projects active per year from start and end years', async () => {
		const rows = await projectsActivePerYear(db, 2022);
		const expected = [1, 1, 1, 1, 1, 2, 2, 2, 2, 1, 2, 2, 2];
		expect(rows).toEqual(expected.map((projects, i) => ({ year: 2010 + i, projects })));
	});

	it('lists and searches projects with the search text passed as a parameter', async () => {
		const all = await listProjects(db);
		expect(all.map((p) => p.project_id)).toEqual(['alpha', 'beta', 'delta', 'gamma']);
		expect(all[1].goals).toEqual([11, 14]);
		expect((await listProjects(db, { search: 'LITTER' })).map((p) => p.project_id)).toEqual(['beta']);
		expect((await listProjects(db, { search: '観察' })).map((p) => p.name)).toEqual(['Γάμμα «Watch», 観察']);
		// Text that would break a concatenated query is just text to search for.
		expect(await listProjects(db, { search: "'; DROP TABLE projects; --" })).toEqual([]);
		expect(await projectCount(db)).toBe(4);
		expect((await listProjects(db, { limit: 2, offset: 2 })).map((p) => p.project_id)).toEqual(['delta', 'gamma']);
	});

	it('assembles the overview from the same queries', async () => {
		const o = await loadOverview(db);
		expect(o.projects).toBe(4);
		expect(o.goals.reached).toBe(6);
		expect(o.indicators.linked).toBe(4);
		expect(o.perGoal.reduce((s, g) => s + g.projects, 0)).toBe(7);
	});
});
