/**
 * Writes the static API under static/api/v1/: per collection a list (JSON, and CSV: the published
 * table itself), one JSON document per record, every contribution, and the OpenAPI document that
 * describes them all. Returns what the API's documentation page shows.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DataPackage } from '../../../src/lib/data/package.ts';
import type { ApiCatalogue } from '../../../src/lib/domain/api.ts';
import { typedRecords, type SchemaField } from '../typed-records.ts';
import { collections, namedContributions, type Tables } from './endpoints.ts';
import { apiVersion, openApiDocument } from './openapi.ts';

export const apiPath = 'api/v1';

export interface ApiInput {
	dataDir: string;
	pkg: DataPackage;
	staticDir: string;
	site: string;
	/** The release's date (the changelog's newest entry). */
	date: string;
	citation: string;
}

export function writeApi({ dataDir, pkg, staticDir, site, date, citation }: ApiInput): ApiCatalogue {
	const csv = Object.fromEntries(pkg.resources.map((r) => [r.name, readFileSync(join(dataDir, r.path), 'utf8')]));
	const fields: Record<string, SchemaField[]> = Object.fromEntries(pkg.resources.map((r) => [r.name, r.schema.fields as SchemaField[]]));
	const tables: Tables = Object.fromEntries(pkg.resources.map((r) => [r.name, typedRecords(csv[r.name], fields[r.name])]));
	const all = collections(tables);
	const licence = { name: pkg.licenses[0]?.title ?? pkg.licenses[0]?.name ?? '', url: pkg.licenses[0]?.path ?? '' };
	const meta = {
		api: 'v1',
		dataVersion: pkg.version,
		date,
		dataset: pkg.title,
		licence: licence.name,
		licenceUrl: licence.url,
		citation,
		values: 'Exactly as stored: text is never prefixed for spreadsheets (the open data page has neutralised spreadsheet downloads).',
		documentation: `${site}/open-data/api`
	};
	const json = (data: unknown) => JSON.stringify({ meta, data }) + '\n';

	const dir = join(staticDir, apiPath);
	rmSync(dir, { recursive: true, force: true });
	mkdirSync(dir, { recursive: true });
	for (const c of all) {
		const unsafe = [...c.items.keys()].find((id) => !/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(id));
		if (unsafe !== undefined)
			throw new Error(`${c.table}.csv: ${c.key} ${JSON.stringify(unsafe)} cannot name a file of the API; expected letters, digits, ".", "_" or "-"`);
		writeFileSync(join(dir, `${c.name}.json`), json(c.list));
		writeFileSync(join(dir, `${c.name}.csv`), csv[c.table]);
		mkdirSync(join(dir, c.name));
		for (const [id, item] of c.items) writeFileSync(join(dir, c.name, `${id}.json`), json(item));
	}
	writeFileSync(join(dir, 'contributions.json'), json(namedContributions(tables)));
	writeFileSync(join(dir, 'contributions.csv'), csv.contributions);
	const openapi = openApiDocument({ site, dataVersion: pkg.version, date, licence, collections: all, fields });
	writeFileSync(join(dir, 'openapi.json'), JSON.stringify(openapi, null, '\t') + '\n');

	return {
		version: apiVersion,
		dataVersion: pkg.version,
		base: apiPath,
		collections: all.map((c) => ({ name: c.name, key: c.key, records: c.list.length, example: c.example })),
		contributions: tables.contributions.length
	};
}
