/**
 * Addresses that name nothing get the site's own 404 page, with the HTTP status 404, saying what was
 * not found and where the real ones are; an unknown embed says so inside the frame, without the site.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPage, startSession, type Session } from './session';

let session: Session;
beforeAll(async () => (session = await startSession()));
afterAll(async () => await session?.close());

const cases: [string, RegExp, RegExp][] = [
	['/goals/99', /No such goal/, /There is no SDG goal “99”: the goals are numbered 1 to 17/],
	['/indicators/99.9.9', /No such indicator/, /There is no indicator “99.9.9” in the UN global indicator framework/],
	['/countries/XKX', /No such country/, /There is no country or area “XKX” in the UN M49 list/],
	['/topics/no-such-topic', /No such topic/, /There is no topic “no-such-topic”/],
	['/networks/no-such-network', /No such network/, /There is no network “no-such-network”/],
	['/projects/no-such-project', /No such project/, /There is no project “no-such-project”/],
	['/no/such/page', /Page not found/, /There is no page at \/no\/such\/page/]
];

describe('the 404 page', () => {
	it.each(cases)('answers %s with status 404 and says what is missing', async (path, heading, message) => {
		const { page, context } = await openPage(session);
		const response = await page.goto(`${session.server.url}${path}`);
		expect(response?.status()).toBe(404);
		await expect(page.locator('h1').innerText()).resolves.toMatch(heading);
		await expect(page.locator('main').innerText()).resolves.toMatch(message);
		// The site around it: the sections are one click away.
		await expect(page.getByRole('navigation', { name: 'Sections' }).locator('a').count()).resolves.toBe(12);
		await context.close();
	});

	it.each([
		['/fr/no/such/page', 'fr', 'ltr'],
		['/ar/countries/XKX', 'ar', 'rtl']
	])('marks %s, drawn in its language from the one English 404.html, with that language and direction', async (path, lang, dir) => {
		const { page, context } = await openPage(session);
		const response = await page.goto(`${session.server.url}${path}`);
		expect(response?.status()).toBe(404);
		await page.waitForFunction((lang) => document.documentElement.lang === lang, lang, { timeout: 20_000 });
		expect(await page.locator('html').getAttribute('dir')).toBe(dir);
		// Drawn in that language: not the English heading.
		await expect(page.locator('h1').innerText()).resolves.not.toMatch(/Page not found|No such country/);
		await context.close();
	});

	it('says an unknown embed is not a chart, inside the frame and without the site', async () => {
		const { page, context } = await openPage(session);
		const response = await page.goto(`${session.server.url}/embed/no-such-chart`);
		expect(response?.status()).toBe(404);
		await expect(page.getByRole('alert').innerText()).resolves.toMatch(/Chart not found\. There is no embeddable chart “no-such-chart”\. Charts: goals, map/);
		await expect(page.locator('.site-header').count()).resolves.toBe(0);
		await context.close();
	});

	it('still says so without JavaScript', async () => {
		const { page, context } = await openPage(session, { javaScriptEnabled: false });
		const response = await page.goto(`${session.server.url}/goals/99`);
		expect(response?.status()).toBe(404);
		await expect(page.locator('h1').innerText()).resolves.toBe('Page not found');
		await context.close();
	});
});
