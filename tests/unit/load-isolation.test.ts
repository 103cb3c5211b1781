/**
 * Each imported dataset loads on its own: one whose stored copy is damaged (junk bytes, a cut-off
 * gzip, tables of another shape, a value that cannot be cast) is rolled back and named with its
 * cause, and the curated inventory and the intact imports load as if it were not there.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { openNodeDuckDB } from '../../src/lib/data/duckdb-node';
import { loadDataset, type LoadSelection } from '../../src/lib/data/load';
import { importLayout, inventoryTables } from '../../src/lib/data/package';
import { inventoryCsv } from '../../src/lib/import/dataset';
import { detectMapping } from '../../src/lib/import/mapping';
import { normalise } from '../../src/lib/import/normalise';
import { readTable } from '../../src/lib/import/read';
import { framework, resolverFor } from '../../src/lib/import/reference';

const dir = mkdtempSync(join(tmpdir(), 'citsci-isolation-'));

async function intactCsv(id: string) {
	const table = await readTable('inventory.csv', new Uint8Array(readFileSync('tests/fixtures/import/inventory.csv')));
	const mapping = detectMapping(table.header, table.rows);
	return inventoryCsv(normalise(table, mapping, { datasetId: id, framework, countries: resolverFor(mapping) }).inventory);
}

/** A dataset's tables as gzipped files, with `damage` applied to one of them (its projects by default). */
async function storedDataset(id: string, damage: (gz: Uint8Array, csv: string) => Uint8Array = (gz) => gz, table = 'projects', csvOf = id) {
	const csv = await intactCsv(csvOf);
	const files = Object.fromEntries(
		inventoryTables.map((t) => {
			const gz = new Uint8Array(gzipSync(csv[t]));
			const path = join(dir, `${id}-${t}.csv.gz`);
			writeFileSync(path, t === table ? damage(gz, csv[t]) : gz);
			return [t, path];
		})
	);
	return { id, title: `Dataset ${id}`, files, layout: importLayout };
}

async function load(selection: LoadSelection) {
	const db = await openNodeDuckDB();
	const outcome = await loadDataset(db, (r) => join('data', r.path), selection);
	const counts = await db.query<{ dataset: string; n: number }>(`SELECT dataset, count(*)::INTEGER AS n FROM projects GROUP BY ALL ORDER BY dataset`);
	const [{ links }] = await db.query<{ links: number }>(`SELECT count(*)::INTEGER AS links FROM contribution_links`);
	db.close();
	return { outcome, counts, links };
}

const damages: [string, (gz: Uint8Array, csv: string) => Uint8Array, RegExp][] = [
	['eight junk bytes', () => new Uint8Array([0, 1, 2, 3, 4, 5, 6, 7]), /damaged \(a part is not readable compressed data\)/],
	['a gzip cut off in the middle', (gz) => gz.slice(0, Math.floor(gz.length / 2)), /damaged|cut off|cannot be read/],
	['tables of another shape', () => new Uint8Array(gzipSync('a,b\n1,2\n')), /lack columns this version of the dashboard reads/],
	['a value that cannot be cast', (_gz, csv) => new Uint8Array(gzipSync(csv.replace(/,2012,/, ',twenty-twelve,'))), /values that cannot be read/]
];

describe('one damaged import', () => {
	it.each(damages)('with %s is skipped and named; the curated inventory and the intact import load', async (_name, damage, cause) => {
		const intact = await storedDataset('intact');
		const broken = await storedDataset('broken', damage);
		const { outcome, counts, links } = await load({ embedded: true, jrc: null, imported: [broken, intact] });
		expect(outcome.embedded).toBe(true);
		expect(outcome.failed).toHaveLength(1);
		expect(outcome.failed[0]).toMatchObject({ id: 'broken', title: 'Dataset broken', cause: expect.stringMatching(cause) });
		const expected = await load({ embedded: true, jrc: null, imported: [intact] });
		expect(counts).toEqual(expected.counts);
		expect(counts.map((c) => c.dataset)).toEqual(['embedded', 'intact']);
		expect(links).toBe(expected.links);
	});

	it('skips a copy that loads but would break the derived tables: an SDG code that is not one', async () => {
		// A goal-level link whose code is not a goal number would make the goal cast fail for everyone.
		const broken = await storedDataset(
			'codes',
			(_gz, csv) => new Uint8Array(gzipSync(csv.replace(/,14,goal,/, ',99999999999,goal,').replace(/,15,goal,/, ',zz,goal,'))),
			'contributions'
		);
		const { outcome, counts } = await load({ embedded: true, jrc: null, imported: [broken, await storedDataset('intact')] });
		expect(outcome.failed).toEqual([
			{ id: 'codes', title: 'Dataset codes', cause: expect.stringMatching(/SDG codes, levels, strengths or evidence types the dashboard does not know/) }
		]);
		expect(counts.map((c) => c.dataset)).toEqual(['embedded', 'intact']);
	});

	it('skips a copy whose links name an evidence type the dashboard does not know', async () => {
		// The pages look each type's label up: an unknown one would break every page that lists the link.
		const broken = await storedDataset(
			'kinds',
			(_gz, csv) => {
				const lines = csv.split('\n');
				lines[1] = lines[1].replace(/^([^,]*,[^,]*,[^,]*,[^,]*),[^,]*,/, '$1,gossip,');
				return new Uint8Array(gzipSync(lines.join('\n')));
			},
			'contributions'
		);
		const { outcome } = await load({ embedded: true, jrc: null, imported: [broken, await storedDataset('intact')] });
		expect(outcome.failed).toEqual([
			{
				id: 'kinds',
				title: 'Dataset kinds',
				cause: expect.stringMatching(/^Its stored links hold 1 SDG code, level, strength or evidence type the dashboard does not know/)
			}
		]);
	});

	it('skips a copy whose project ids another dataset already has', async () => {
		// The same stored tables under a second dataset: its project ids carry the first one's prefix.
		const twin = await storedDataset('twin', undefined, 'projects', 'intact');
		const { outcome, counts } = await load({ embedded: true, jrc: null, imported: [await storedDataset('intact'), twin] });
		expect(outcome.failed).toEqual([{ id: 'twin', title: 'Dataset twin', cause: expect.stringMatching(/clash with 4 projects already loaded/) }]);
		expect(counts).toEqual([
			{ dataset: 'embedded', n: expect.any(Number) },
			{ dataset: 'intact', n: 4 }
		]);
	});

	it('falls back to the curated inventory when every import shown instead of it fails', async () => {
		const broken = await storedDataset('broken', () => new Uint8Array([1, 2, 3]));
		const { outcome, counts } = await load({ embedded: false, jrc: null, imported: [broken] });
		expect(outcome).toMatchObject({ embedded: true, failed: [{ id: 'broken' }] });
		expect(counts.map((c) => c.dataset)).toEqual(['embedded']);
	});

	it('loads an intact import alone when the curated inventory is not shown', async () => {
		const { outcome, counts } = await load({ embedded: false, jrc: null, imported: [await storedDataset('intact')] });
		expect(outcome).toEqual({ embedded: false, failed: [] });
		expect(counts).toEqual([{ dataset: 'intact', n: 4 }]);
	});
});
