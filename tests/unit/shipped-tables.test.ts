/**
 * The build ships the default view's tables as one DuckDB database file (scripts/lib/write-shipped-tables.ts)
 * and the browser's duckdb-wasm attaches it instead of reading CSV and deriving tables. Here
 * duckdb-wasm itself loads both ways, side by side in one engine, and every table must hold the same
 * rows (EXCEPT ALL both ways) with the same columns, types and NULL rules: read in place (no
 * import: derived tables shipped), copied into a compressed catalog (as a large inventory is when
 * imports join it), and with an import beside them (derived tables rebuilt). The overview index read
 * from the attached file must be the shipped index file, byte for byte.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jrcTablePath, loadDataset, type ImportedInventory, type JrcTables } from '../../src/lib/data/load';
import { dataPackage, derivedSql, derivedTables, inventoryTables } from '../../src/lib/data/package';
import { checkManifest, shippedTablesDir, shippedTablesRestorer } from '../../src/lib/data/shipped-tables';
import { overviewIndex } from '../../src/lib/queries/overview';
import { encodeOverviewIndex } from '../../src/lib/queries/overview-index/wire';
import { inventoryCsv } from '../../src/lib/import/dataset';
import { detectMapping } from '../../src/lib/import/mapping';
import { normalise } from '../../src/lib/import/normalise';
import { readTable } from '../../src/lib/import/read';
import { framework, resolverFor } from '../../src/lib/import/reference';
import summary from '../../src/lib/generated/summary.json';
import { openWasmEngine, type WasmEngine } from '../wasm-engine';

const tablesDir = join('static/data', shippedTablesDir);
const manifest = checkManifest(JSON.parse(readFileSync(join(tablesDir, summary.tables), 'utf8')));

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

/**
 * Load the default view (with `imports`) into a fresh catalog named `catalog`: from the CSV files;
 * or from the shipped database file, as the browser does: attached read-only as that catalog and
 * read in place with no import, copied into that catalog with one.
 */
async function loadInto(
	catalog: string,
	from: 'csv' | 'database',
	imports: ImportedInventory[] = [],
	compress = false,
	shipped = { manifest, dir: tablesDir }
) {
	const inPlace = from === 'database' && imports.length === 0;
	const file = inPlace ? catalog : `${catalog}_file`;
	if (from === 'database') {
		engine.registerFile(`${file}.duckdb`, new Uint8Array(readFileSync(join(shipped.dir, shipped.manifest.database))));
		await engine.query(`ATTACH '${file}.duckdb' AS ${file} (READ_ONLY)`);
	}
	if (!inPlace) await engine.query(`ATTACH ':memory:' AS ${catalog}${compress ? ' (COMPRESS)' : ''}`);
	await engine.query(`USE ${catalog}`);
	const published = from === 'database' ? shippedTablesRestorer(engine, shipped.manifest, file) : undefined;
	const outcome = await loadDataset(engine, (r) => r.path, { embedded: true, jrc, imported: imports }, published);
	if (from === 'database' && !inPlace) await engine.query(`DETACH ${file}`);
	return outcome;
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

	it('attached, are the very tables duckdb-wasm derives from the CSV files, macros included', async () => {
		const outcome = await loadInto('from_file', 'database');
		expect(outcome).toEqual({ embedded: true, failed: [] });
		await expectSameTables('from_csv', 'from_file');
		const key = (catalog: string) => engine.query(`SELECT ${catalog}.main.sdg_key('15.1.1') AS k`);
		expect(await key('from_file')).toEqual(await key('from_csv'));
	});

	it('copied into a compressed catalog, as a large inventory is when imports join it, give the same', async () => {
		// No import here, so that the tables compare with the CSV-derived ones; the restore copies when not deriving in place.
		engine.registerFile('compressed_file.duckdb', new Uint8Array(readFileSync(join(tablesDir, manifest.database))));
		await engine.query(`ATTACH 'compressed_file.duckdb' AS compressed_file (READ_ONLY)`);
		await engine.query(`ATTACH ':memory:' AS compressed (COMPRESS)`);
		await engine.query(`USE compressed`);
		await shippedTablesRestorer(engine, manifest, 'compressed_file').restore(false);
		for (const statement of derivedSql) await engine.query(statement);
		await engine.query(`DETACH compressed_file`);
		await expectSameTables('from_csv', 'compressed');
	});

	it('are refused when the file lacks a table its manifest lists', async () => {
		const broken = { ...manifest, tables: [...manifest.tables, { ...manifest.tables[0], name: 'missing_table' }] };
		await expect(loadInto('from_broken', 'database', [], false, { manifest: broken, dir: tablesDir })).rejects.toThrow(/manifest lists .*missing_table/);
	});

	it('with an import beside them, give what the CSV files give (derived tables rebuilt over both)', async () => {
		expect((await loadInto('csv_import', 'csv', [imported])).failed).toEqual([]);
		expect((await loadInto('file_import', 'database', [imported])).failed).toEqual([]);
		const [{ n }] = await engine.query<{ n: number }>(`SELECT count(*)::INTEGER AS n FROM file_import.main.projects WHERE dataset = 'mine'`);
		expect(n).toBeGreaterThan(0);
		await expectSameTables('csv_import', 'file_import');
	});

	it('are the file the manifest names, with its SHA-256', () => {
		const bytes = readFileSync(join(tablesDir, manifest.database));
		expect(manifest.database).toBe(`published.${createHash('sha256').update(bytes).digest('hex').slice(0, 12)}.duckdb`);
		expect(manifest.integrity).toBe(`sha256-${createHash('sha256').update(bytes).digest('base64')}`);
	});

	it('give the overview index the build shipped, byte for byte', async () => {
		await engine.query(`USE from_file`);
		const index = await overviewIndex(engine);
		expect(index).not.toBeNull();
		const shipped = new Uint8Array(readFileSync(join('static/data', summary.overviewIndex!)));
		expect(Buffer.from(encodeOverviewIndex(index!)).equals(Buffer.from(shipped))).toBe(true);
	});
});

describe('a manifest the loader refuses', () => {
	const good = manifest.tables[0];
	it.each([
		['another layout', { ...manifest, format: 1 }, /layout this version does not read/],
		['a table name that is not a plain name', { ...manifest, tables: [{ ...good, name: 'projects"; DROP TABLE x; --' }] }, /lowercase letters and _ expected/],
		['a database file outside its folder', { ...manifest, database: '../../secret.duckdb' }, /published\.<12 hex>\.duckdb expected/],
		[
			'a database file name that would end the statement',
			{ ...manifest, database: "published.0123456789ab.duckdb' AS x; --" },
			/published\.<12 hex>\.duckdb expected/
		],
		['no SHA-256', { ...manifest, integrity: 'sha1-abc' }, /sha256-<base64> expected/],
		[
			'a column type it does not carry',
			{ ...manifest, tables: [{ ...good, columns: [{ name: 'x', type: 'BLOB', nullable: true }] }] },
			/one of VARCHAR, INTEGER, DOUBLE, BIGINT expected/
		]
	])('with %s', (_name, value, message) => {
		expect(() => checkManifest(value)).toThrow(message);
	});
});
