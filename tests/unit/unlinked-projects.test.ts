/**
 * Projects without an SDG link are not invisible: the directory can list them beside the linked
 * ones (real DuckDB, an imported list with no SDG column beside the curated inventory), under the
 * project filters, never under an SDG filter they cannot match; the shipped index lists them as
 * the database does.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWithImports, type NodeClient } from '../../src/lib/data/duckdb-node';
import { emptyFilters } from '../../src/lib/domain/filters';
import { inventoryCsv } from '../../src/lib/import/dataset';
import { detectMapping } from '../../src/lib/import/mapping';
import { normalise } from '../../src/lib/import/normalise';
import { readTable } from '../../src/lib/import/read';
import { framework, resolverFor } from '../../src/lib/import/reference';
import { extractOverviewIndex } from '../../src/lib/queries/overview-index/extract';
import { computeProjectList } from '../../src/lib/queries/overview-index/project-list';
import { listProjects, projectListColumns, unlinkedProjectCount } from '../../src/lib/queries/projects';
import { projectSorts } from '../../src/lib/domain/projects';
import { computeOverview } from '../../src/lib/queries/overview-index/compute';
import { loadOverviewSql } from '../../src/lib/queries/overview';
import { inventoryYear } from '../../src/lib/data/package';
import type { Filters } from '../../src/lib/domain/filters';

let db: NodeClient;
beforeAll(async () => {
	const table = await readTable('plain-list.csv', new Uint8Array(readFileSync('tests/fixtures/import/plain-list.csv')));
	const mapping = detectMapping(table.header, table.rows);
	const { inventory } = normalise(table, mapping, { datasetId: 'plain', framework, countries: resolverFor(mapping) });
	db = await openWithImports([{ id: 'plain', title: 'Plain list', csv: inventoryCsv(inventory) }]);
});
afterAll(() => db?.close());

const plain = (rows: { project_id: string }[]) => rows.filter((r) => r.project_id.startsWith('plain_')).map((r) => r.project_id);

describe('the directory with projects that list no SDG link', () => {
	it('lists them only when asked, with no goals, and counts them in the total', async () => {
		const linked = await listProjects(db, { limit: 10_000 });
		expect(plain(linked.rows)).toEqual([]);
		const all = await listProjects(db, { limit: 10_000, withUnlinked: true });
		expect(plain(all.rows).sort()).toEqual(['plain_p-001', 'plain_p-002', 'plain_p-003', 'plain_p-004', 'plain_p-005', 'plain_p-006']);
		expect(all.total).toBe(linked.total + (await unlinkedProjectCount(db)));
		expect(all.rows.find((r) => r.project_id === 'plain_p-002')?.goals).toEqual([]);
	});

	it('keeps the project filters, and ignores the request under an SDG filter they cannot match', async () => {
		const ireland = await listProjects(db, { limit: 10_000, withUnlinked: true }, { ...emptyFilters, countries: ['IRL'] });
		expect(plain(ireland.rows)).toEqual(['plain_p-002']);
		const goal15 = await listProjects(db, { limit: 10_000, withUnlinked: true }, { ...emptyFilters, goals: [15] });
		expect(goal15).toEqual(await listProjects(db, { limit: 10_000 }, { ...emptyFilters, goals: [15] }));
	});

	it('are listed by the index as the database lists them: under the project filters, by every sort, never under an SDG filter', async () => {
		const index = (await extractOverviewIndex(db))!;
		expect(index.unfiltered.unlinked).toBe(6);
		const columns = await projectListColumns(db);
		for (const f of [emptyFilters, { ...emptyFilters, countries: ['IRL'] }, { ...emptyFilters, goals: [15] }])
			for (const sort of projectSorts)
				for (const descending of [false, true])
					for (const withUnlinked of [false, true]) {
						const options = { limit: 10_000, sort, descending, withUnlinked };
						expect(computeProjectList(index, columns, options, f), JSON.stringify([options, f])).toEqual(await listProjects(db, options, f));
					}
		// All six, each without goals.
		const all = computeProjectList(index, columns, { limit: 10_000, withUnlinked: true }, emptyFilters)!;
		expect(all.rows.filter((r) => r.goals.length === 0)).toHaveLength(6);
	});

	it('are placed on the map, the regions and the countries figure when asked, and counted by no SDG figure', async () => {
		const overview = await loadOverviewSql(db, inventoryYear);
		const all = overview.allProjects!;
		expect(all.projects).toBe(overview.projects + 6);
		const count = (rows: { iso3: string; projects: number }[], iso3: string) => rows.find((r) => r.iso3 === iso3)?.projects ?? 0;
		// The list names the United Kingdom twice, Ireland, the Netherlands, Belgium and France once each.
		for (const [iso3, more] of [
			['GBR', 2],
			['IRL', 1],
			['NLD', 1],
			['BEL', 1],
			['FRA', 1],
			['KEN', 0]
		] as const)
			expect(count(all.perCountry, iso3) - count(overview.perCountry, iso3), iso3).toBe(more);
		const europe = (rows: { region: string; projects: number }[]) => rows.find((r) => r.region === 'Europe')?.projects ?? 0;
		expect(europe(all.perRegion)).toBe(europe(overview.perRegion) + 6);
		// A project filter keeps its rules (the map drops the place filters, the countries figure does not); an SDG filter leaves nothing to add.
		const ireland = await loadOverviewSql(db, inventoryYear, { ...emptyFilters, countries: ['IRL'] });
		expect(ireland.allProjects!.projects).toBe(ireland.projects + 1);
		expect(ireland.allProjects!.perCountry).toEqual(all.perCountry);
		expect((await loadOverviewSql(db, inventoryYear, { ...emptyFilters, strengths: ['direct'] })).allProjects).toBeNull();
	});

	it('are placed by the index exactly as by the queries', async () => {
		const index = (await extractOverviewIndex(db))!;
		const states: Filters[] = [
			emptyFilters,
			{ ...emptyFilters, countries: ['GBR'] },
			{ ...emptyFilters, region: 'Europe', from: 2012 },
			{ ...emptyFilters, to: 2005 },
			{ ...emptyFilters, topics: ['birds'] },
			{ ...emptyFilters, goals: [14] }
		];
		for (const f of states) expect(computeOverview(index, inventoryYear, f), JSON.stringify(f)).toEqual(await loadOverviewSql(db, inventoryYear, f));
	});
});
