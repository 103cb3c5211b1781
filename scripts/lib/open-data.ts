/**
 * The open data release, written by the build: every published table as CSV, JSON, Parquet and
 * XLSX (the same writers as the site's exports, so JSON and Parquet keep raw values and XLSX
 * neutralises formula-like text), the whole release as one zip (tables, datapackage.json, README,
 * CITATION.cff, licence texts), and the catalogue the /open-data page shows (sizes, SHA-256,
 * schemas, changelog). Dates inside the files are the release's, so a rebuild of the same data
 * writes the same bytes.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8, unzipSync, zipSync } from 'fflate';
import type { DataPackage } from '../../src/lib/data/package.ts';
import type { ChangelogEntry, Download, DownloadFormat, OpenDataCatalogue, PublishedDataset, PublishedTable } from '../../src/lib/domain/open-data.ts';
import { tableToJson } from '../../src/lib/export/json.ts';
import { tableToParquet } from '../../src/lib/export/parquet.ts';
import { metadataFor, type ColumnType, type ExportTable } from '../../src/lib/export/table.ts';
import { tableToXlsx } from '../../src/lib/export/xlsx.ts';
import { parseCsv } from '../../src/lib/format/csv.ts';
import { spreadsheetText } from '../../src/lib/format/escape.ts';
import { datasetCitation } from './open-data-citation.ts';
import { typedRecords } from './typed-records.ts';
import { datasetsAbout, type FileProvenance } from './open-data-datasets.ts';

/** Where the downloads go, under static/ (and so under the site's root). */
export const downloadsPath = 'data/downloads';

/** The changelog's entries, newest first; the build stops when the package's version has none. */
export function readChangelog(text: string, version: string): ChangelogEntry[] {
	const entries: ChangelogEntry[] = [];
	for (const line of text.split('\n')) {
		const heading = /^## (\d+\.\d+\.\d+) \((\d{4}-\d{2}-\d{2})\)\s*$/.exec(line);
		if (heading) entries.push({ version: heading[1], date: heading[2], changes: [] });
		else if (line.startsWith('## ')) throw new Error(`data/CHANGELOG.md: "${line}" is not "## <version> (<yyyy-mm-dd>)"`);
		else if (line.startsWith('- ') && entries.length) entries[entries.length - 1].changes.push(line.slice(2).trim());
	}
	if (entries[0]?.version !== version)
		throw new Error(
			`data/CHANGELOG.md: its newest entry is ${entries[0]?.version ?? 'missing'}, but datapackage.json is version ${version}; add "## ${version} (<date>)" with what changed`
		);
	return entries;
}

interface TableSource {
	name: string;
	title: string;
	csv: string;
	fields: { name: string; type: string; description?: string }[];
}

const columnType = (type: string): ColumnType => (type === 'integer' ? 'integer' : type === 'number' ? 'number' : 'string');

/**
 * The CSV's rows as typed records, by the table's schema (empty cells as null). The release's CSV
 * files are the data package's own, published as they are; so that they are as safe to open in a
 * spreadsheet as the neutralised exports, a text cell a spreadsheet would run as a formula stops
 * the build, named by file, row and column.
 */
function records(source: TableSource): object[] {
	const table = parseCsv(source.csv);
	table.rows.forEach((cells, r) =>
		cells.forEach((cell, c) => {
			if (cell !== '' && Number.isNaN(Number(cell)) && spreadsheetText(cell) !== cell)
				throw new Error(
					`${source.name}.csv, row ${r + 2}, column "${table.header[c]}": ${JSON.stringify(cell.slice(0, 40))} starts as a spreadsheet formula would; expected text that does not`
				);
		})
	);
	return typedRecords(source.csv, source.fields);
}

/**
 * A zip entry's time for the release's date. Zip entries hold a local date and time with no zone,
 * which fflate fills from the Date's local parts: a Date made from local parts writes the same bytes
 * on a build machine in any timezone.
 */
export function zipTime(date: string): Date {
	const [year, month, day] = date.split('-').map(Number);
	return new Date(year, month - 1, day);
}

/** An XLSX (a zip) with every entry dated the release's day: exceljs dates them at the moment of writing. */
function sameTimes(xlsx: Uint8Array, date: string): Uint8Array {
	const mtime = zipTime(date);
	return zipSync(Object.fromEntries(Object.entries(unzipSync(xlsx)).map(([name, bytes]) => [name, [bytes, { mtime }]])));
}

/** The app's version from package.json: the build runs outside Vite, which injects it into the site. */
const buildAppVersion = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version;

/**
 * What a release file's metadata says of its text. Unlike the site's exports, the release's CSV files
 * are the package's own, unchanged: the build refuses a cell a spreadsheet would run as a formula.
 */
const releaseTextHandling =
	'CSV: the data package’s own file, unchanged; the build refuses any text cell a spreadsheet could run as a formula. ' +
	'XLSX: such text would be prefixed with an apostrophe. JSON and Parquet: text kept exactly as stored.';

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** Write one table in every format; returns its catalogue entry and its CSV bytes for the zip. */
async function writeTable(source: TableSource, dir: string, prefix: string, release: Release, provenance: FileProvenance) {
	const columns = source.fields.map((f) => ({ name: f.name, type: columnType(f.type) }));
	const rows = records(source);
	const table: ExportTable = {
		name: source.name,
		title: source.title,
		columns,
		rows,
		filters: { description: '', query: '' },
		url: `${release.site}/open-data`
	};
	const metadata = {
		...metadataFor(table, release.citation, new Date(`${release.date}T00:00:00Z`), provenance),
		appVersion: buildAppVersion,
		textHandling: releaseTextHandling
	};
	const outputs: [DownloadFormat, Uint8Array][] = [
		['csv', strToU8(source.csv)],
		['json', strToU8(tableToJson(table, metadata))],
		['parquet', new Uint8Array(tableToParquet(table, metadata))],
		['xlsx', sameTimes(new Uint8Array(await tableToXlsx(table, metadata)), release.date)]
	];
	const files: Download[] = outputs.map(([format, bytes]) => {
		const file = `${prefix}${source.name}.${format}`;
		writeFileSync(join(dir, file), bytes);
		return { format, path: `${downloadsPath}/${file}`, bytes: bytes.length, sha256: sha256(bytes) };
	});
	const entry: PublishedTable = { name: source.name, title: source.title, rows: rows.length, fields: source.fields, files };
	return entry;
}

/** The release a table belongs to. */
interface Release {
	site: string;
	date: string;
	citation: string;
}

export interface OpenDataInput {
	dataDir: string;
	pkg: DataPackage;
	/** The JRC inventory's tables as the build converted them (typed like the package's tables of the same name). */
	jrc: Record<string, string>;
	/** Where static/ is. */
	staticDir: string;
	site: string;
}

export async function writeOpenData({ dataDir, pkg, jrc, staticDir, site }: OpenDataInput): Promise<OpenDataCatalogue> {
	const changelog = readChangelog(readFileSync(join(dataDir, 'CHANGELOG.md'), 'utf8'), pkg.version);
	const date = changelog[0].date;
	// A citation of a kept release names its frozen files, which stay at their address unchanged.
	const citation = datasetCitation(pkg, date, site, existsSync(join(dataDir, 'releases', pkg.version, 'datapackage.json')));
	const dir = join(staticDir, downloadsPath);
	rmSync(dir, { recursive: true, force: true });
	mkdirSync(dir, { recursive: true });
	const release = { site, date, citation: citation.text };

	const about = datasetsAbout(pkg, parseCsv(jrc.projects ?? '').rows.length);
	const curated: PublishedTable[] = [];
	for (const r of pkg.resources) {
		const source = { name: r.name, title: r.title ?? r.name, csv: readFileSync(join(dataDir, r.path), 'utf8'), fields: r.schema.fields };
		curated.push(await writeTable(source, dir, '', release, about.curated.provenance));
	}
	const jrcTables: PublishedTable[] = [];
	for (const [name, csv] of Object.entries(jrc)) {
		const schema = pkg.resources.find((r) => r.name === name)?.schema.fields ?? [];
		const fields = parseCsv(csv).header.map((h) => schema.find((f) => f.name === h) ?? { name: h, type: 'string' });
		const source = { name, title: `JRC inventory: ${name.replace(/_/g, ' ')}`, csv, fields };
		jrcTables.push(await writeTable(source, dir, 'jrc-', release, about.jrc.provenance));
	}

	const cff = strToU8(citation.cff);
	writeFileSync(join(dir, 'CITATION.cff'), cff);
	const licence = readFileSync(join(dataDir, 'licences/CC-BY-4.0.txt'));
	const stem = `${pkg.name}-${pkg.version}`;
	// Fixed times inside the zip: the same release zips to the same bytes.
	const mtime = zipTime(date);
	const entry = (bytes: Uint8Array) => [bytes, { mtime }] as [Uint8Array, { mtime: Date }];
	// Flat paths: a nested object would make fflate add a folder entry dated now.
	const contents: Record<string, Uint8Array> = {
		'datapackage.json': readFileSync(join(dataDir, 'datapackage.json')),
		...Object.fromEntries(pkg.resources.map((r) => [r.path, readFileSync(join(dataDir, r.path))])),
		...Object.fromEntries(Object.entries(jrc).map(([name, csv]) => [`jrc/${name}.csv`, strToU8(csv)])),
		'README.md': strToU8(releaseReadme(pkg, date, citation.text, site)),
		'CHANGELOG.md': readFileSync(join(dataDir, 'CHANGELOG.md')),
		'CITATION.cff': cff,
		'LICENSES/CC-BY-4.0.txt': licence
	};
	const zip = zipSync(Object.fromEntries(Object.entries(contents).map(([name, bytes]) => [`${stem}/${name}`, entry(bytes)])));
	writeFileSync(join(dir, `${stem}.zip`), zip);

	const releaseFile: Download = { format: 'zip', path: `${downloadsPath}/${stem}.zip`, bytes: zip.length, sha256: sha256(zip) };
	const cffFile: Download = { format: 'cff', path: `${downloadsPath}/CITATION.cff`, bytes: cff.length, sha256: sha256(cff) };
	// `sha256sum -c SHA256SUMS` in the downloads folder checks every file.
	const every = [...curated, ...jrcTables].flatMap((t) => t.files).concat(releaseFile, cffFile);
	writeFileSync(join(dir, 'SHA256SUMS'), every.map((f) => `${f.sha256}  ${f.path.slice(downloadsPath.length + 1)}\n`).join(''));

	const datasets: PublishedDataset[] = [
		{ ...about.curated.dataset, tables: curated },
		{ ...about.jrc.dataset, tables: jrcTables }
	];
	return {
		name: pkg.name,
		title: pkg.title,
		version: pkg.version,
		date,
		datasets,
		release: releaseFile,
		changelog,
		citation: {
			text: citation.text,
			bibtex: citation.bibtex,
			csl: citation.csl,
			cff: { format: 'cff', path: `${downloadsPath}/CITATION.cff`, bytes: cff.length, sha256: sha256(cff) }
		}
	};
}

function releaseReadme(pkg: DataPackage, date: string, citation: string, site: string): string {
	return [
		`# ${pkg.title}`,
		'',
		`Version ${pkg.version} of ${date}. ${pkg.description ?? ''}`,
		'',
		'`datapackage.json` describes every table (a Frictionless tabular data package: fields, types, constraints, sources). `jrc/` holds the European Commission JRC inventory as the site converts it. `CHANGELOG.md` says what each release changed.',
		'',
		`Licence: ${pkg.licenses.map((l) => `${l.title ?? l.name} (${l.path})`).join('; ')}; the text is in LICENSES/. The JRC inventory: © European Union, reuse authorised with acknowledgement of the source.`,
		'',
		`Cite as: ${citation}`,
		'',
		`Browse and filter these data at ${site}/ ; every release is listed at ${site}/open-data.`,
		''
	].join('\n');
}
