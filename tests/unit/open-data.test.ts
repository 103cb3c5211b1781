/**
 * The open data release as the build writes it (scripts/lib/open-data.ts), read back with real
 * readers: the zip with fflate, JSON with JSON.parse, Parquet with hyparquet, XLSX with exceljs;
 * every checksum against the file on disk; the same data written twice give the same bytes; and
 * what stops the build (a version with no changelog entry, a formula-like CSV cell).
 */
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { unzipSync, strFromU8 } from 'fflate';
import { parquetReadObjects } from 'hyparquet';
import { beforeAll, describe, expect, it } from 'vitest';
import { dataPackage } from '../../src/lib/data/package';
import type { OpenDataCatalogue } from '../../src/lib/domain/open-data';
import { parseCsv } from '../../src/lib/format/csv';
import { readChangelog, writeOpenData } from '../../scripts/lib/open-data';

const site = 'https://sdg.example.org';
// A small second dataset in the JRC's place: two projects, as the importer writes them.
const jrc = { projects: readFileSync('tests/fixtures/mini/projects.csv', 'utf8').split('\n').slice(0, 3).join('\n') + '\n' };
const write = (staticDir: string, dataDir = 'data') => writeOpenData({ dataDir, pkg: dataPackage, jrc, staticDir, site });
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

let dir: string;
let catalogue: OpenDataCatalogue;
beforeAll(async () => {
	dir = mkdtempSync(join(tmpdir(), 'open-data-'));
	catalogue = await write(dir);
}, 60_000);

const files = () => [...catalogue.datasets.flatMap((d) => d.tables.flatMap((t) => t.files)), catalogue.release, catalogue.citation.cff];
const bytesOf = (path: string) => new Uint8Array(readFileSync(join(dir, path)));

describe('the open data release', () => {
	it('lists every table of the package and of the second dataset, with their rows', () => {
		const curated = catalogue.datasets[0].tables;
		expect(curated.map((t) => t.name)).toEqual(dataPackage.resources.map((r) => r.name));
		for (const r of dataPackage.resources)
			expect(curated.find((t) => t.name === r.name)!.rows, r.name).toBe(parseCsv(readFileSync(join('data', r.path), 'utf8')).rows.length);
		expect(catalogue.datasets[1].tables).toMatchObject([{ name: 'projects', rows: 2 }]);
		expect(catalogue.version).toBe(dataPackage.version);
		expect(catalogue.changelog[0].version).toBe(dataPackage.version);
	});

	it('says the size and SHA-256 of every file as written, and SHA256SUMS agrees', () => {
		for (const f of files()) {
			const bytes = bytesOf(f.path);
			expect(bytes.length, f.path).toBe(f.bytes);
			expect(sha256(bytes), f.path).toBe(f.sha256);
		}
		const sums = readFileSync(join(dir, 'data/downloads/SHA256SUMS'), 'utf8').trim().split('\n');
		expect(sums).toHaveLength(files().length);
		for (const f of files()) expect(sums).toContain(`${f.sha256}  ${f.path.slice('data/downloads/'.length)}`);
	});

	it('zips every data file unchanged, with the descriptor, README, changelog, citation and licence', () => {
		const zip = unzipSync(bytesOf(catalogue.release.path));
		const root = `${dataPackage.name}-${dataPackage.version}/`;
		for (const r of dataPackage.resources) expect(sha256(zip[root + r.path]), r.path).toBe(sha256(new Uint8Array(readFileSync(join('data', r.path)))));
		expect(JSON.parse(strFromU8(zip[`${root}datapackage.json`])).version).toBe(dataPackage.version);
		expect(strFromU8(zip[`${root}jrc/projects.csv`])).toBe(jrc.projects);
		expect(strFromU8(zip[`${root}README.md`])).toContain(`Version ${dataPackage.version}`);
		expect(strFromU8(zip[`${root}CITATION.cff`])).toContain(`version: "${dataPackage.version}"`);
		expect(strFromU8(zip[`${root}LICENSES/CC-BY-4.0.txt`])).toContain('Section 8 -- Interpretation.');
		expect(strFromU8(zip[`${root}CHANGELOG.md`])).toContain(`## ${dataPackage.version} (`);
	});

	it('writes each table as JSON, Parquet and XLSX that read back with the same rows and values', async () => {
		const contributions = catalogue.datasets[0].tables.find((t) => t.name === 'contributions')!;
		const csv = parseCsv(readFileSync('data/contributions.csv', 'utf8'));
		const first = Object.fromEntries(csv.header.map((h, i) => [h, csv.rows[0][i] === '' ? null : csv.rows[0][i]]));
		const path = (format: string) => contributions.files.find((f) => f.format === format)!.path;

		const json = JSON.parse(readFileSync(join(dir, path('json')), 'utf8')) as { data: object[] };
		expect(json.data).toHaveLength(csv.rows.length);
		expect(json.data[0]).toEqual(first);

		const parquet = await parquetReadObjects({ file: bytesOf(path('parquet')).buffer as ArrayBuffer });
		expect(parquet).toHaveLength(csv.rows.length);
		expect(parquet[0]).toEqual(first);

		const book = new ExcelJS.Workbook();
		await book.xlsx.load(bytesOf(path('xlsx')).buffer as ArrayBuffer);
		const sheet = book.getWorksheet('Data')!;
		expect(sheet.rowCount).toBe(csv.rows.length + 1);
		expect(sheet.getRow(2).getCell(1).value).toBe(first.project_id);
	});

	it('writes the same bytes for the same data', async () => {
		const again = await write(mkdtempSync(join(tmpdir(), 'open-data-')));
		expect(again).toEqual(catalogue);
	});

	it('writes the same bytes on a build machine in another timezone', async () => {
		const zone = process.env.TZ;
		process.env.TZ = 'Pacific/Kiritimati'; // UTC+14: the release's midnight is the day before in UTC
		try {
			expect(await write(mkdtempSync(join(tmpdir(), 'open-data-')))).toEqual(catalogue);
		} finally {
			if (zone === undefined) delete process.env.TZ;
			else process.env.TZ = zone;
		}
	});

	it("gives each dataset's files their own source and licence, and the app's version", () => {
		const metadata = (dataset: number) => {
			const file = catalogue.datasets[dataset].tables[0].files.find((f) => f.format === 'json')!;
			return (JSON.parse(readFileSync(join(dir, file.path), 'utf8')) as { metadata: Record<string, string> }).metadata;
		};
		const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
		const [curated, jrcFile] = [metadata(0), metadata(1)];
		expect(curated.licence).toBe('CC BY 4.0');
		expect(curated.source).toContain('curated inventory');
		expect(curated.source).not.toContain('Joint Research Centre');
		expect(jrcFile.source).toContain('Joint Research Centre');
		expect(jrcFile.source).not.toContain('curated inventory');
		expect(jrcFile.licence).toContain('© European Union');
		expect(jrcFile.licence).not.toContain('CC BY');
		for (const m of [curated, jrcFile]) {
			expect(m.appVersion).toBe(version);
			expect(m.dataVersion).toBe(dataPackage.version);
			expect(m.textHandling).toContain('unchanged');
		}
		expect(catalogue.datasets[1].description).toContain('(2 projects)');
	});

	it('cites the release by version and date at the open data page, in four forms', () => {
		const { text, bibtex, csl } = catalogue.citation;
		expect(text).toContain(`(version ${dataPackage.version}, ${catalogue.date})`);
		expect(text).toContain(`${site}/open-data`);
		// The version is kept in data/releases: the citation names its frozen files.
		expect(text).toContain(`This version's files: ${site}/releases/${dataPackage.version}/datapackage.json.`);
		expect(bibtex).toMatch(new RegExp(`version\\s+= \\{${dataPackage.version.replace(/\./g, '\\.')}\\}`));
		expect(JSON.parse(csl)[0]).toMatchObject({ type: 'dataset', version: dataPackage.version, URL: `${site}/open-data` });
		expect(readFileSync(join(dir, catalogue.citation.cff.path), 'utf8')).toContain(`date-released: "${catalogue.date}"`);
	});
});

describe('what stops the release', () => {
	it('a package version the changelog does not describe', () => {
		const log = readFileSync('data/CHANGELOG.md', 'utf8');
		expect(readChangelog(log, dataPackage.version)[0].changes.length).toBeGreaterThan(0);
		expect(() => readChangelog(log, '9.9.9')).toThrow(/newest entry is .*datapackage\.json is version 9\.9\.9/);
		expect(() => readChangelog('## 1.0 (yesterday)\n', '1.0.0')).toThrow(/is not "## <version> \(<yyyy-mm-dd>\)"/);
	});

	it('a CSV cell a spreadsheet would run as a formula, named by file, row and column', async () => {
		const data = mkdtempSync(join(tmpdir(), 'open-data-src-'));
		cpSync('data', data, { recursive: true });
		const projects = readFileSync(join(data, 'projects.csv'), 'utf8').split('\n');
		const cells = parseCsv(projects.slice(0, 2).join('\n')).rows[0];
		projects[1] = projects[1].replace(`,${cells[1]},`, ',=1+1,');
		writeFileSync(join(data, 'projects.csv'), projects.join('\n'));
		await expect(write(mkdtempSync(join(tmpdir(), 'open-data-')), data)).rejects.toThrow(
			/projects\.csv, row 2, column "name": .*starts as a spreadsheet formula/
		);
	});
});
