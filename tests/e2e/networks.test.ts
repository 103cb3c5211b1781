/**
 * The networks pages in the built site: the directory's figures and the places without an
 * association agree with the data files counted independently (expected-networks.ts); a network's
 * page lists its projects and every fact's source; search and country profiles lead there.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectedNetworks, someNetworkWithProjects } from './expected-networks';
import { openPage, startSession, type Session } from './session';

let session: Session;
beforeAll(async () => (session = await startSession()));
afterAll(async () => await session?.close());

describe('networks', () => {
	it('counts the networks, the regions they reach and the areas without an association, before any script runs', async () => {
		const expected = expectedNetworks();
		expect(expected.networks).toBeGreaterThanOrEqual(25);
		expect(expected.regions).toBe(5);
		const { context, page, foreign } = await openPage(session, { javaScriptEnabled: false });
		await page.goto(`${session.server.url}/networks`);
		const text = async (name: string) => (await page.locator(`[data-figure="${name}"]`).innerText()).replace(/\s+/g, ' ').trim();
		expect(await text('networks-count')).toBe(String(expected.networks));
		expect(await text('networks-regions')).toBe(`${expected.regions} of 5`);
		expect(await text('networks-projects')).toBe(`${expected.linkedProjects} of the curated inventory, in ${expected.memberships} sourced memberships`);
		const unserved = await page
			.getByRole('table', { name: 'Areas with projects and no association' })
			.locator('tbody tr')
			.evaluateAll((rows) => rows.map((tr) => `${tr.children[0].textContent?.trim()}: ${tr.children[2].textContent?.trim()}`));
		expect(unserved.sort()).toEqual(expected.unserved);
		expect(await page.getByRole('table', { name: 'Citizen-science networks' }).locator('tbody tr').count()).toBe(expected.networks);
		await expect(page.getByRole('img').first().getAttribute('aria-label')).resolves.toContain(`${expected.unplaced} networks are not on the map`);
		expect(foreign).toEqual([]);
		await context.close();
	});

	it('maps the networks naming each country, with a table that says the same', async () => {
		const expected = expectedNetworks();
		const { context, page, errors } = await openPage(session);
		await page.goto(`${session.server.url}/networks`);
		// Once the page is live (the search field is drawn after hydration), so the toggle is Svelte's.
		await page.locator('#site-search').waitFor();
		await page.getByText('Show the data as a table').first().click();
		const table = page.getByRole('table', { name: 'Networks per country' });
		await table.locator('tbody tr').first().waitFor();
		const perCountry = await table
			.locator('tbody tr')
			.evaluateAll((rows) => rows.map((tr) => `${tr.children[0].textContent?.trim()}: ${tr.children[2].textContent?.trim()}`));
		expect(perCountry.filter((r) => !r.startsWith('No country listed')).sort()).toEqual(expected.perCountry);
		expect(errors).toEqual([]);
		await context.close();
	});

	it('shows a network’s projects and the source of every fact', async () => {
		const network = someNetworkWithProjects();
		const { context, page, errors } = await openPage(session);
		await page.goto(`${session.server.url}/networks/${network.id}`);
		await expect(page.locator('h1').innerText()).resolves.toBe(network.name);
		const names = await page
			.getByRole('table', { name: `Projects linked to ${network.name}` })
			.locator('tbody tr > :first-child')
			.allInnerTexts();
		expect(names.map((n) => n.trim()).sort()).toEqual(network.projects);
		await page.getByText(/^Sources of every fact/).click();
		await expect(page.locator('.sources q').count()).resolves.toBeGreaterThan(2);
		expect(errors).toEqual([]);
		await context.close();
	});

	it('is found by name or acronym from the search, and listed on the profiles of the countries it serves', async () => {
		const { context, page } = await openPage(session);
		await page.goto(`${session.server.url}/countries/DEU`);
		await expect(page.locator('#country-networks + ul').innerText()).resolves.toContain('European Citizen Science Association');
		const box = page.getByRole('combobox', { name: 'Search the site' });
		await box.fill('ECSA');
		await page.locator('#site-search-results:not([hidden]) [role="option"][aria-selected="true"]').waitFor();
		await box.press('Enter');
		await page.waitForURL(/\/networks\/ecsa$/);
		await expect(page.locator('h1').innerText()).resolves.toBe('European Citizen Science Association');
		await context.close();
	});
});
