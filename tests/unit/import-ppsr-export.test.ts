/** An imported inventory exported as PPSR-Core JSON and imported again keeps its projects, places and SDG links (accepted suggestions too). */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWithImports, type NodeClient } from '../../src/lib/data/duckdb-node';
import { toPpsrCore } from '../../src/lib/export/ppsr';
import { inventoryCsv } from '../../src/lib/import/dataset';
import { detectMapping } from '../../src/lib/import/mapping';
import { normalise } from '../../src/lib/import/normalise';
import { readTable } from '../../src/lib/import/read';
import { framework, resolverFor } from '../../src/lib/import/reference';
import { inventoryRecords } from '../../src/lib/queries/inventory';
import { shippedSuggester } from '../../src/lib/suggest/shipped';

async function importBytes(name: string, bytes: Uint8Array, datasetId: string) {
	const table = await readTable(name, bytes);
	const mapping = detectMapping(table.header, table.rows);
	return { table, result: normalise(table, mapping, { datasetId, framework, countries: resolverFor(mapping) }) };
}

/** PPSR-Core 2020.0's required project attributes (PPSR_JSONSchema.json, "required"). */
const required = [
	'contactPoint',
	'projectGeographicLocation',
	'projectMedia',
	'language',
	'projectAim',
	'projectDescription',
	'projectDuration',
	'projectDateCreated',
	'projectLastUpdatedDate',
	'projectId',
	'projectName',
	'projectResponsiblePartyContactEmail',
	'projectResponsiblePartyName',
	'projectScienceType',
	'projectStatus',
	'projectStartDate'
];

let db: NodeClient;
let original: Awaited<ReturnType<typeof importBytes>>['result'];
beforeAll(async () => {
	original = (await importBytes('inventory.csv', new Uint8Array(readFileSync('tests/fixtures/import/inventory.csv')), 'mine')).result;
	db = await openWithImports([{ id: 'mine', title: 'Mine', csv: inventoryCsv(original.inventory) }]);
});
afterAll(() => db.close());

describe('PPSR-Core export', () => {
	it('writes every attribute the standard requires, with its vocabularies', async () => {
		const doc = toPpsrCore(await inventoryRecords(db, 'mine'), new Date('2026-11-27T10:00:00Z'));
		expect(doc.Project).toHaveLength(4);
		for (const project of doc.Project) {
			for (const key of required) expect(project, key).toHaveProperty(key);
			expect(['Not yet started', 'Active', 'Periodically active', 'On hold', 'Completed', 'Abandoned']).toContain(project.projectStatus);
			expect(Object.keys(project.contactPoint as object).sort()).toEqual(['contactDetails', 'contactName', 'contactPointType', 'meansOfContact']);
		}
		expect(doc.Project[1]).toMatchObject({
			projectId: 'a2',
			projectName: 'Air Café',
			projectStartDate: '2015-01-01T00:00:00Z',
			projectEndDate: '2019-12-31T23:59:59Z',
			projectDuration: 'P4Y0M0DT0H0M0S',
			projectStatus: 'Completed',
			projectUrl: 'https://www.example.org/air',
			projectLocality: 'United Kingdom of Great Britain and Northern Ireland',
			keyword: 'SDG 3.9.1 (indirect), SDG 11.6.2 (direct)',
			projectDateCreated: '2026-11-27T10:00:00Z'
		});
		expect(doc.Project[2]).toMatchObject({ projectLocality: 'World', projectEndDate: 'Unknown', projectDuration: 'Unknown' });
	});

	it('imports back to the same projects, countries and links', async () => {
		const json = JSON.stringify(toPpsrCore(await inventoryRecords(db, 'mine')));
		const { table, result } = await importBytes('export.json', new TextEncoder().encode(json), 'mine');
		expect(table.format).toBe('ppsr-core');
		expect(result.issues).toEqual([]);
		const strip = (rows: unknown[][], width: number) => rows.map((r) => r.slice(0, width)).sort((a, b) => String(a).localeCompare(String(b)));
		expect(strip(result.inventory.contributions, 4)).toEqual(strip(original.inventory.contributions, 4));
		expect(strip(result.inventory.project_countries, 2)).toEqual(strip(original.inventory.project_countries, 2));
		// PPSR-Core has no geographic scale and no "unknown" status: those are the only differences.
		const projects = (inv: typeof original.inventory) => inv.projects.map((p) => [p[0], p[1], p[2], p[4], p[5], p[6]]);
		expect(projects(result.inventory)).toEqual(projects(original.inventory));
		expect(result.inventory.projects.map((p) => [p[7], p[8]])).toEqual([
			['active', 'multinational'],
			['completed', 'national'],
			['active', 'global'],
			['active', 'multinational']
		]);
	});

	it('carries an accepted suggestion as one, there and back', async () => {
		const table = await readTable('plain-list.csv', new Uint8Array(readFileSync('tests/fixtures/import/plain-list.csv')));
		const mapping = { ...detectMapping(table.header, table.rows), suggestions: { accepted: { 'p-002': ['6.3.2'] }, rejected: {} } };
		const plain = normalise(table, mapping, { datasetId: 'plain', framework, countries: resolverFor(mapping), suggester: shippedSuggester() });
		const withSuggested = await openWithImports([{ id: 'plain', title: 'Plain', csv: inventoryCsv(plain.inventory) }], false);
		try {
			const doc = toPpsrCore(await inventoryRecords(withSuggested, 'plain'));
			expect(doc.Project.find((p) => p.projectId === 'p-002')?.keyword).toBe('SDG 6.3.2 (potential: suggested)');
			const back = await importBytes('export.json', new TextEncoder().encode(JSON.stringify(doc)), 'again');
			expect(back.result.issues).toEqual([]);
			expect(back.result.inventory.contributions.map((c) => c.slice(0, 5))).toEqual([['again_p-002', '6.3.2', 'indicator', 'potential', 'suggested']]);
		} finally {
			withSuggested.close();
		}
	});
});
