/**
 * An indicator page whose own prerendered rows cannot name the projects in scope (here: served a
 * synthetic inventory's index, as the bench does) answers from the build's file of its rows
 * (scripts/lib/indicator-links.ts), not from DuckDB, and draws the first rows of each strength.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generate } from '../../scripts/bench/generate';
import { writeIndicatorLinks } from '../../scripts/lib/indicator-links';
import { openDatasetInNode, openPublishedInNode } from '../../src/lib/data/duckdb-node';
import { parseFilters } from '../../src/lib/domain/filters';
import { vocabulary } from '../../src/lib/format/vocabulary';
import { indicatorPage } from '../../src/lib/queries/indicators';
import { overviewIndex } from '../../src/lib/queries/overview';
import type { OverviewIndex } from '../../src/lib/queries/overview-index/extract';
import { encodeOverviewIndex } from '../../src/lib/queries/overview-index/wire';
import summary from '../../src/lib/generated/summary.json';
import indicatorLinks from '../../src/lib/generated/indicator-links.json';
import { openPage, startSession, waitLive, type Session } from './session';

const code = '15.5.1';
const address = `/indicators/${code}?region=Europe`;
const filters = parseFilters(new URL(address, 'http://x').searchParams, vocabulary).filters;
const projectsIn = (rows: { project_id: string }[]) => new Set(rows.map((r) => r.project_id)).size;

describe('an indicator page whose own rows cannot name its projects', () => {
	let session: Session;
	let expected: number;
	let embedded: number;
	// Rows (links) of the potential strength, unfiltered but for the strength.
	let potentialRows: number;
	beforeAll(async () => {
		// A synthetic inventory's index and rows of the indicator, served under the build's names.
		const dir = mkdtempSync(join(tmpdir(), 'indicator-links-'));
		await generate(20_000, dir, 5);
		const synthetic = await openDatasetInNode(dir, 'data');
		const indexFile = join(dir, 'overview-index.bin');
		writeFileSync(indexFile, encodeOverviewIndex((await overviewIndex(synthetic)) as OverviewIndex));
		const links = await writeIndicatorLinks(synthetic, dir, [code]);
		expected = projectsIn((await indicatorPage(synthetic, code, filters)).projects);
		potentialRows = (await indicatorPage(synthetic, code)).projects.filter((r) => r.strength === 'potential').length;
		synthetic.close();
		const published = await openPublishedInNode('data', 'static/data');
		embedded = projectsIn((await indicatorPage(published, code, filters)).projects);
		published.close();
		const shipped = indicatorLinks as Record<string, string>;
		expect(shipped[code]).toBeTruthy();
		expect(JSON.parse(readFileSync(join(dir, links[code]), 'utf8')).projects.length).toBeGreaterThan(20);
		session = await startSession({ overrides: { [`/data/${summary.overviewIndex}`]: indexFile, [`/data/${shipped[code]}`]: join(dir, links[code]) } });
	}, 120_000);
	afterAll(async () => session?.close());

	it('answers from the build’s file of its rows, as the database does on that inventory', async () => {
		// The case can fail: the curated inventory's answer (what DuckDB, which loads it, would give) differs.
		expect(expected).not.toBe(embedded);
		const { context, page } = await openPage(session);
		const from = session.server.responses.length;
		await page.goto(session.server.url + address);
		await waitLive(page);
		expect(await page.locator('[data-figure="indicator-projects"]').textContent()).toBe(expected.toLocaleString('en'));
		expect(session.server.responses.slice(from).some((r) => r.path === `/data/${(indicatorLinks as Record<string, string>)[code]}`)).toBe(true);
		await context.close();
	});

	it('draws the first 50 links of a strength, and 200 more a click, the keyboard going on from the first of them', async () => {
		expect(potentialRows).toBeGreaterThan(50);
		const { context, page, errors } = await openPage(session);
		await page.goto(session.server.url + `/indicators/${code}?strength=potential`);
		await waitLive(page);
		const items = page.locator('.projects li');
		expect(await items.count()).toBe(50);
		const more = page.getByRole('button', {
			name: new RegExp(`^Show ${Math.min(200, potentialRows - 50)} more of ${potentialRows.toLocaleString('en')} links$`)
		});
		await more.focus();
		await page.keyboard.press('Enter');
		await page.waitForFunction((n) => document.querySelectorAll('.projects li').length === n, Math.min(250, potentialRows));
		// The keyboard goes on from the first link just drawn.
		expect(await page.evaluate(() => document.activeElement === document.querySelectorAll('.projects li a.name')[50])).toBe(true);
		expect(await more.count()).toBe(potentialRows > 250 ? 1 : 0);
		expect(errors).toEqual([]);
		await context.close();
	});
});
