/**
 * The built site in Debian's Chromium: the overview shows the figures computed from data/ before
 * the in-browser database is ready (even without JavaScript), keeps them once DuckDB-wasm has
 * recomputed them, logs no console error, and never requests anything from another host.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectedOverview } from './expected';
import summary from '../../src/lib/generated/summary.json';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ShippedTablesManifest } from '../../src/lib/data/shipped-tables';
import { openPage as open, startSession, type Session } from './session';

let session: Session;
const expected = expectedOverview();

beforeAll(async () => {
	session = await startSession();
});
afterAll(async () => {
	await session?.close();
});

const openPage = (options: { javaScriptEnabled?: boolean; width?: number } = {}) => open(session, options);
const server = {
	get url() {
		return session.server.url;
	},
	get requests() {
		return session.server.requests;
	}
};

async function figures(page: Page) {
	const text = async (name: string) => (await page.locator(`[data-figure="${name}"]`).innerText()).replace(/\s+/g, ' ');
	return {
		projects: await text('projects'),
		countries: await text('countries'),
		goals: await text('goals'),
		indicators: await text('indicators')
	};
}

const expectedFigures = {
	projects: String(expected.projects),
	countries: String(expected.countries),
	goals: `${expected.goalsToday} of 17`,
	indicators: expect.stringMatching(new RegExp(`^${expected.indicatorsToday} of ${expected.indicatorsTotal} · \\d+(\\.\\d)?%$`))
};

describe('overview', () => {
	it('is readable with the right figures before any script runs (prerendered)', async () => {
		const { context, page, foreign } = await openPage({ javaScriptEnabled: false });
		await page.goto(server.url + '/');
		expect(await figures(page)).toEqual(expectedFigures);
		expect(await page.getByRole('img').first().getAttribute('aria-label')).toMatch(/^Bar chart of citizen-science projects per SDG goal/);
		// Each chart's data table is there without scripts too (from its <noscript>): one row per goal.
		await page.locator('details.table-alt > summary').first().click();
		const table = page.locator('details.table-alt[open] table');
		expect(await table.isVisible()).toBe(true);
		expect(await table.locator('tbody tr').count()).toBe(17);
		expect(foreign).toEqual([]);
		await context.close();
	});

	it('starts DuckDB in the browser, recomputes the same figures, logs no error and stays on localhost', async () => {
		const { context, page, foreign, errors } = await openPage();
		await page.goto(server.url + '/');
		expect(await figures(page)).toEqual(expectedFigures);
		await page.locator('[data-status="ready"]').waitFor({ timeout: 30_000 });
		await page.locator('[data-live="live"]').waitFor({ timeout: 10_000 });
		expect(await figures(page)).toEqual(expectedFigures);
		// With scripts on, the closed tables' copies for readers without them are <noscript> text, not elements to hydrate.
		expect(await page.locator('details.table-alt > noscript').count()).toBeGreaterThanOrEqual(3);
		expect(await page.locator('details.table-alt td').count()).toBe(0);
		// Built without the hydration markers Svelte writes into them (lib/server/lean-noscript.ts): nothing hydrates them.
		const copies = await page.locator('details.table-alt > noscript').evaluateAll((els) => els.map((el) => el.textContent ?? ''));
		expect(copies.every((html) => html.includes('<td') && !html.includes('<!--'))).toBe(true);
		// Every published project has an SDG link: placing every project would change nothing, so it is not offered.
		expect(await page.locator('label:has-text("Place every project on the map")').count()).toBe(0);
		expect(await page.locator('[data-status]').innerText()).toMatch(/in-browser DuckDB ready in \d+\.\d s/);
		// The wasm and the data came from our own server: the build's tables, not the CSV files.
		expect(server.requests.some((p) => p.endsWith('.wasm'))).toBe(true);
		expect(await page.locator('[data-status]').getAttribute('data-source')).toBe('database');
		// One engine alive: the one warmed up as the page started is the one that loaded the data (a
		// start that compiled its own would leave two workers).
		expect(page.workers().filter((w) => w.url().includes('duckdb')).length).toBe(1);
		expect(server.requests).toContain(`/data/tables/${summary.tables}`);
		expect(server.requests.some((p) => /^\/data\/tables\/published\.[0-9a-f]{12}\.duckdb$/.test(p))).toBe(true);
		expect(server.requests.filter((p) => p.endsWith('.csv'))).toEqual([]);
		expect(errors).toEqual([]);
		expect(foreign).toEqual([]);
		await context.close();
	});

	it('reads the CSV files for a view the build did not ship (the curated inventory alone), and its tables again for both', async () => {
		const { context, page, errors } = await openPage();
		await page.goto(server.url + '/import');
		await page.locator('[data-status="ready"]').waitFor({ timeout: 30_000 });
		const before = server.requests.length;
		await page.uncheck('input[aria-label^="Show European Commission JRC"]');
		await page.locator('[data-status="ready"][data-source="csv"]').waitFor({ timeout: 30_000 });
		expect(server.requests.slice(before)).toContain('/data/contributions.csv');
		expect(server.requests.slice(before).some((p) => p.startsWith('/data/jrc/'))).toBe(false);
		await page.check('input[aria-label^="Show European Commission JRC"]');
		await page.locator('[data-status="ready"][data-source="database"]').waitFor({ timeout: 30_000 });
		expect(errors).toEqual([]);
		await context.close();
	});

	it('reads the CSV files when the database the build shipped is damaged, and derives the same tables', async () => {
		const manifest = JSON.parse(readFileSync(join('build/data/tables', summary.tables), 'utf8')) as ShippedTablesManifest;
		const file = manifest.database;
		const junk = join(mkdtempSync(join(tmpdir(), 'damaged-table-')), file);
		// The same length, a few bytes changed in the middle: only its SHA-256 tells.
		const bytes = readFileSync(join('build/data/tables', file));
		bytes.fill(0x5a, bytes.length >> 1, (bytes.length >> 1) + 16);
		writeFileSync(junk, bytes);
		const damaged = await startSession({ overrides: { [`/data/tables/${file}`]: junk } });
		try {
			const { context, page, errors, warnings } = await open(damaged);
			const links = manifest.tables.find((t) => t.name === 'contribution_links')!.rows;
			await page.goto(`${damaged.server.url}/sql?q=${encodeURIComponent('SELECT * FROM contribution_links')}`);
			await page.locator('[data-status="ready"]').waitFor({ timeout: 60_000 });
			expect(await page.locator('[data-status]').getAttribute('data-source')).toBe('csv');
			// The refusal names the damaged file and why; nothing else went wrong.
			const refusal = warnings.find((w) => w.startsWith("The build's tables could not be loaded; reading the CSV files instead."));
			expect(refusal).toContain(`Refused ${file}: its SHA-256`);
			expect(refusal).toContain(manifest.integrity);
			expect(errors).toEqual([]);
			expect(damaged.server.requests).toContain('/data/contributions.csv');
			// The engine derived from the CSV files the links the build shipped.
			await page.getByRole('button', { name: /^Run/ }).click();
			await page.locator('[data-console-status="done"]').waitFor({ state: 'attached', timeout: 30_000 });
			expect(await page.locator('.meta').getAttribute('data-rows')).toBe(String(links));
			await context.close();
		} finally {
			await damaged.close();
		}
	});

	it('draws one bar per goal whose table gives the projects per goal in the data', async () => {
		const { context, page } = await openPage();
		await page.goto(server.url + '/');
		await page.locator('[data-live="live"]').waitFor({ timeout: 30_000 });
		await page.locator('figure:has(svg[aria-label^="Bar chart"]) details.table-alt > summary').click();
		const totals = await page.locator('figure:has(svg[aria-label^="Bar chart"]) details table tbody tr td:nth-child(7)').allTextContents();
		expect(totals.map(Number)).toEqual(expected.projectsPerGoal);
		await context.close();
	});

	it('works from the keyboard: skip link first, then Tab reaches the goal table and Enter opens it', async () => {
		const { context, page } = await openPage();
		await page.goto(server.url + '/');
		await page.keyboard.press('Tab');
		expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');
		await page.keyboard.press('Enter');
		expect(await page.evaluate(() => location.hash)).toBe('#main');
		let reached = false;
		for (let i = 0; i < 120 && !reached; i++) {
			await page.keyboard.press('Tab');
			reached = await page.evaluate(() => document.activeElement?.textContent?.trim() === 'Show the data as a table');
		}
		expect(reached).toBe(true);
		await page.keyboard.press('Enter');
		const details = page.locator('details.table-alt').first();
		expect(await details.getAttribute('open')).not.toBeNull();
		expect(await details.getByRole('table').isVisible()).toBe(true);
		await context.close();
	});

	it('fits a phone screen without sideways scrolling, before and after scripts run', async () => {
		for (const javaScriptEnabled of [false, true]) {
			const { context, page } = await openPage({ width: 390, javaScriptEnabled });
			await page.goto(server.url + '/');
			if (javaScriptEnabled) await page.locator('[data-status="ready"]').waitFor({ timeout: 30_000 });
			const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
			expect(overflow, `JavaScript ${javaScriptEnabled ? 'on' : 'off'}`).toBeLessThanOrEqual(0);
			await context.close();
		}
	});
});
