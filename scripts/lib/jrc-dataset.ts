/**
 * The European Commission JRC inventory of environmental citizen-science projects, published
 * beside the curated inventory: its three CSV files are vendored untouched in
 * data/sources/jrc-citsci-10004/ (checked against SHA256SUMS) and converted here, at build time,
 * by the app's own importer, exactly as a visitor's import of the same files would be. One thing
 * differs: the JRC study's 0/1/2 goal scores are its judgement, not evidence of use, so they keep
 * their own scale (scored-2, scored-1) instead of the curated direct / indirect.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { curatedOnlyFields, dataPackage, inventoryTables, type InventoryTable } from '../../src/lib/data/package.ts';
import { jrcScoreStrength } from '../../src/lib/domain/strength.ts';
import { csvRecords, parseCsv, toCsv } from '../../src/lib/format/csv.ts';
import { createCountryResolver, type CountryRecord } from '../../src/lib/import/countries.ts';
import { detectMapping } from '../../src/lib/import/mapping.ts';
import { normalise, type Framework, type Inventory } from '../../src/lib/import/normalise.ts';
import { readTable } from '../../src/lib/import/read.ts';

export const jrcSourceDir = 'data/sources/jrc-citsci-10004';
export const jrcFiles = ['1-projects-citsci.csv', '2-projects-citsci.csv', '3-projects-citsci.csv'];

/** The files are as published: a changed byte stops the build, naming the file. */
export function checkJrcSources(dir = jrcSourceDir): void {
	const sums = readFileSync(join(dir, 'SHA256SUMS'), 'utf8')
		.trim()
		.split('\n')
		.map((line) => line.split(/\s+/));
	for (const file of jrcFiles) {
		const expected = sums.find(([, name]) => name === file)?.[0];
		const actual = createHash('sha256')
			.update(readFileSync(join(dir, file)))
			.digest('hex');
		if (expected !== actual)
			throw new Error(
				`${join(dir, file)}: expected SHA-256 ${expected ?? '(not listed in SHA256SUMS)'}, found ${actual}; the vendored files must stay as published`
			);
	}
}

/** The countries an import resolves names against, from the package's countries table (also the import worker's reference). */
export function countryRecords(dataDir: string): CountryRecord[] {
	return csvRecords(parseCsv(readFileSync(join(dataDir, 'countries.csv'), 'utf8'))).map(({ iso3, iso2, m49, name }) => ({ iso3, iso2: iso2 ?? '', m49, name }));
}

export interface JrcConversion {
	/** Each inventory table as CSV text in the data package's columns (curated-only columns empty). */
	csv: Record<InventoryTable, string>;
	projects: number;
	/** Import issues (warnings only: an error would stop the build). */
	warnings: number;
}

/** Convert the three files with the importer the app runs in the browser. */
export async function convertJrc(dataDir = 'data', dir = jrcSourceDir): Promise<JrcConversion> {
	checkJrcSources(dir);
	const read = (name: string) => csvRecords(parseCsv(readFileSync(join(dataDir, name), 'utf8')));
	const countries = countryRecords(dataDir);
	const framework: Framework = {
		targets: new Set(read('sdg_targets.csv').map((t) => t.target)),
		indicators: new Set(read('sdg_indicators.csv').map((i) => i.indicator))
	};
	const all: Inventory = { projects: [], project_countries: [], contributions: [] };
	let warnings = 0;
	for (const [i, file] of jrcFiles.entries()) {
		const table = await readTable(file, new Uint8Array(readFileSync(join(dir, file))));
		const mapping = detectMapping(table.header, table.rows);
		const result = normalise(table, mapping, { datasetId: `jrc${i + 1}`, framework, countries: createCountryResolver(countries, {}) });
		const errors = result.issues.filter((issue) => issue.severity !== 'warning');
		if (errors.length) throw new Error(`${file}: the importer reported ${errors.length} errors, e.g. row ${errors[0].row}: ${errors[0].note}`);
		warnings += result.issues.length;
		all.projects.push(...result.inventory.projects);
		all.project_countries.push(...result.inventory.project_countries);
		all.contributions.push(...result.inventory.contributions);
	}
	const csv = {} as Record<InventoryTable, string>;
	for (const table of inventoryTables) {
		const fields = dataPackage.resources.find((r) => r.name === table)!.schema.fields.map((f) => f.name);
		const importedColumns = fields.filter((f) => !curatedOnlyFields[table].includes(f));
		const rows = all[table].map((row) => {
			const record = Object.fromEntries(importedColumns.map((name, k) => [name, row[k]]));
			if (table === 'contributions') record.strength = jrcScoreStrength(String(record.strength));
			return fields.map((name) => record[name] ?? null);
		});
		csv[table] = toCsv(fields, rows);
	}
	return { csv, projects: all.projects.length, warnings };
}

/** The crosswalk's JRC ids that the converted projects table lacks (a renumbered file, a typo). */
export function checkCrosswalk(dataDir: string, projectsCsv: string): string[] {
	const ids = new Set(csvRecords(parseCsv(projectsCsv)).map((p) => p.project_id));
	const crosswalk = csvRecords(parseCsv(readFileSync(join(dataDir, 'jrc_crosswalk.csv'), 'utf8')));
	return crosswalk.map((x) => x.jrc_project_id).filter((id) => !ids.has(id));
}
