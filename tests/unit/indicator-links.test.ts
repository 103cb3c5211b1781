/**
 * Each indicator page's rows ship as a file (scripts/lib/indicator-links.ts): a page whose own
 * prerendered rows cannot name the projects a filter leaves answers from it rather than waiting for
 * DuckDB. The build's files must be the rows the pages prerender, and an answer through a file must
 * be the database's answer, on real DuckDB; a file that is not this indicator's rows is refused.
 */
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generate } from '../../scripts/bench/generate';
import { indicatorLinksDir, writeIndicatorLinks } from '../../scripts/lib/indicator-links';
import { openDatasetInNode, openPublishedInNode, type NodeClient } from '../../src/lib/data/duckdb-node';
import { emptyFilters, type Filters } from '../../src/lib/domain/filters';
import { indicatorCodes, indicatorPage } from '../../src/lib/queries/indicators';
import { overviewIndex } from '../../src/lib/queries/overview';
import type { OverviewIndex } from '../../src/lib/queries/overview-index/extract';
import { decodeIndicatorLinks, encodeIndicatorLinks } from '../../src/lib/queries/overview-index/indicator-links-wire';
import { encodeOverviewIndex } from '../../src/lib/queries/overview-index/wire';
import { isPending } from '../../src/lib/queries/maybe-now';
import { loadShippedIndicatorPage } from '../../src/lib/queries/shipped';
import shipped from '../../src/lib/generated/indicator-links.json';

// Node's fetch reads data: URLs, as the browser reads the served files.
const dataUrl = (bytes: Uint8Array | string) => `data:application/octet-stream;base64,${Buffer.from(bytes).toString('base64')}`;
const noRows = { projects: [], countries: [] };
// Once its files are in memory a loader answers, or refuses, at once (queries/maybe-now.ts): as a promise either way.
const loaded = (...args: Parameters<typeof loadShippedIndicatorPage>) => Promise.resolve().then(() => loadShippedIndicatorPage(...args));

let embedded: NodeClient;
let synthetic: NodeClient;
let syntheticDir: string;
beforeAll(async () => {
	embedded = await openPublishedInNode('data', 'static/data');
	syntheticDir = mkdtempSync(join(tmpdir(), 'indicator-links-'));
	await generate(20_000, syntheticDir, 11);
	synthetic = await openDatasetInNode(syntheticDir, 'data');
}, 60_000);
afterAll(() => {
	embedded?.close();
	synthetic?.close();
});

describe('indicator links files', () => {
	it('the build wrote one per linked indicator code, holding the rows its page prerenders', async () => {
		const files = shipped as Record<string, string>;
		let linked = 0;
		for (const code of await indicatorCodes(embedded)) {
			const { projects } = await indicatorPage(embedded, code);
			if (projects.length === 0) {
				expect(files[code], code).toBeUndefined();
				continue;
			}
			linked++;
			expect(decodeIndicatorLinks(readFileSync(join('static/data', files[code]), 'utf8'), code), code).toEqual(projects);
		}
		expect(linked).toBeGreaterThan(5);
		expect(Object.keys(files)).toHaveLength(linked);
		// Nothing else in the folder: a file of an earlier data version is removed.
		expect(readdirSync(join('static/data', indicatorLinksDir)).sort()).toEqual(
			Object.values(files)
				.map((f) => f.split('/')[1])
				.sort()
		);
	});

	it('answers a page whose own rows cannot name its projects as the database does, through the file', async () => {
		const index = encodeOverviewIndex((await overviewIndex(synthetic)) as OverviewIndex);
		const indexUrl = dataUrl(index);
		const [{ code }] = await synthetic.query<{ code: string }>(
			`SELECT listed_as AS code FROM contribution_links WHERE listed_as IS NOT NULL GROUP BY ALL ORDER BY count(*) DESC, code LIMIT 1`
		);
		const files = await writeIndicatorLinks(synthetic, syntheticDir, [code]);
		const linksUrl = dataUrl(readFileSync(join(syntheticDir, files[code])));
		const [region] = (await synthetic.query<{ r: string }>(`SELECT region AS r FROM countries WHERE region IS NOT NULL GROUP BY ALL ORDER BY r LIMIT 1`)).map(
			(r) => r.r
		);
		const states: Filters[] = [
			emptyFilters,
			{ ...emptyFilters, strengths: ['direct'] },
			{ ...emptyFilters, region },
			{ ...emptyFilters, from: 2010, to: 2018, strengths: ['indirect', 'potential'] },
			{ ...emptyFilters, goals: [3], countries: ['KEN', 'FRA'] }
		];
		let rows = 0;
		for (const f of states) {
			const expected = await indicatorPage(synthetic, code, f);
			// The page's own rows are of another data version (none here): without the file there is no answer here.
			await expect(loaded(indexUrl, code, f, noRows, null)).rejects.toThrow(/the database will/);
			expect(await loadShippedIndicatorPage(indexUrl, code, f, noRows, linksUrl), JSON.stringify(f)).toEqual(expected);
			// Its files in memory now, the loader answers at once, and the same.
			const now = loadShippedIndicatorPage(indexUrl, code, f, noRows, linksUrl);
			expect(isPending(now)).toBe(false);
			expect(now).toEqual(expected);
			rows += expected.projects.length;
		}
		expect(rows).toBeGreaterThan(100);
	}, 60_000);

	it('is not read when the page’s own rows answer', async () => {
		const index = dataUrl(encodeOverviewIndex((await overviewIndex(embedded)) as OverviewIndex));
		const code = Object.keys(shipped)[0];
		const page = await indicatorPage(embedded, code);
		expect(await loadShippedIndicatorPage(index, code, emptyFilters, page, 'data:,not%20a%20file')).toEqual(page);
	});

	it('refuses a file that is not this indicator’s rows in this version, saying what is wrong', () => {
		const row = {
			project_id: 'p1',
			name: 'P',
			sdg_code: '15.5.1',
			strength: 'direct',
			rationale: 'r',
			source_url: null,
			evidence_type: null,
			names_project: null,
			locator: null,
			countries: [],
			geographic_scale: 'national'
		};
		expect(decodeIndicatorLinks(encodeIndicatorLinks('15.5.1', [row]), '15.5.1')).toEqual([row]);
		expect(() => decodeIndicatorLinks(encodeIndicatorLinks('15.5.1', [row]), '15.1.1')).toThrow('for 15.1.1: it holds the rows of 15.5.1');
		expect(() => decodeIndicatorLinks('{"version":2,"indicator":"15.5.1","projects":[]}', '15.5.1')).toThrow('version 2, expected 1');
		expect(() => decodeIndicatorLinks('{"version":1,"indicator":"15.5.1","projects":[{"project_id":7}]}', '15.5.1')).toThrow('row 1 is not a link row');
		expect(() => decodeIndicatorLinks('<html>', '15.5.1')).toThrow('not JSON');
	});

	it('a damaged file leaves the answer to the database', async () => {
		const index = dataUrl(encodeOverviewIndex((await overviewIndex(synthetic)) as OverviewIndex));
		const [{ code }] = await synthetic.query<{ code: string }>(`SELECT min(listed_as) AS code FROM contribution_links`);
		await expect(loaded(index, code, emptyFilters, noRows, dataUrl('{"version":1,"indicator":"0.0.0","projects":[]}'))).rejects.toThrow(
			`it holds the rows of 0.0.0`
		);
	});
});
