/**
 * A country's profile against real (native) DuckDB on the mini fixture, with one row added so that
 * Ireland shares Northern Europe with the United Kingdom: alpha works in GBR and IRL, beta in GBR
 * and KEN, delta in BRA, gamma is global. Every expected figure below is worked out by hand from
 * tests/fixtures/mini.
 */
import { appendFileSync, cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatasetInNode, type NodeClient } from '../../src/lib/data/duckdb-node';
import { emptyFilters, type Filters } from '../../src/lib/domain/filters';
import type { FeedRow } from '../../src/lib/domain/countries';
import { countryCodes, countryInfo, countryPage } from '../../src/lib/queries/countries';

let db: NodeClient;
beforeAll(async () => {
	const dir = mkdtempSync(join(tmpdir(), 'citsci-countries-'));
	cpSync('tests/fixtures/mini', dir, { recursive: true });
	appendFileSync(join(dir, 'project_countries.csv'), 'alpha,IRL,,\n');
	db = await openDatasetInNode(dir, 'data');
});
afterAll(() => db.close());

const only = (f: Partial<Filters>): Filters => ({ ...emptyFilters, ...f });
const brief = (rows: FeedRow[]) => rows.map((r) => `${r.level} ${r.code} ${r.strength} ${r.projects} ${r.countries.join('+')}`.trim());

async function profile(iso3: string, f: Filters = emptyFilters) {
	const info = await countryInfo(db, iso3);
	if (!info) throw new Error(`no country ${iso3}`);
	return { info, page: await countryPage(db, info, f) };
}

describe('country profiles', () => {
	it('knows every M49 country and area, and no made-up code', async () => {
		expect((await countryCodes(db)).length).toBe(249);
		expect(await countryInfo(db, 'XKX')).toBeNull();
		expect(await countryInfo(db, "KEN' OR 1=1 --")).toBeNull();
	});

	it('compares a country with its intermediate region where M49 has one, else its sub-region', async () => {
		expect((await countryInfo(db, 'KEN'))?.comparison_region).toBe('Eastern Africa');
		expect((await countryInfo(db, 'IRL'))?.comparison_region).toBe('Northern Europe');
		expect((await countryInfo(db, 'BRA'))?.comparison_region).toBe('South America');
	});

	it('lists what Kenya’s one project feeds; a repeated indicator feeds every target it is listed under', async () => {
		const { page } = await profile('KEN');
		expect(page.projects.map((p) => p.project_id)).toEqual(['beta']);
		expect(page.perGoal.filter((g) => g.projects > 0).map((g) => g.goal)).toEqual([1, 11, 13, 14]);
		// beta: 11.5.1 direct (= 1.5.1, also listed as 13.1.1), 14.1.1 potential, goal 14 indirect.
		expect(brief(page.feeds)).toEqual([
			'target 1.5 direct 1',
			'indicator 1.5.1 direct 1',
			'target 11.5 direct 1',
			'target 13.1 direct 1',
			'target 14.1 potential 1',
			'indicator 14.1.1 potential 1'
		]);
		expect(page.globalProjects).toEqual([{ project_id: 'gamma', name: 'Γάμμα «Watch», 観察', goals: [1, 6, 11, 13] }]);
		expect(page.region).toEqual({ name: 'Eastern Africa', projects: 1, countries: 1 });
		expect(page.gaps).toEqual([]);
	});

	it('finds what projects elsewhere in the region feed and none here does, indicators first', async () => {
		const { page } = await profile('IRL');
		expect(page.projects.map((p) => p.project_id)).toEqual(['alpha']);
		expect(page.region).toEqual({ name: 'Northern Europe', projects: 2, countries: 2 });
		// Goal 11 is fed in Ireland (alpha's 11.6.2), so only beta's other goals are gaps.
		expect(brief(page.gaps)).toEqual([
			'indicator 1.5.1 direct 1 GBR',
			'indicator 14.1.1 potential 1 GBR',
			'target 1.5 direct 1 GBR',
			'target 11.5 direct 1 GBR',
			'target 13.1 direct 1 GBR',
			'target 14.1 potential 1 GBR',
			'goal 1 direct 1 GBR',
			'goal 13 direct 1 GBR',
			'goal 14 indirect 1 GBR'
		]);
	});

	it('applies the other filters to the country, its region and the global projects alike', async () => {
		const { page } = await profile('IRL', only({ strengths: ['potential'], countries: ['BRA'], region: 'Africa' }));
		// Place filters are the page's own and do not apply; with potential links only, alpha keeps goal 15.
		expect(page.projects.map((p) => p.project_id)).toEqual(['alpha']);
		expect(brief(page.feeds)).toEqual([]);
		expect(page.perGoal.filter((g) => g.projects > 0).map((g) => g.goal)).toEqual([15]);
		expect(brief(page.gaps)).toEqual(['indicator 14.1.1 potential 1 GBR', 'target 14.1 potential 1 GBR', 'goal 14 potential 1 GBR']);
		expect(page.globalProjects.map((p) => p.project_id)).toEqual(['gamma']);
		expect(page.region).toEqual({ name: 'Northern Europe', projects: 2, countries: 2 });
	});

	it('lists projects with no SDG link yet among those working here, unless a link filter is set', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'citsci-countries-unlinked-'));
		cpSync('tests/fixtures/mini', dir, { recursive: true });
		appendFileSync(
			join(dir, 'projects.csv'),
			'epsilon,Epsilon,,,Not linked yet.,2021,,active,national,,,\nzeta,Zeta,,,Not linked yet.,2021,,active,global,,,\n'
		);
		appendFileSync(join(dir, 'project_countries.csv'), 'epsilon,KEN,,\n');
		const withUnlinked = await openDatasetInNode(dir, 'data');
		try {
			const info = (await countryInfo(withUnlinked, 'KEN'))!;
			const all = await countryPage(withUnlinked, info);
			expect(all.projects.map((p) => p.project_id)).toEqual(['beta', 'epsilon']);
			expect([all.projectCount, all.unlinkedCount]).toEqual([2, 1]);
			// By name: Latin before Greek.
			expect(all.globalProjects.map((p) => [p.project_id, p.goals])).toEqual([
				['zeta', []],
				['gamma', [1, 6, 11, 13]]
			]);
			const linked = await countryPage(withUnlinked, info, only({ goals: [14] }));
			expect(linked.projects.map((p) => p.project_id)).toEqual(['beta']);
			expect([linked.projectCount, linked.unlinkedCount]).toEqual([1, 0]);
			expect(linked.globalProjects).toEqual([]);
			expect([all.globalProjectCount, linked.globalProjectCount]).toEqual([2, 0]);
		} finally {
			withUnlinked.close();
		}
	});

	it('gives a country no project names an empty profile, with the global projects that cover it', async () => {
		const { page } = await profile('ATA');
		expect(page.projects).toEqual([]);
		expect(page.feeds).toEqual([]);
		expect(page.region).toBeNull();
		expect(page.globalProjects.map((p) => p.project_id)).toEqual(['gamma']);
		const fra = await profile('FRA');
		expect(fra.page.region).toEqual({ name: 'Western Europe', projects: 0, countries: 0 });
		expect(fra.page.gaps).toEqual([]);
	});
});
