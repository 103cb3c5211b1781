/**
 * Country profiles in the built site: the figures, and what the region feeds that the country does
 * not, agree with the data files counted independently (expected-countries.ts), before any script
 * runs and once DuckDB-wasm answers; the page is reached from the map and links to its projects.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countryWithoutProjects } from './expected';
import { expectedCountry } from './expected-countries';
import { openPage, startSession, waitLive, type Session } from './session';

let session: Session;
beforeAll(async () => (session = await startSession()));
afterAll(async () => await session?.close());

const kenya = expectedCountry('KEN');

async function figures(page: Page) {
	const text = async (name: string) => (await page.locator(`[data-figure="${name}"]`).innerText()).replace(/\s+/g, ' ').trim();
	return {
		projects: await text('country-projects'),
		goals: await text('country-goals'),
		fed: await text('country-fed'),
		global: await text('country-global'),
		region: await text('country-region')
	};
}

const expectedFigures = {
	projects: String(kenya.projects),
	goals: `${kenya.goals} of 17`,
	fed: `${kenya.fedToday} and ${kenya.fedOther} more potential or JRC-scored`,
	global: `${kenya.global} name no country, counted apart`,
	region: expect.stringMatching(new RegExp(`^${kenya.regionProjects} projects work in ${kenya.regionCountries} of the countries of ${kenya.region}\\.`))
};

/** "level code" of each row of the region's table, as expected-countries.ts names them. */
async function gapCodes(page: Page) {
	// The document's text, not the rendering's: a table below the fold is not laid out until it comes
	// near the screen (content-visibility in DataTable), and innerText reads the layout.
	// Each row's first link: on a phone the region's countries follow it in the same cell (FeedTable).
	const links = await page
		.locator('[aria-labelledby="region-gaps"] tbody tr > :first-child')
		.evaluateAll((cells) => cells.map((c) => c.querySelector('a')?.textContent ?? ''));
	return links.map((t) => t.trim().replace(/^(\w+) /, (_, level: string) => `${level.toLowerCase()} `)).sort();
}

describe('country profile', () => {
	it('shows Kenya’s figures and its region’s gaps before any script runs (prerendered)', async () => {
		const { context, page, foreign } = await openPage(session, { javaScriptEnabled: false });
		const response = await page.goto(`${session.server.url}/countries/KEN`);
		expect(response?.status()).toBe(200);
		await expect(page.locator('h1').innerText()).resolves.toBe('Kenya');
		expect(await figures(page)).toEqual(expectedFigures);
		expect(await gapCodes(page)).toEqual(kenya.gaps);
		expect(kenya.gaps.length).toBeGreaterThan(0);
		expect(foreign).toEqual([]);
		await context.close();
	});

	it('keeps them once DuckDB-wasm answers, and says a country in the address is not applied', async () => {
		const { context, page, foreign, errors } = await openPage(session);
		await page.goto(`${session.server.url}/countries/KEN?country=DEU`);
		await waitLive(page);
		expect(await figures(page)).toEqual(expectedFigures);
		expect(await gapCodes(page)).toEqual(kenya.gaps);
		await expect(page.getByText("country=DEU: not applied: this page is Kenya's profile").count()).resolves.toBe(1);
		// Each gap names where in the region it is fed, linked to that country's profile.
		const where = page.locator('[aria-labelledby="region-gaps"] tbody tr').first().locator('td').last().locator('a').first();
		expect(await where.getAttribute('href')).toMatch(/\/countries\/[A-Z]{3}$/);
		expect(foreign).toEqual([]);
		expect(errors).toEqual([]);
		await context.close();
	});

	it('is reached from the map’s selected country and links each project, whose page links back', async () => {
		const { context, page } = await openPage(session);
		await page.goto(`${session.server.url}/?country=KEN&goal=15`);
		await waitLive(page);
		await page.getByRole('link', { name: 'Kenya', exact: true }).first().click();
		await page.waitForURL(/\/countries\/KEN\?goal=15$/);
		await waitLive(page);
		// The goal filter came along; the country is the page's own.
		const projects = page.getByRole('table', { name: 'Projects working in Kenya' }).locator('tbody tr');
		const count = await projects.count();
		expect(count).toBeGreaterThan(0);
		expect(count).toBeLessThanOrEqual(kenya.projects);
		await projects.first().locator('a').first().click();
		await page.waitForURL(/\/projects\//);
		await expect(page.locator(`a[href$="/countries/KEN"]`).count()).resolves.toBeGreaterThan(0);
		await context.close();
	});

	it('gives a country no project names its empty state, with the global projects that cover it', async () => {
		const iso3 = countryWithoutProjects();
		const empty = expectedCountry(iso3);
		expect(empty.projects).toBe(0);
		const { context, page } = await openPage(session, { javaScriptEnabled: false });
		await page.goto(`${session.server.url}/countries/${iso3}`);
		await expect(page.locator('main').innerText()).resolves.toContain(
			`No project in the datasets shown names ${empty.name} yet. ${empty.global} global-scale projects cover every country`
		);
		await context.close();
	});

	it('places a country in its UN regions in the page’s language, before and after scripts run', async () => {
		const { context, page, errors } = await openPage(session);
		await page.goto(`${session.server.url}/fr/countries/KEN`);
		const kicker = () => page.locator('.kicker').first().innerText();
		await expect(kicker()).resolves.toMatch(/^Afrique › Afrique orientale/);
		await waitLive(page);
		await expect(kicker()).resolves.toMatch(/^Afrique › Afrique orientale/);
		expect(errors).toEqual([]);
		await context.close();
	});
});
