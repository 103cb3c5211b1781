/**
 * Exploring in Chromium: drill down from the overview to a goal, an indicator and a project and
 * back; cross-filter by clicking a country; share a URL and reopen the same view; bad URL
 * parameters are reported. Expected numbers come from data/ computed in plain TypeScript.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectedOverview, linkGoals, read, someIndicatorLink } from './expected';
import { openPage, startSession, waitLive, type Session } from './session';
import { waitAnswered } from '../../scripts/lib/frame-sampler';

let session: Session;
beforeAll(async () => {
	session = await startSession();
});
afterAll(async () => {
	await session?.close();
});

const goalTotals = (page: Page) => page.locator('g.row[data-goal]').evaluateAll((rows) => rows.map((r) => Number(r.getAttribute('data-total'))));
const figure = async (page: Page, name: string) => (await page.locator(`[data-figure="${name}"]`).innerText()).replace(/\s+/g, ' ');

describe('explore', () => {
	it('drills down from the overview to a goal, an indicator and a project, and back', async () => {
		const { context, page, errors } = await openPage(session);
		const link = someIndicatorLink();
		await page.goto(session.server.url + '/');
		await waitLive(page);

		await page.locator('figure:has(svg[aria-label^="Bar chart"]) details.table-alt > summary').click();
		await page
			.getByRole('link', { name: new RegExp(`^${link.goal} `) })
			.first()
			.click();
		await expect.poll(() => page.locator('h1').innerText()).toMatch(new RegExp(`^Goal ${link.goal}:`));

		await page.getByRole('link', { name: link.indicator, exact: true }).first().click();
		await expect.poll(() => page.locator('h1').innerText()).toBe(`Indicator ${link.indicator}`);
		await waitLive(page);

		await page.getByRole('link', { name: link.projectName, exact: true }).first().click();
		await expect.poll(() => page.locator('h1').innerText()).toBe(link.projectName);
		expect(await page.getByRole('link', { name: new RegExp(link.indicator.replaceAll('.', '\\.')) }).count()).toBeGreaterThan(0);

		await page.goBack();
		await expect.poll(() => page.locator('h1').innerText()).toBe(`Indicator ${link.indicator}`);
		await page.goBack();
		await expect.poll(() => page.locator('h1').innerText()).toMatch(new RegExp(`^Goal ${link.goal}:`));
		await page.goBack();
		await expect.poll(() => page.locator('h1').innerText()).toBe('How citizen science feeds the Sustainable Development Goals');
		expect(errors).toEqual([]);
		await context.close();
	});

	it('cross-filters: clicking a country changes the figures and the goal chart to that country’s numbers', async () => {
		const { context, page, errors } = await openPage(session);
		await page.goto(session.server.url + '/');
		await waitLive(page);
		const all = expectedOverview();
		expect(await goalTotals(page)).toEqual(all.projectsPerGoal);

		const kenya = expectedOverview('KEN');
		await page.locator('path[data-iso3="KEN"]').click();
		await expect.poll(() => page.url()).toContain('country=KEN');
		await expect.poll(() => figure(page, 'projects')).toBe(String(kenya.projects));
		expect(await goalTotals(page)).toEqual(kenya.projectsPerGoal);
		expect(await figure(page, 'goals')).toBe(`${kenya.goalsToday} of 17`);
		// The map keeps every country while one is selected, and marks the selection.
		expect(await page.locator('path.country.selected').count()).toBe(1);
		// Every country with projects is drawn, but those too small for the scale, which the note names.
		const undrawn = Number((await page.locator('[data-undrawn]').getAttribute('data-undrawn')) ?? 0);
		expect((await page.locator('path.country.has-data').count()) + undrawn).toBe(all.countries);

		// Back undoes the filter.
		await page.goBack();
		await expect.poll(() => figure(page, 'projects')).toBe(String(all.projects));
		expect(errors).toEqual([]);
		await context.close();
	});

	it('says the map cannot draw only the global-scale projects naming no country, and a goal page counts countries under its filters', async () => {
		const countryRows = read('project_countries.csv');
		const named = new Set(countryRows.map((r) => r.project_id));
		const unplaced = read('projects.csv').filter((p) => p.geographic_scale === 'global' && !named.has(p.project_id)).length;
		// The published inventory holds global-scale records that name countries: they are drawn there.
		expect(unplaced).toBeLessThan(expectedOverview().globalProjects);
		const { context, page, errors } = await openPage(session);
		await page.goto(session.server.url + '/');
		await waitLive(page);
		expect(await page.locator('main').innerText()).toContain(`${unplaced} global-scale projects name no country and are not drawn.`);

		// Goal 15 in Kenya: its projects, and the countries they name (a project in Kenya may name others).
		const goalsOf = linkGoals();
		const inKenya = new Set(countryRows.filter((r) => r.country === 'KEN').map((r) => r.project_id));
		const inGoal = (strength?: string) =>
			new Set(
				read('contributions.csv')
					.filter((c) => inKenya.has(c.project_id) && goalsOf(c).includes('15') && (!strength || c.strength === strength))
					.map((c) => c.project_id)
			);
		const countriesOf = (projects: Set<string>) => new Set(countryRows.filter((r) => projects.has(r.project_id)).map((r) => r.country)).size;
		for (const [query, projects] of [
			['', inGoal()],
			// Direct links only: none in Kenya in the published data, so no country either.
			['&strength=direct', inGoal('direct')]
		] as const) {
			await page.goto(`${session.server.url}/goals/15?country=KEN${query}`);
			await waitLive(page);
			expect(await figure(page, 'goal-projects')).toBe(String(projects.size));
			expect((await figure(page, 'goal-countries')).split(' ')[0]).toBe(String(countriesOf(projects)));
			// The map keeps goal 15's countries elsewhere.
			expect(await page.locator('path.country.has-data').count()).toBeGreaterThan(1);
		}
		expect(errors).toEqual([]);
		await context.close();
	});

	it('walks back and forward through filter changes, which add history entries without reloading the page', async () => {
		const { context, page, errors } = await openPage(session);
		await page.goto(session.server.url + '/');
		await waitLive(page);
		await page.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true));
		const all = await figure(page, 'projects');
		const kenya = expectedOverview('KEN');

		await page.locator('path[data-iso3="KEN"]').click();
		await expect.poll(() => figure(page, 'projects')).toBe(String(kenya.projects));
		await page.getByRole('button', { name: 'Goal 15: Life on land' }).click();
		await expect.poll(() => page.url()).toMatch(/country=KEN.*goal=15|goal=15.*country=KEN/);
		await waitLive(page);
		const both = await figure(page, 'projects');

		await page.goBack();
		await expect.poll(() => page.url()).not.toContain('goal=15');
		await expect.poll(() => figure(page, 'projects')).toBe(String(kenya.projects));
		expect(await page.locator('path.country.selected').count()).toBe(1);
		await page.goForward();
		await expect.poll(() => figure(page, 'projects')).toBe(both);
		await page.goBack();
		await page.goBack();
		await expect.poll(() => page.url()).toBe(session.server.url + '/');
		await expect.poll(() => figure(page, 'projects')).toBe(all);
		expect(await page.locator('path.country.selected').count()).toBe(0);
		// Same document throughout: the filters changed the address, not the page.
		expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);

		// Another section keeps the filters shown, and a reload reopens them.
		await page.locator('path[data-iso3="KEN"]').click();
		await expect.poll(() => page.url()).toContain('country=KEN');
		await page.getByRole('link', { name: 'Projects', exact: true }).click();
		await expect.poll(() => page.url()).toContain('/projects?country=KEN');
		await page.reload();
		await waitLive(page);
		expect(page.url()).toContain('country=KEN');
		expect(errors).toEqual([]);
		await context.close();
	});

	it('filters the map by goal: only countries with projects for that goal keep their colour', async () => {
		const { context, page } = await openPage(session);
		await page.goto(session.server.url + '/?goal=14');
		await waitLive(page);
		const withData = await page.locator('path.country.has-data').count();
		const all = expectedOverview();
		expect(withData).toBeGreaterThan(0);
		expect(withData).toBeLessThan(all.countries);
		expect(await page.locator('.chips').innerText()).toContain('Goal 14 Life below water');
		await context.close();
	});

	it('round-trips the URL: a copied link reopens the same view', async () => {
		const first = await openPage(session);
		await first.page.goto(session.server.url + '/');
		await waitLive(first.page);
		await first.page.getByRole('button', { name: 'Goal 15: Life on land' }).click();
		await first.page.getByRole('button', { name: 'Indirect', exact: true }).click();
		await first.page.getByLabel('Region').selectOption('Europe');
		await expect.poll(() => first.page.url()).toContain('region=Europe');
		await expect.poll(() => first.page.locator('[data-live]').getAttribute('data-live')).toBe('live');
		const shared = first.page.url();
		expect(new URL(shared).search).toBe('?goal=15&strength=indirect&region=Europe');
		const projects = await figure(first.page, 'projects');
		const totals = await goalTotals(first.page);
		await first.context.close();

		const second = await openPage(session);
		await second.page.goto(shared);
		await waitLive(second.page);
		expect(await figure(second.page, 'projects')).toBe(projects);
		expect(await goalTotals(second.page)).toEqual(totals);
		expect(await second.page.locator('.chips').innerText()).toMatch(/Goal 15 Life on land[\s\S]*Indirect links[\s\S]*Europe/);
		expect(await second.page.getByRole('button', { name: 'Goal 15: Life on land' }).getAttribute('aria-pressed')).toBe('true');
		await second.page.getByRole('button', { name: 'Reset all filters' }).click();
		await expect.poll(() => new URL(second.page.url()).search).toBe('');
		await expect.poll(() => figure(second.page, 'projects')).toBe(String(expectedOverview().projects));
		await second.context.close();
	});

	it('keeps a JRC field chosen as a topic in the address, by its page, and reopens it (its label holds a comma)', async () => {
		const { context, page, errors } = await openPage(session);
		await page.goto(session.server.url + '/');
		await waitLive(page);
		await page.getByLabel('Topic').selectOption('Biodiversity, nature and landscapes');
		await expect.poll(() => new URL(page.url()).search).toBe('?topic=jrc-biodiversity-nature-and-landscapes');
		await waitAnswered(page);
		const unread = page.getByText('were not understood');
		expect(await unread.count()).toBe(0);
		expect(await page.locator('.chips').innerText()).toContain('Topic: Biodiversity, nature and landscapes');
		const projects = await figure(page, 'projects');
		await page.reload();
		await waitAnswered(page);
		expect(await unread.count()).toBe(0);
		expect(await figure(page, 'projects')).toBe(projects);
		// The field's own page, counted by the build's SQL, has as many projects.
		await page.goto(session.server.url + '/topics/jrc-biodiversity-nature-and-landscapes');
		await waitAnswered(page);
		expect(await figure(page, 'topic-projects')).toBe(projects);
		expect(errors).toEqual([]);
		await context.close();
	});

	it('says which URL parameters it could not use, and applies the rest', async () => {
		const { context, page, errors } = await openPage(session);
		await page.goto(session.server.url + '/?goal=99&country=XYZ&from=later&region=Europe');
		await waitLive(page);
		const alert = await page.getByRole('alert').innerText();
		expect(alert).toContain('goal=99: expected a goal number from 1 to 17');
		expect(alert).toContain('country=XYZ: expected a known ISO 3166-1 alpha-3 country code');
		expect(alert).toContain('from=later: expected a four-digit year');
		expect(await page.locator('.chips').innerText()).toContain('Europe');
		expect(errors).toEqual([]);
		await context.close();
	});

	it('keeps the filters when moving between sections, and filters the coverage matrix', async () => {
		const { context, page } = await openPage(session);
		await page.goto(session.server.url + '/?country=GBR');
		await waitLive(page);
		await page.getByRole('link', { name: 'Indicator coverage' }).click();
		await expect.poll(() => page.url()).toMatch(/\/coverage\?country=GBR$/);
		await waitLive(page);
		const filtered = await page.locator('[data-figure="coverage"]').innerText();
		expect(filtered).toMatch(/feed \d+ of the 231 indicators today|No document shows citizen-science data feeding any of the 231 indicators today/);
		await page.getByRole('button', { name: 'Reset all filters' }).click();
		await expect
			.poll(() => page.locator('[data-figure="coverage"]').innerText())
			.toContain(`feed ${expectedOverview().indicatorsToday} of the 231 indicators today`);
		await context.close();
	});
});
