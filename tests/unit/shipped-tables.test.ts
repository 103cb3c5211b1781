/**
 * The build ships the default view's tables as Arrow streams (scripts/lib/write-shipped-tables.ts)
 * and the browser's duckdb-wasm starts from them instead of reading CSV and deriving tables. Here
 * duckdb-wasm itself loads both ways, side by side in one engine, and every table must hold the same
 * rows (EXCEPT ALL both ways) with the same columns, types and NULL rules: with no import (derived
 * tables shipped), compressed in memory (as a large inventory is), and with an import beside them
 * (derived tables rebuilt). The overview index read from the Arrow-loaded engine must be the
 * shipped index file, byte for byte.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jrcTablePath, loadDataset, type ImportedInventory, type JrcTables } from '../../src/lib/data/load';
import { dataPackage, derivedTables, inventoryTables } from '../../src/lib/data/package';
import { checkManifest, shippedTablesDir, shippedTablesRestorer, tablesToFetch, type ShippedTablesManifest } from '../../src/lib/data/shipped-tables';
import { overviewIndex } from '../../src/lib/queries/overview';
import { encodeOverviewIndex } from '../../src/lib/queries/overview-index/wire';
import { inventoryCsv } from '../../src/lib/import/dataset';
import { detectMapping } from '../../src/lib/import/mapping';
import { normalise } from '../../src/lib/import/normalise';
import { readTable } from '../../src/lib/import/read';
import { framework, resolverFor } from '../../src/lib/import/reference';
import summary from '../../src/lib/generated/summary.json';
import { openWasmEngine, type WasmEngine } from '../wasm-engine';
import { openPublishedInNode } from '../../src/lib/data/duckdb-node';
import { writeShippedTables } from '../../scripts/lib/write-shipped-tables';

const tablesDir = join('static/data', shippedTablesDir);
const manifest = checkManifest(JSON.parse(readFileSync(join(tablesDir, summary.tables), 'utf8')));
const bytesOf = (m: ShippedTablesManifest, derived: boolean, dir = tablesDir) =>
	new Map(tablesToFetch(m, derived).map((t) => [t.name, t.parts.map((part) => new Uint8Array(readFileSync(join(dir, part))))]));

let engine: WasmEngine;
let imported: ImportedInventory;

beforeAll(async () => {
	engine = await openWasmEngine();
	// The CSV files under the names the browser registers them by.
	for (const r of dataPackage.resources) engine.registerFile(r.path, new Uint8Array(readFileSync(join('data', r.path))));
	for (const t of inventoryTables) engine.registerFile(jrcTablePath(t), new Uint8Array(readFileSync(join('static/data', jrcTablePath(t)))));
	const table = await readTable('inventory.csv', new Uint8Array(readFileSync('tests/fixtures/import/inventory.csv')));
	const mapping = detectMapping(table.header, table.rows);
	const csv = inventoryCsv(normalise(table, mapping, { datasetId: 'mine', framework, countries: resolverFor(mapping) }).inventory);
	const files: Record<string, string> = {};
	for (const t of inventoryTables) {
		files[t] = `imported/mine/${t}.csv.gz`;
		engine.registerFile(files[t], new Uint8Array(gzipSync(csv[t])));
	}
	imported = { id: 'mine', title: 'Mine', files };
});
afterAll(() => engine?.close());

const jrc = Object.fromEntries(inventoryTables.map((t) => [t, jrcTablePath(t)])) as JrcTables;

/** Load the default view (with `imports`) into a fresh catalog: from the CSV files, or from the shipped tables. */
async function loadInto(catalog: string, from: 'csv' | 'arrow', imports: ImportedInventory[] = [], compress = false, shipped = { manifest, dir: tablesDir }) {
	await engine.query(`ATTACH ':memory:' AS ${catalog}${compress ? ' (COMPRESS)' : ''}`);
	await engine.query(`USE ${catalog}`);
	const published =
		from === 'arrow'
			? shippedTablesRestorer(engine, shipped.manifest, bytesOf(shipped.manifest, imports.length === 0, shipped.dir), engine.insertArrow)
			: undefined;
	return loadDataset(engine, (r) => r.path, { embedded: true, jrc, imported: imports }, published);
}

async function columns(catalog: string, table: string) {
	return engine.query(
		`SELECT column_name, data_type, is_nullable FROM information_schema.columns WHERE table_catalog = ? AND table_name = ? ORDER BY ordinal_position`,
		[catalog, table]
	);
}

/** Rows in `a`'s table and not in `b`'s, counting repeats. */
async function missing(a: string, b: string, table: string) {
	const [{ n }] = await engine.query<{ n: number }>(
		`SELECT count(*)::INTEGER AS n FROM (SELECT * FROM ${a}.main."${table}" EXCEPT ALL SELECT * FROM ${b}.main."${table}")`
	);
	return n;
}

async function expectSameTables(a: string, b: string) {
	const names = (catalog: string) => engine.query<{ t: string }>(`SELECT table_name AS t FROM duckdb_tables() WHERE database_name = ? ORDER BY 1`, [catalog]);
	expect(await names(b)).toEqual(await names(a));
	for (const { name } of manifest.tables) {
		expect(await columns(b, name), name).toEqual(await columns(a, name));
		expect(await missing(a, b, name), `${name}: rows only in ${a}`).toBe(0);
		expect(await missing(b, a, name), `${name}: rows only in ${b}`).toBe(0);
	}
}

describe('the shipped tables', () => {
	it('list every table of the default view, the derived ones marked', async () => {
		await loadInto('from_csv', 'csv');
		const [{ n }] = await engine.query<{ n: number }>(`SELECT count(*)::INTEGER AS n FROM duckdb_tables() WHERE database_name = 'from_csv'`);
		expect(manifest.tables).toHaveLength(n);
		expect(
			manifest.tables
				.filter((t) => t.derived)
				.map((t) => t.name)
				.sort()
		).toEqual([...derivedTables].sort());
		expect(manifest.dataVersion).toBe(dataPackage.version);
		for (const t of manifest.tables) {
			const [{ rows }] = await engine.query<{ rows: number }>(`SELECT count(*)::INTEGER AS rows FROM from_csv.main."${t.name}"`);
			expect(rows, t.name).toBe(t.rows);
		}
	});

	it('load into duckdb-wasm as the very tables it derives from the CSV files', async () => {
		const outcome = await loadInto('from_arrow', 'arrow');
		expect(outcome).toEqual({ embedded: true, failed: [] });
		await expectSameTables('from_csv', 'from_arrow');
	});

	it('load the same into a compressed catalog', async () => {
		await loadInto('compressed', 'arrow', [], true);
		await expectSameTables('from_csv', 'compressed');
	});

	it('written in parts (here of 500 rows), load the same, in the same order', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'shipped-parts-'));
		const native = await openPublishedInNode('data', 'static/data');
		const partsManifest = checkManifest(JSON.parse(readFileSync(join(dir, await writeShippedTables(native, dir, 'test', 500)), 'utf8')));
		native.close();
		const links = partsManifest.tables.find((t) => t.name === 'contribution_links')!;
		expect(links.parts.length).toBe(Math.ceil(links.rows / 500));
		await loadInto('from_parts', 'arrow', [], false, { manifest: partsManifest, dir });
		await expectSameTables('from_csv', 'from_parts');
		const order = (catalog: string) => engine.query(`SELECT project_id, sdg_code, listed_as FROM ${catalog}.main.contribution_links`);
		expect(await order('from_parts')).toEqual(await order('from_arrow'));
	});

	it('with an import beside them, give what the CSV files give (derived tables rebuilt over both)', async () => {
		expect((await loadInto('csv_import', 'csv', [imported])).failed).toEqual([]);
		expect((await loadInto('arrow_import', 'arrow', [imported])).failed).toEqual([]);
		const [{ n }] = await engine.query<{ n: number }>(`SELECT count(*)::INTEGER AS n FROM arrow_import.main.projects WHERE dataset = 'mine'`);
		expect(n).toBeGreaterThan(0);
		await expectSameTables('csv_import', 'arrow_import');
	});

	it('give the overview index the build shipped, byte for byte', async () => {
		await engine.query(`USE from_arrow`);
		const index = await overviewIndex(engine);
		expect(index).not.toBeNull();
		const shipped = new Uint8Array(readFileSync(join('static/data', summary.overviewIndex!)));
		expect(Buffer.from(encodeOverviewIndex(index!)).equals(Buffer.from(shipped))).toBe(true);
	});
});

describe('a manifest the loader refuses', () => {
	const good = manifest.tables[0];
	it.each([
		['another layout', { ...manifest, format: 2 }, /layout this version does not read/],
		['a table name that is not a plain name', { ...manifest, tables: [{ ...good, name: 'projects"; DROP TABLE x; --' }] }, /lowercase letters and _ expected/],
		['a part outside its folder', { ...manifest, tables: [{ ...good, parts: ['../../secret.arrows'] }] }, /name\.<12 hex>\.arrows expected/],
		[
			'a column type it does not carry',
			{ ...manifest, tables: [{ ...good, columns: [{ name: 'x', type: 'BLOB', nullable: true }] }] },
			/one of VARCHAR, INTEGER, DOUBLE, BIGINT expected/
		]
	])('with %s', (_name, value, message) => {
		expect(() => checkManifest(value)).toThrow(message);
	});
});
