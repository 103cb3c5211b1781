/**
 * The built site in Debian's Chromium: the overview shows the figures computed from data/ before
 * the in-browser database is ready (even without JavaScript), keeps them once DuckDB-wasm has
 * recomputed them, logs no console error, and never requests anything from another host.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../scripts/lib/browser';
import { serveStatic, type StaticServer } from '../../scripts/lib/static-server';
import { expectedOverview } from './expected';

let server: StaticServer;
let browser: Browser;
const expected = expectedOverview();

beforeAll(async () => {
	server = await serveStatic('build');
	browser = await launchChromium();
});
afterAll(async () => {
	await browser?.close();
	await server?.close();
});

/** A page that records console errors and every request, and refuses any host but ours. */
async function openPage(options: { javaScriptEnabled?: boolean; width?: number } = {}) {
	const context: BrowserContext = await browser.newContext({
		javaScriptEnabled: options.javaScriptEnabled ?? true,
		viewport: { width: options.width ?? 1280, height: 900 }
	});
	const foreign: string[] = [];
	const errors: string[] = [];
	await context.route('**/*', (route) => {
		const url = route.request().url();
		if (url.startsWith(server.url) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
		foreign.push(url);
		return route.abort();
	});
	context.on('request', (request) => {
		const url = request.url();
		if (!url.startsWith(server.url) && !url.startsWith('data:') && !url.startsWith('blob:')) foreign.push(url);
	});
	const page: Page = await context.newPage();
	page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
	page.on('pageerror', (e) => errors.push(e.message));
	return { context, page, foreign, errors };
}

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
	goals: `${expected.goalsReached} of 17`,
	indicators: expect.stringMatching(new RegExp(`^${expected.indicatorsLinked} of ${expected.indicatorsTotal} · \\d+(\\.\\d)?%$`))
};

describe('overview', () => {
	it('is readable with the right figures before any script runs (prerendered)', async () => {
		const { context, page, foreign } = await openPage({ javaScriptEnabled: false });
		await page.goto(server.url + '/');
		expect(await figures(page)).toEqual(expectedFigures);
		expect(await page.getByRole('img').first().getAttribute('aria-label')).toMatch(/^Bar chart of citizen-science projects per SDG goal/);
		expect(foreign).toEqual([]);
		await context.close();
	});

	it('starts DuckDB in the browser, recomputes the same figures, logs no error and stays on localhost', async () => {
		const { context, page, foreign, errors } = await openPage();
		await page.goto(server.url + '/');
		expect(await figures(page)).toEqual(expectedFigures);
		await page.locator('[data-status="ready"]').waitFor({ timeout: 30_000 });
		await page.locator('[data-source="live"]').waitFor({ timeout: 10_000 });
		expect(await figures(page)).toEqual(expectedFigures);
		expect(await page.getByRole('status').innerText()).toMatch(/in-browser DuckDB ready in \d+\.\d s/);
		// The wasm and the data came from our own server.
		expect(server.requests.some((p) => p.endsWith('.wasm'))).toBe(true);
		expect(server.requests).toContain('/data/contributions.csv');
		expect(errors).toEqual([]);
		expect(foreign).toEqual([]);
		await context.close();
	});

	it('draws one bar per goal whose table gives the projects per goal in the data', async () => {
		const { context, page } = await openPage();
		await page.goto(server.url + '/');
		await page.locator('[data-source="live"]').waitFor({ timeout: 30_000 });
		const totals = await page.locator('details table tbody tr td:last-child').allTextContents();
		expect(totals.map(Number)).toEqual(expected.projectsPerGoal);
		await context.close();
	});

	it('works from the keyboard: skip link first, then the data table opens with Enter', async () => {
		const { context, page } = await openPage();
		await page.goto(server.url + '/');
		await page.keyboard.press('Tab');
		expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');
		const summary = page.getByText('Show the data as a table');
		await summary.focus();
		await page.keyboard.press('Enter');
		expect(await page.locator('details').getAttribute('open')).not.toBeNull();
		expect(await page.getByRole('table').isVisible()).toBe(true);
		await context.close();
	});

	it('fits a phone screen without sideways scrolling', async () => {
		const { context, page } = await openPage({ width: 390 });
		await page.goto(server.url + '/');
		await page.locator('[data-status="ready"]').waitFor({ timeout: 30_000 });
		const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
		expect(overflow).toBeLessThanOrEqual(0);
		await context.close();
	});
});
