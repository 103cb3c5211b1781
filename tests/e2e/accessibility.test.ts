/**
 * axe-core (injected into the page, as the site's Content-Security-Policy allows no foreign script)
 * finds no WCAG 2.1 A or AA violation on the pages of the Partnership's map, nor in the search's
 * open list of results.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { violations, violationsAt } from './axe';
import { openPage, startSession, type Session } from './session';

let session: Session;
beforeAll(async () => (session = await startSession()));
afterAll(async () => await session?.close());

describe('accessibility', () => {
	it.each(['/countries/KEN', '/topics', '/topics/vector-borne-disease', '/networks', '/networks/inaturalist-network', '/open-data', '/open-data/api'])(
		'%s has no WCAG A or AA violation',
		async (path) => expect(await violationsAt(session, path)).toEqual([])
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
