/**
 * axe-core (injected into the page, as the site's Content-Security-Policy allows no foreign script)
 * finds no WCAG 2.1 A or AA violation on the pages of the Partnership's map, nor in the search's
 * open list of results.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPage, startSession, type Session } from './session';

const axeSource = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');
let session: Session;
beforeAll(async () => (session = await startSession()));
afterAll(async () => await session?.close());

/** Each violation as "rule (nodes): first targets". */
async function violations(page: Page): Promise<string[]> {
	await page.evaluate(axeSource);
	return page.evaluate(async () => {
		const axe = (window as unknown as { axe: { run: (c: Document, o: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } })
			.axe;
		const result = await axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] });
		return result.violations.map(
			(v) =>
				`${v.id} (${v.nodes.length}): ${v.nodes
					.slice(0, 3)
					.map((n) => n.target.join(' '))
					.join(' | ')}`
		);
	});
}

describe('accessibility', () => {
	it.each(['/countries/KEN', '/topics', '/topics/vector-borne-disease', '/networks', '/networks/inaturalist-network', '/open-data', '/open-data/api'])(
		'%s has no WCAG A or AA violation',
		async (path) => {
			const { context, page } = await openPage(session);
			await page.goto(`${session.server.url}${path}`);
			await page.locator('#site-search').waitFor();
			await page
				.locator('[data-live="live"]')
				.first()
				.waitFor({ timeout: 15_000 })
				.catch(() => {});
			expect(await violations(page)).toEqual([]);
			await context.close();
		}
	);

	it('has none in the search’s open list of results', async () => {
		const { context, page } = await openPage(session);
		await page.goto(`${session.server.url}/methodology`);
		await page.getByRole('combobox', { name: 'Search the site' }).fill('water');
		await page.locator('#site-search-results:not([hidden]) [role="option"]').first().waitFor();
		expect(await violations(page)).toEqual([]);
		await context.close();
	});
});
