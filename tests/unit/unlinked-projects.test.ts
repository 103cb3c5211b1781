/**
 * Projects without an SDG link are not invisible: the directory can list them beside the linked
 * ones (real DuckDB, an imported list with no SDG column beside the curated inventory), under the
 * project filters, never under an SDG filter they cannot match; the shipped index leaves such a
 * list to the database rather than answer it without them.
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

	it('is left to the database by the index when there are unlinked projects to list', async () => {
		const index = (await extractOverviewIndex(db))!;
		expect(index.unfiltered.unlinked).toBe(6);
		const columns = await projectListColumns(db);
		// Without unlinked projects asked for, the index answers, and as the database does.
		expect(computeProjectList(index, columns, { limit: 10_000 }, emptyFilters)).toEqual(await listProjects(db, { limit: 10_000 }));
		expect(computeProjectList(index, columns, { limit: 10_000, withUnlinked: true }, emptyFilters)).toBeNull();
		expect(computeProjectList(index, columns, { limit: 10_000, withUnlinked: true }, { ...emptyFilters, goals: [15] })).not.toBeNull();
	});
});
