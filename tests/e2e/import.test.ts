/**
 * Bring your own inventory, in Chromium: a file chosen through the file input is checked,
 * imported instead of the curated inventory, survives a reload (IndexedDB), reaches every page,
 * and can be switched off and removed. A broken file and a full disk change nothing.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csvRecords, parseCsv } from '../../src/lib/format/csv';
import type { Page } from 'playwright-core';
import { openPage, startSession, waitLive, type Session } from './session';
import { expectedOverview } from './expected';
import { hasReference, referenceDir } from '../reference';

let session: Session;
beforeAll(async () => (session = await startSession()));
afterAll(async () => await session?.close());

const fixture = 'tests/fixtures/import/wide-ec-layout.csv';

async function chooseFile(page: Page, path: string) {
	await page.locator('[data-status="ready"]').waitFor({ timeout: 30_000 });
	await page.setInputFiles('input[type=file]', path);
	await page.locator('.counts, .failure').first().waitFor({ timeout: 30_000 });
}

const figure = (page: Page, name: string) => page.locator(`[data-figure="${name}"]`).first().innerText();

describe('import through the page', () => {
	it('imports a file, keeps it across a reload, and shows it everywhere', async () => {
		const { page, errors, foreign, context } = await openPage(session);
		await page.goto(`${session.server.url}/import`);
		await chooseFile(page, fixture);
		await expect(page.locator('.read').innerText()).resolves.toContain('3 rows, 29 columns');
		await expect(page.locator('.counts').getAttribute('data-projects')).resolves.toBe('3');
		// The report is on screen before anything is imported: no problems in this file.
		await expect(page.locator('.report .summary').innerText()).resolves.toContain('No problems found');

		await page.fill('input[type=text] >> nth=-1', 'EC sample');
		await page.check('input[value=replace]');
		await page.click('button.primary:has-text("Import 3 projects")');
		await page.locator('.outcome').waitFor();
		await expect(page.locator('.outcome').innerText()).resolves.toContain('Imported 3 projects as “EC sample”');

		await page.goto(`${session.server.url}/`);
		await waitLive(page);
		await expect(page.locator('.banner').innerText()).resolves.toContain('EC sample');
		await expect(figure(page, 'projects')).resolves.toBe('3');

		// A reload starts from nothing but the browser's storage.
		await page.reload();
		await waitLive(page);
		await expect(page.locator('.banner').innerText()).resolves.toContain('EC sample');
		await expect(figure(page, 'projects')).resolves.toBe('3');
		await expect(figure(page, 'countries')).resolves.toBe('4');
		// The filters offer the countries, regions and years of the dataset shown, never the curated inventory's.
		const country = page.locator('label.field:has-text("Country") select');
		await expect.poll(() => country.isEnabled()).toBe(true);
		expect(await country.locator('option:not([value=""])').allInnerTexts()).toEqual([
			'Belgium (1)',
			'Netherlands (Kingdom of the) (1)',
			'Republic of Korea (1)',
			'United Kingdom of Great Britain and Northern Ireland (1)'
		]);
		expect(await page.locator('label.field:has-text("Region") select optgroup[label="Regions"] option').allInnerTexts()).toEqual(['Asia (1)', 'Europe (2)']);
		expect(await page.locator('input[type="number"]').first().getAttribute('min')).toBe('2009');
		// An exported chart names the imported file as its source, not the curated inventory and its licence.
		await page.locator('summary[aria-label="Export, cite or embed: Projects per goal"]').click();
		const [svg] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'SVG (for reports)', exact: true }).click()]);
		const footer = readFileSync((await svg.path())!, 'utf8');
		expect(footer).toContain('Imported in this browser: EC sample (wide-ec-layout.csv');
		expect(footer).toMatch(/its owners(&apos;|&#39;|')\s*terms/);
		expect(footer).not.toContain('CC BY 4.0');
		await page.keyboard.press('Escape');
		// Goal 15 is scored by two projects (2 and 1), goal 11 by one.
		await expect(page.locator('[data-goal="15"]').first().getAttribute('data-total')).resolves.toBe('2');
		await expect(page.locator('[data-goal="11"]').first().getAttribute('data-total')).resolves.toBe('1');

		// Its projects have pages, built in the browser.
		await page.goto(`${session.server.url}/projects`);
		await waitLive(page);
		await page.click('a:has-text("Canal Mussels")');
		await page.locator('h1:has-text("Canal Mussels")').waitFor({ timeout: 15_000 });
		await expect(page.locator('.facts').innerText()).resolves.toContain('Belgium, Netherlands (Kingdom of the), Republic of Korea');
		await expect(page.locator('.record').innerText()).resolves.toContain('wide-ec-layout.csv, row 3');

		// Switched back to the published datasets, then removed.
		await page.goto(`${session.server.url}/import`);
		await page.locator('[data-status="ready"]').waitFor({ timeout: 30_000 });
		await page.check('input[aria-label^="Show Curated"]');
		await page.locator('[data-status="ready"]').waitFor({ timeout: 30_000 });
		await page.check('input[aria-label^="Show European Commission JRC"]');
		await page.locator('[data-status="ready"]').waitFor({ timeout: 30_000 });
		await page.uncheck('input[aria-label="Show EC sample"]');
		await page.locator('.banner').waitFor({ state: 'detached', timeout: 30_000 });
		await page.click('button:has-text("Remove…")');
		await page.click('button:has-text("Remove for good")');
		await page.locator('tr[data-dataset]').waitFor({ state: 'detached' });
		await page.reload();
		await page.locator('[data-status="ready"]').waitFor({ timeout: 30_000 });
		await expect(page.locator('tr[data-dataset]').count()).resolves.toBe(0);

		expect(errors).toEqual([]);
		expect(foreign).toEqual([]);
		await context.close();
	}, 150_000); // nine starts of the engine (each import, page, reload and dataset switch): 40-65 s on two cores

	it('names two imports of one name apart, and every page still works after a reload', async () => {
		const { page, errors, context } = await openPage(session);
		await page.goto(`${session.server.url}/import`);
		for (const _ of [1, 2]) {
			await chooseFile(page, fixture);
			await page.fill('input[type=text] >> nth=-1', 'Same name');
			await page.click('button.primary:has-text("Import 3 projects")');
			await page.locator('.outcome').waitFor();
			await page.locator('[data-status="ready"]').waitFor({ timeout: 30_000 });
		}
		await expect(page.locator('.outcome').innerText()).resolves.toContain('“Same name (2)”');
		await page.goto(`${session.server.url}/`);
		await page.reload();
		await waitLive(page);
		const banner = await page.locator('.banner').innerText();
		expect(banner).toContain('Same name');
		expect(banner).toContain('Same name (2)');
		// Imported beside the published datasets: their projects (matched ones once), and the two imports' three each.
		await expect(figure(page, 'projects')).resolves.toBe(String(expectedOverview().projects + 3 + 3));
		expect(errors).toEqual([]);
		await context.close();
	});

	it('names the problem in a broken file and changes nothing', async () => {
		const { page, context } = await openPage(session);
		await page.goto(`${session.server.url}/import`);
		await page.locator('[data-status="ready"]').waitFor({ timeout: 30_000 });
		await page.setInputFiles('input[type=file]', { name: 'broken.csv', mimeType: 'text/csv', buffer: Buffer.from('id,Project name\n1,"never closed\n') });
		await page.locator('.failure').waitFor();
		const text = await page.locator('.failure').innerText();
		expect(text).toContain('Nothing was imported from broken.csv');
		expect(text).toContain('line 2');
		await expect(page.locator('tr[data-dataset]').count()).resolves.toBe(0);
		await context.close();
	});

	it('reports a full storage quota with figures, and keeps nothing half-stored', async () => {
		const { page, context } = await openPage(session);
		await page.goto(`${session.server.url}/import`);
		const cdp = await context.newCDPSession(page);
		await cdp.send('Storage.overrideQuotaForOrigin', { origin: session.server.url, quotaSize: 1 });
		await chooseFile(page, fixture);
		await page.click('button.primary:has-text("Import 3 projects")');
		await page.locator('.outcome.error').waitFor();
		await expect(page.locator('.outcome.error').innerText()).resolves.toMatch(
			/^The browser's storage for this site is full, so the dataset was not kept\. This site uses .+ of the .+ the browser allows it\. Remove a dataset/
		);
		await page.reload();
		await page.locator('[data-status="ready"]').waitFor({ timeout: 30_000 });
		await expect(page.locator('tr[data-dataset]').count()).resolves.toBe(0);
		await context.close();
	});

	const jrcCsv = join(referenceDir, 'citsci-inventories/jrc-environmental/1-projects-citsci.csv');
	const ppsrJson = join(referenceDir, 'ppsr-core/CSInventory_JSON.json');
	it.skipIf(!hasReference('The real inventories in the browser (tests/e2e/import.test.ts)', [jrcCsv, ppsrJson]))(
		'imports the real JRC inventory and its PPSR-Core encoding without editing, with the right figures',
		async () => {
			const csv = jrcCsv;
			const json = ppsrJson;
			const rows = csvRecords(parseCsv(readFileSync(csv, 'utf8')));
			const goal15 = Object.keys(rows[0]).find((k) => k.startsWith('SDG 15 '))!;
			const { page, errors, context } = await openPage(session);
			await page.goto(`${session.server.url}/import`);
			await chooseFile(page, csv);
			await expect(page.locator('.counts').getAttribute('data-projects')).resolves.toBe(String(rows.length));
			await page.check('input[value=replace]');
			await page.click('button.primary:has-text("Import")');
			await page.locator('.outcome').waitFor();
			await chooseFile(page, json);
			await expect(page.locator('.counts').getAttribute('data-projects')).resolves.toBe('512');
			await page.click('button.primary:has-text("Import 512 projects")');
			await page.locator('.outcome >> text=512').waitFor();

			await page.goto(`${session.server.url}/`);
			await waitLive(page);
			// Both imports are shown, the curated inventory is not; the PPSR-Core encoding has no SDG links.
			await expect(figure(page, 'projects')).resolves.toBe(rows.length.toLocaleString('en'));
			await expect(page.locator('.figure').first().innerText()).resolves.toContain('512 more list no link');
			await expect(page.locator('[data-goal="15"]').first().getAttribute('data-total')).resolves.toBe(String(rows.filter((r) => r[goal15] !== '0').length));
			expect(errors).toEqual([]);
			await context.close();
		}
	);
});
