/**
 * Topic pages in the built site: the topic × region matrix and a topic's figures agree with the data
 * files counted independently (expected-topics.ts), before any script runs and once DuckDB-wasm
 * answers; a project's topics link to their pages.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectedTopic, expectedTopicMatrix } from './expected-topics';
import { openPage, startSession, waitLive, type Session } from './session';
import { topicTextsIn } from '../../src/lib/server/topic-translations';

let session: Session;
beforeAll(async () => (session = await startSession()));
afterAll(async () => await session?.close());

const matrix = expectedTopicMatrix();

/** Every row of the page's matrix tables, as "label: projects | regions… | global". */
async function matrixRows(page: Page) {
	return page.locator('table:has(caption:has-text("Projects per topic and UN region")) tbody tr').evaluateAll((rows) =>
		rows.map((tr) => {
			const cells = [...tr.children].map((c) => (c.textContent ?? '').trim());
			return `${cells[0]}: ${cells.slice(1).join(' ')}`;
		})
	);
}
// The page lists the curated topics, then the JRC fields, each by label.
const byLabel = (a: { label: string }, b: { label: string }) => (a.label.toLowerCase() < b.label.toLowerCase() ? -1 : 1);
const expectedRows = ['curated', 'jrc-field'].flatMap((v) =>
	matrix.rows
		.filter((r) => r.vocabulary === v)
		.sort(byLabel)
		.map((r) => `${r.label}: ${r.projects} ${r.byRegion.join(' ')} ${r.global}`)
);

describe('topics', () => {
	it('shows every topic’s projects per UN region before any script runs, and the same once live', async () => {
		const { context, page, foreign } = await openPage(session, { javaScriptEnabled: false });
		await page.goto(`${session.server.url}/topics`);
		const headers = await page.locator('table thead').first().locator('th').allInnerTexts();
		expect(headers.slice(2, 2 + matrix.regions.length)).toEqual(matrix.regions);
		expect(await matrixRows(page)).toEqual(expectedRows);
		expect(foreign).toEqual([]);
		await context.close();

		const live = await openPage(session);
		await live.page.goto(`${session.server.url}/topics`);
		await waitLive(live.page);
		expect(await matrixRows(live.page)).toEqual(expectedRows);
		expect(live.errors).toEqual([]);
		await live.context.close();
	});

	it('shows a topic’s figures, and the sub-regions it has not reached', async () => {
		const vbd = expectedTopic('vector-borne-disease');
		expect(vbd.projects).toBeGreaterThan(0);
		const { context, page, errors } = await openPage(session);
		await page.goto(`${session.server.url}/topics/vector-borne-disease`);
		await waitLive(page);
		const text = async (name: string) => (await page.locator(`[data-figure="${name}"]`).innerText()).replace(/\s+/g, ' ').trim();
		expect(await text('topic-projects')).toBe(String(vbd.projects));
		expect(await text('topic-countries')).toBe(vbd.global ? `${vbd.countries} + ${vbd.global} global, naming no country` : String(vbd.countries));
		expect(await text('topic-regions')).toBe(`${vbd.regions} of 5`);
		expect(await text('topic-unreached')).toMatch(new RegExp(`^${vbd.unreached} of the ${vbd.subRegions} UN M49 sub-regions have no project on this topic`));
		expect(errors).toEqual([]);
		await context.close();
	});

	it('is reached from a project’s topics', async () => {
		const { context, page } = await openPage(session);
		await page.goto(`${session.server.url}/projects/mosquito-alert`);
		await page.getByRole('link', { name: 'Disease vectors' }).click();
		await page.waitForURL(/\/topics\/vector-borne-disease$/);
		await expect(page.locator('h1').innerText()).resolves.toBe('Disease vectors');
		await context.close();
	});

	it('names the curated topics in the page’s language, in its alphabetical order, and keeps the JRC’s fields in English, marked', async () => {
		const french = topicTextsIn('fr');
		const { context, page } = await openPage(session, { javaScriptEnabled: false });
		await page.goto(`${session.server.url}/fr/topics`);
		const firstColumn = await page.locator('table').first().locator('tbody th').allInnerTexts();
		const curatedLabels = matrix.rows.filter((r) => r.vocabulary === 'curated').map((r) => french[r.topic].label);
		expect(firstColumn).toEqual(curatedLabels.sort(new Intl.Collator('fr').compare));

		await page.goto(`${session.server.url}/fr/topics/air-quality`);
		await expect(page.locator('h1').innerText()).resolves.toBe('Qualité de l’air');
		expect(await page.locator('h1').getAttribute('lang')).toBeNull();
		await expect(page.locator('.head p:not(.kicker)').first().innerText()).resolves.toBe(french['air-quality'].description);
		await page.goto(`${session.server.url}/fr/topics/jrc-noise`);
		await expect(page.locator('h1').innerText()).resolves.toBe('Noise');
		expect(await page.locator('h1').getAttribute('lang')).toBe('en');
		await context.close();

		// Once scripts run, the same names: the regions too (the browser's own Intl names no UN region).
		const live = await openPage(session);
		await live.page.goto(`${session.server.url}/fr/topics`);
		await waitLive(live.page);
		expect(await live.page.locator('table').first().locator('tbody th').allInnerTexts()).toEqual(firstColumn);
		expect(await live.page.locator('table').first().locator('thead th').allInnerTexts()).toEqual(expect.arrayContaining(['Afrique', 'Amériques', 'Océanie']));
		expect(live.errors).toEqual([]);
		await live.context.close();
	});
});
