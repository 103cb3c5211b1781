/**
 * Every malformed fixture gives its located issue, and nothing loaded before changes: neither
 * the embedded inventory nor a dataset imported earlier, whether the broken file is refused or
 * accepted with its bad rows and values left out.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWithImports, type NodeClient } from '../../src/lib/data/duckdb-node';
import { csvRecords, parseCsv } from '../../src/lib/format/csv';
import { inventoryCsv } from '../../src/lib/import/dataset';
import { ImportFailure, type ImportIssue } from '../../src/lib/import/issues';
import { detectMapping } from '../../src/lib/import/mapping';
import { normalise, type NormaliseResult } from '../../src/lib/import/normalise';
import { maxImportBytes, readTable } from '../../src/lib/import/read';
import { framework, resolverFor } from '../../src/lib/import/reference';
import { malformedCases } from '../fixtures/import/malformed';

async function runImport(file: string, bytes: Uint8Array, datasetId: string): Promise<NormaliseResult> {
	const table = await readTable(file, bytes);
	const mapping = detectMapping(table.header);
	return normalise(table, mapping, { datasetId, framework, countries: resolverFor(mapping) });
}

async function failure(promise: Promise<unknown>): Promise<ImportIssue> {
	try {
		await promise;
	} catch (e) {
		if (e instanceof ImportFailure) return e.issue;
		throw e;
	}
	throw new Error('expected the import to be refused');
}

/** Everything that was loaded before, as rows: the embedded inventory and the dataset "before". */
async function snapshot(db: NodeClient) {
	const mine = `SELECT project_id FROM projects WHERE dataset IN ('embedded', 'before')`;
	return {
		projects: await db.query(`SELECT * FROM projects WHERE dataset IN ('embedded', 'before') ORDER BY project_id`),
		countries: await db.query(`SELECT * FROM project_countries WHERE project_id IN (${mine}) ORDER BY ALL`),
		contributions: await db.query(`SELECT * FROM contributions WHERE project_id IN (${mine}) ORDER BY ALL`)
	};
}

const earlier = { id: 'before', title: 'Imported earlier', csv: {} as Record<string, string> };
let before: Awaited<ReturnType<typeof snapshot>>;
let db: NodeClient;
beforeAll(async () => {
	const result = await runImport('inventory.csv', new Uint8Array(readFileSync('tests/fixtures/import/inventory.csv')), 'before');
	earlier.csv = inventoryCsv(result.inventory);
	db = await openWithImports([earlier]);
	before = await snapshot(db);
	expect(before.projects.length).toBe(csvRecords(parseCsv(readFileSync('data/projects.csv', 'utf8'))).length + 4);
});
afterAll(() => db.close());

describe('malformed files', () => {
	it('has at least 25 cases', () => expect(malformedCases.length).toBeGreaterThanOrEqual(25));

	it.each(malformedCases.map((c) => [c.name, c] as const))('%s: located issue, earlier data untouched', async (_, c) => {
		if (c.expected.severity === 'fatal') {
			const issue = await failure(runImport(c.file, c.bytes, 'broken'));
			expect(issue).toMatchObject({ resource: c.file, ...c.expected });
			expect(issue.note.length).toBeGreaterThan(10);
			// Refused: nothing to load; the database the user has is the one from before.
			expect(await snapshot(db)).toEqual(before);
			return;
		}
		const result = await runImport(c.file, c.bytes, 'broken');
		expect(result.issues).toContainEqual(expect.objectContaining({ resource: c.file, ...c.expected }));
		expect(result.inventory.projects).toHaveLength(c.projects!);
		// Accepted beside the earlier data: the earlier rows are exactly as they were.
		const after = await openWithImports([earlier, { id: 'broken', title: c.name, csv: inventoryCsv(result.inventory) }]);
		try {
			expect(await snapshot(after)).toEqual(before);
			const [{ n }] = await after.query<{ n: number }>(`SELECT count(*)::INTEGER AS n FROM projects WHERE dataset = 'broken'`);
			expect(n).toBe(c.projects);
		} finally {
			after.close();
		}
	});

	it('refuses a file larger than the browser can hold, before reading it', async () => {
		const issue = await failure(readTable('huge.csv', new Uint8Array(maxImportBytes + 1)));
		expect(issue).toMatchObject({ severity: 'fatal', type: 'file-too-large', resource: 'huge.csv' });
		expect(issue.note).toMatch(/400\.0 MB/);
	});

	it('finds the one bad year in a million rows, at its row and line', async () => {
		const rows = ['id,Project name,Countries,Start year,SDG codes'];
		for (let i = 1; i < 1_000_000; i++) rows.push(`p${i},Project ${i},${i % 2 ? 'France' : 'KE; TZ'},${2000 + (i % 20)},${(i % 17) + 1}`);
		rows.push('last,The Last One,France,someday,15');
		const result = await runImport('million.csv', new TextEncoder().encode(rows.join('\n')), 'big');
		expect(result.inventory.projects).toHaveLength(1_000_000);
		expect(result.inventory.contributions).toHaveLength(1_000_000);
		expect(result.inventory.project_countries).toHaveLength(1_500_000 - 1);
		expect(result.issues).toEqual([expect.objectContaining({ type: 'type-error', row: 1_000_001, field: 'Start year', cell: 'someday' })]);
	}, 120_000);
});
