/**
 * The header's search in the built site: typed as a visitor types, from the keyboard only, it lands
 * on the right page, never asks another host for anything, and reads as a combobox.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPage, startSession, type Session } from './session';

let session: Session;
beforeAll(async () => (session = await startSession()));
afterAll(async () => await session?.close());

async function typeAndEnter(page: Page, query: string) {
	const box = page.getByRole('combobox', { name: 'Search the site' });
	await box.fill(query);
	await page.locator(`#site-search-results:not([hidden]) [role="option"][aria-selected="true"]`).waitFor();
	await box.press('Enter');
}

describe('site search', () => {
	it.each([
		['15.5.1', '/indicators/15.5.1'],
		['red list', '/indicators/15.5.1'],
		['Kenya', '/countries/KEN'],
		['KEN', '/countries/KEN'],
		['Keyna', '/countries/KEN'],
		['mosquito', /\/(topics\/vector-borne-disease|networks\/global-mosquito-alert)$/]
	] as [string, string | RegExp][])('takes “%s” and Enter to %s', async (query, path) => {
		const { context, page, foreign, errors } = await openPage(session);
		await page.goto(`${session.server.url}/methodology`);
		await typeAndEnter(page, query);
		await page.waitForURL(typeof path === 'string' ? `${session.server.url}${path}` : path);
		await expect(page.locator('h1').innerText()).resolves.toBeTruthy();
		expect(foreign).toEqual([]);
		expect(errors).toEqual([]);
		await context.close();
	});

	it('is reached with “/”, moved through with the arrows, closed with Escape', async () => {
		const { context, page } = await openPage(session);
		await page.goto(`${session.server.url}/`);
		const box = page.getByRole('combobox', { name: 'Search the site' });
		await box.waitFor();
		await page.keyboard.press('/');
		await expect(box.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
		await page.keyboard.type('water');
		await page.locator('#site-search-results:not([hidden])').waitFor();
		expect(await box.getAttribute('aria-expanded')).toBe('true');
		const groups = await page.locator('#site-search-results [role="group"]').count();
		expect(groups).toBeGreaterThan(2);
		const firstId = await box.getAttribute('aria-activedescendant');
		await page.keyboard.press('ArrowDown');
		const secondId = await box.getAttribute('aria-activedescendant');
		expect(secondId).not.toBe(firstId);
		expect(await page.locator(`#${secondId}`).getAttribute('aria-selected')).toBe('true');
		await page.keyboard.press('ArrowUp');
		expect(await box.getAttribute('aria-activedescendant')).toBe(firstId);
		// The status line tells a screen reader what there is.
		await expect(page.locator('.search [role="status"]').innerText()).resolves.toMatch(/^\d+ results; the first is selected/);
		await page.keyboard.press('Escape');
		expect(await box.getAttribute('aria-expanded')).toBe('false');
		await page.keyboard.press('Escape');
		expect(await box.inputValue()).toBe('');
		await context.close();
	});

	it('says when nothing is found', async () => {
		const { context, page } = await openPage(session);
		await page.goto(`${session.server.url}/`);
		const box = page.getByRole('combobox', { name: 'Search the site' });
		await box.fill('zzqxj');
		await expect(page.locator('#site-search-results').innerText()).resolves.toContain('Nothing found for “zzqxj”.');
		await page.keyboard.press('Enter');
		expect(page.url()).toBe(`${session.server.url}/`);
		await context.close();
	});
});
