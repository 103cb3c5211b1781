/**
 * The static API as the build writes it (scripts/lib/api/): the OpenAPI document passes a
 * maintained OpenAPI 3.1 validator; every file the API serves matches the schema its path names
 * (ajv, JSON Schema 2020-12); and the documents say what the published tables say (a link is in
 * the documents of its project, indicator, target and goal, and nowhere else).
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compileErrors, validate } from '@readme/openapi-parser';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { beforeAll, describe, expect, it } from 'vitest';
import { dataPackage } from '../../src/lib/data/package';
import type { ApiCatalogue } from '../../src/lib/domain/api';
import { csvRecords, parseCsv } from '../../src/lib/format/csv';
import { apiPath, writeApi } from '../../scripts/lib/api/write';

const site = 'https://sdg.example.org';
let dir: string;
let catalogue: ApiCatalogue;
let openapi: {
	paths: Record<string, { get: { responses: Record<string, { content?: Record<string, { schema: object }> }> } }>;
	components: { schemas: object };
};

beforeAll(() => {
	const staticDir = mkdtempSync(join(tmpdir(), 'static-api-'));
	catalogue = writeApi({ dataDir: 'data', pkg: dataPackage, staticDir, site, date: '2026-12-01', citation: 'A citation.' });
	dir = join(staticDir, apiPath);
	openapi = JSON.parse(readFileSync(join(dir, 'openapi.json'), 'utf8'));
});

const read = (path: string) => JSON.parse(readFileSync(join(dir, path), 'utf8'));
const table = (name: string) => csvRecords(parseCsv(readFileSync(join('data', dataPackage.resources.find((r) => r.name === name)!.path), 'utf8')));

/** The file paths a path template stands for: /goals/{goal}.json → every file in goals/. */
function filesOf(template: string): string[] {
	const item = /^\/(\w+)\/\{\w+\}\.json$/.exec(template);
	if (item) return readdirSync(join(dir, item[1])).map((f) => `${item[1]}/${f}`);
	return [template.slice(1)];
}

describe('the OpenAPI document', () => {
	it('is valid OpenAPI 3.1 for a maintained validator', async () => {
		const result = await validate(structuredClone(openapi) as never);
		expect(result.valid, result.valid ? '' : compileErrors(result)).toBe(true);
		expect(openapi).toMatchObject({ openapi: '3.1.0', servers: [{ url: `${site}/api/v1` }] });
	});

	it('fails on a broken document (the validator can fail)', async () => {
		const broken = structuredClone(openapi) as unknown as { info: { title?: string } };
		delete broken.info.title;
		expect((await validate(broken as never)).valid).toBe(false);
	});
});

describe('every file the API serves', () => {
	// The components as a JSON Schema 2020-12 document, so that ajv resolves the document's $refs.
	const ajv = () => {
		const a = new Ajv2020({ allErrors: true, strict: true });
		addFormats(a);
		a.addSchema({ $id: 'api', $defs: JSON.parse(JSON.stringify(openapi.components.schemas).replaceAll('#/components/schemas/', 'api#/$defs/')) });
		return a;
	};

	it('matches the schema of its path, and every JSON path has its files', () => {
		const a = ajv();
		let checked = 0;
		for (const [template, { get }] of Object.entries(openapi.paths)) {
			const schema = get.responses['200'].content!['application/json']?.schema as { $ref: string } | undefined;
			if (!schema) continue;
			const validateFile = a.compile({ $ref: schema.$ref.replace('#/components/schemas/', 'api#/$defs/') });
			const files = filesOf(template);
			expect(files.length, template).toBeGreaterThan(0);
			for (const file of files) {
				expect(validateFile(read(file)), `${file}: ${a.errorsText(validateFile.errors)}`).toBe(true);
				checked++;
			}
		}
		expect(checked).toBe(1 + catalogue.collections.reduce((n, c) => n + 1 + c.records, 0));
	});

	it('a file that breaks its schema is caught (the check can fail)', () => {
		const a = ajv();
		const check = a.compile({ $ref: 'api#/$defs/IndicatorItem' });
		const doc = read('indicators/15.5.1.json');
		expect(check(doc)).toBe(true);
		expect(check({ ...doc, data: { ...doc.data, tier: null } })).toBe(false);
		expect(check({ ...doc, data: { ...doc.data, contributions: [{ ...doc.data.contributions[0], strength: 3 }] } })).toBe(false);
	});

	it('refuses a key that cannot name a file, naming the table and the key', () => {
		const data = mkdtempSync(join(tmpdir(), 'static-api-data-'));
		cpSync('data', data, { recursive: true, filter: (path) => !path.startsWith(join('data', 'releases')) });
		const topics = readFileSync(join(data, 'topics.csv'), 'utf8').split('\n');
		topics[1] = topics[1].replace(/^([^,]+),([^,]+),/, '$1,../escape,');
		writeFileSync(join(data, 'topics.csv'), topics.join('\n'));
		const write = () =>
			writeApi({ dataDir: data, pkg: dataPackage, staticDir: mkdtempSync(join(tmpdir(), 'static-api-')), site, date: '2026-12-01', citation: 'c' });
		expect(write).toThrow(/topics\.csv: page "\.\.\/escape" cannot name a file of the API/);
	});

	it('serves each list as CSV: the published table, raw', () => {
		for (const c of catalogue.collections) {
			const csv = csvRecords(parseCsv(readFileSync(join(dir, `${c.name}.csv`), 'utf8')));
			expect(csv.length, c.name).toBe(c.records);
			expect(read(`${c.name}.json`).data.length, c.name).toBe(c.records);
		}
	});
});

describe('what the documents say', () => {
	it('puts each link in the documents of its project, indicator, target and goal', () => {
		const links = table('contributions');
		expect(read('contributions.json').data).toHaveLength(links.length);
		const key = (c: Record<string, string>) => `${c.project_id} ${c.sdg_code}`;
		const keys = (file: string) => (read(file).data.contributions as Record<string, string>[]).map(key).sort();
		const under = (code: string) =>
			links
				.filter((l) => l.sdg_code === code || l.sdg_code.startsWith(`${code}.`))
				.map(key)
				.sort();
		expect(keys('indicators/15.5.1.json')).toEqual(
			links
				.filter((l) => l.sdg_code === '15.5.1')
				.map(key)
				.sort()
		);
		expect(keys('targets/15.5.json')).toEqual(under('15.5'));
		expect(keys('goals/1.json')).toEqual(under('1'));
		expect(keys('goals/1.json').some((k) => / 1[0-7]\b/.test(k))).toBe(false);
		const project = links[0].project_id;
		expect(keys(`projects/${project}.json`)).toEqual(
			links
				.filter((l) => l.project_id === project)
				.map(key)
				.sort()
		);
		expect(under('15').length).toBeGreaterThan(0);
	});

	it('gives each link its evidence, typed values and raw text', () => {
		const doc = read('indicators/15.5.1.json');
		const first = table('contributions').find((l) => l.sdg_code === '15.5.1')!;
		const served = doc.data.contributions.find((c: { project_id: string }) => c.project_id === first.project_id);
		expect(served).toMatchObject({ rationale: first.rationale, source_url: first.source_url || null, locator: first.locator || null });
		expect(served.project_name).toBe(table('projects').find((p) => p.project_id === first.project_id)!.name);
		expect(doc.meta).toMatchObject({ api: 'v1', dataVersion: dataPackage.version, documentation: `${site}/open-data/api` });
		expect(typeof read('goals/15.json').data.goal).toBe('number');
	});

	it("lists a country's projects with the source that places them there", () => {
		const named = table('project_countries').filter((pc) => pc.country === 'KEN');
		const doc = read('countries/KEN.json').data;
		expect(doc.projects.map((p: { project_id: string }) => p.project_id).sort()).toEqual(named.map((pc) => pc.project_id).sort());
		expect(doc.projects.every((p: { name: string | null }) => p.name)).toBe(true);
		const network = table('project_networks')[0];
		expect(read(`networks/${network.network_id}.json`).data.projects).toContainEqual(
			expect.objectContaining({ project_id: network.project_id, quote: network.quote })
		);
	});
});
