/**
 * The six UN languages on the built site: every page of every published language is prerendered
 * with its `lang` and `dir`; the switch keeps the page and its filters; Arabic and Chinese pages
 * pass axe; the Arabic overview reads right to left at desktop and phone widths (screenshots are
 * written to screenshots/ to be looked at).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { drawWholePage } from '../../scripts/lib/browser';
import { publishedLocales } from '../../src/lib/i18n/locales';
import type { PlaceNames } from '../../src/lib/i18n/place-names';
import { violations, violationsAt } from './axe';
import { openPage, settle, startSession, type Session } from './session';

const others = publishedLocales.filter((l) => l.code !== 'en');
let session: Session;
beforeAll(async () => (session = await startSession()));
afterAll(async () => await session?.close());

/** The English pages of the build: every .html outside the other languages' folders. */
function englishPages(dir = 'build'): string[] {
	const pages: string[] = [];
	for (const name of readdirSync(dir)) {
		const path = join(dir, name);
		// The other languages' folders, and their overviews (build/fr.html).
		if (dir === 'build' && others.some((l) => l.code === name || `${l.code}.html` === name)) continue;
		if (statSync(path).isDirectory()) pages.push(...englishPages(path));
		else if (name.endsWith('.html') && name !== '404.html') pages.push(relative('build', path));
	}
	return pages;
}

describe.skipIf(others.length === 0)('the six UN languages', () => {
	it('prerenders every page in every published language, each with its lang and dir', () => {
		const pages = englishPages();
		expect(pages.length).toBeGreaterThan(1000);
		for (const l of others) {
			const missing = pages.filter((p) => !existsSync(join('build', l.code, p === 'index.html' ? `../${l.code}.html` : p)));
			expect(missing, `${l.english} lacks pages`).toEqual([]);
			for (const p of ['goals/15.html', 'indicators/15.5.1.html', 'countries/KEN.html', 'methodology.html']) {
				const html = readFileSync(join('build', l.code, p), 'utf8');
				expect(html, `${l.code}/${p}`).toMatch(new RegExp(`<html lang="${l.tag}" dir="${l.dir}"`));
			}
			expect(existsSync(join('build/search-index', `${l.code}.json`))).toBe(true);
		}
	});

	it("names a country's profile, and its region, in the page's language", () => {
		// The text of an element of the prerendered page, Svelte's markers left out.
		const textOf = (html: string, open: RegExp) => {
			const at = html.search(open);
			expect(at, String(open)).toBeGreaterThan(0);
			const from = html.indexOf('>', at) + 1;
			return html
				.slice(from, html.indexOf('</h', from))
				.replace(/<!--[^]*?-->/g, '')
				.replace(/<[^>]+>/g, '')
				.trim();
		};
		const english = readFileSync('build/countries/FRA.html', 'utf8');
		expect(textOf(english, /<h1\b/)).toBe('France');
		expect(textOf(english, /<h2 id="region-gaps"/)).toContain('Western Europe');
		for (const l of others) {
			const places = (JSON.parse(readFileSync(`src/lib/generated/vocabulary-titles/${l.code}.json`, 'utf8')) as { places: PlaceNames }).places;
			const html = readFileSync(join('build', l.code, 'countries/FRA.html'), 'utf8');
			// The heading, the title and the region's section: each used to give the data's English names.
			expect(textOf(html, /<h1\b/), l.code).toBe(places.countries.FRA);
			expect(html.match(/<title>([^<]*)<\/title>/)?.[1], l.code).toContain(places.countries.FRA);
			const region = textOf(html, /<h2 id="region-gaps"/);
			expect(region, l.code).toContain(places.regions['Western Europe']);
			if (places.regions['Western Europe'] !== 'Western Europe') expect(region, l.code).not.toContain('Western Europe');
		}
	});

	it("names the map's countries in the page's language, for screen readers and in its table", () => {
		const labels = (html: string) => Array.from(html.matchAll(/aria-label="([^"]*)"/g), (m) => m[1]);
		const gbr = 'United Kingdom of Great Britain and Northern Ireland';
		expect(labels(readFileSync('build/index.html', 'utf8')).some((label) => label.includes(`the most in ${gbr} (`))).toBe(true);
		for (const l of others) {
			const places = (JSON.parse(readFileSync(`src/lib/generated/vocabulary-titles/${l.code}.json`, 'utf8')) as { places: PlaceNames }).places;
			const html = readFileSync(join('build', `${l.code}.html`), 'utf8');
			// The map's label names the country with the most projects as the language does (its count in the language's brackets): it gave the data's English name.
			expect(
				labels(html).some((label) => label.includes(places.countries.GBR)),
				l.code
			).toBe(true);
			expect(
				labels(html).filter((label) => label.includes(gbr)),
				l.code
			).toEqual([]);
			// Its table for readers without JavaScript too.
			expect(html.includes(`>${gbr}<`), l.code).toBe(false);
		}
	});

	it('switches from a filtered English page to Spanish, keeping the page, its filters and its figures', async () => {
		const { context, page, errors } = await openPage(session);
		const figures = async () => {
			await page.locator('.live-note[data-live="live"]').waitFor({ timeout: 20_000 });
			// The numbers alone: words and thousands separators are the language's.
			return (await page.locator('[data-figure]').allTextContents()).map((f) =>
				f
					.replace(/[^\d\s]/g, '')
					.replace(/(\d)\s(?=\d{3}\b)/g, '$1')
					.trim()
			);
		};
		await page.goto(`${session.server.url}/?goal=15&from=2001&to=2018`);
		const english = await figures();
		const years = await page.locator('fieldset input[type="number"]').evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
		expect(years).toEqual(['2001', '2018']);
		// The languages are in a menu, closed until asked for (components/site/LanguageSwitch.svelte).
		expect(await page.locator('nav.languages a[hreflang="es"]').isVisible()).toBe(false);
		await page.locator('details.language-menu summary').click();
		await page.locator('nav.languages a[hreflang="es"]').click();
		await page.waitForURL(/\/es\?goal=15&from=2001&to=2018$/);
		expect(await page.locator('html').getAttribute('lang')).toBe('es');
		// The same figures, the same years in the filter.
		expect(await figures()).toEqual(english);
		expect(await page.locator('fieldset input[type="number"]').evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value))).toEqual(years);
		expect(await page.locator('nav.languages a[aria-current="true"]').getAttribute('hreflang')).toBe('es');
		expect(errors).toEqual([]);
		await context.close();
	});

	it.each([1280, 390])('opens the language menu from the keyboard alone at %i px, within the screen, and closes it with Escape', async (width) => {
		const { context, page, errors } = await openPage(session, { width });
		await page.goto(`${session.server.url}/ar`);
		await settle(page);
		const summary = page.locator('details.language-menu summary');
		// Tab from the top of the page until the menu's name has the focus.
		let reached = false;
		for (let i = 0; i < 20 && !reached; i++) {
			await page.keyboard.press('Tab');
			reached = await summary.evaluate((s) => s === document.activeElement);
		}
		expect(reached).toBe(true);
		await page.keyboard.press('Enter');
		const links = page.locator('nav.languages a');
		for (let i = 0; i < publishedLocales.length; i++) expect(await links.nth(i).isVisible(), `link ${i}`).toBe(true);
		// Every name on the screen, none past an edge of it.
		for (const box of await links.evaluateAll((as) => as.map((a) => a.getBoundingClientRect().toJSON() as DOMRect)))
			expect(box.left >= 0 && box.right <= width, JSON.stringify(box)).toBe(true);
		expect(await violations(page)).toEqual([]);
		await page.keyboard.press('Tab');
		expect(await page.evaluate(() => document.activeElement?.getAttribute('hreflang'))).toBe('en');
		await page.keyboard.press('Escape');
		expect(await page.locator('details.language-menu').getAttribute('open')).toBeNull();
		expect(await summary.evaluate((s) => s === document.activeElement)).toBe(true);
		expect(errors).toEqual([]);
		await context.close();
	});

	it.each(['/ar', '/ar/goals/15', '/ar/indicators/15.5.1', '/zh', '/zh/countries/KEN', '/zh/methodology'])('%s has no WCAG A or AA violation', async (path) => {
		expect(await violationsAt(session, path)).toEqual([]);
	});

	it.each(['fr', 'ru'])('keeps every goal label of the %s overview clear of its bar, shortened with its whole text in a tooltip', async (code) => {
		// Wide enough for labels beside the bars (a narrow chart puts them above).
		const { context, page } = await openPage(session, { width: 1280 });
		await page.goto(`${session.server.url}/${code}`);
		await page.locator('[data-live="live"]').first().waitFor({ timeout: 30_000 });
		const rows = await page.locator('svg g.row[data-goal]').evaluateAll((all) =>
			all.map((row) => {
				const label = row.querySelector('text.goal-label') as SVGTextElement;
				const bar = row.querySelector(':scope > g:last-of-type > rect') as SVGRectElement;
				return {
					goal: row.getAttribute('data-goal'),
					gap: bar.getBoundingClientRect().left - label.getBoundingClientRect().right,
					text: label.firstChild?.textContent ?? '',
					title: label.querySelector('title')?.textContent ?? null
				};
			})
		);
		expect(rows).toHaveLength(17);
		for (const row of rows) expect(row.gap, `goal ${row.goal}: ${row.text}`).toBeGreaterThan(0);
		// French goal 13's short title is longer than the room beside the bars.
		const shortened = rows.filter((r) => r.title !== null);
		if (code === 'fr') expect(shortened.map((r) => r.goal)).toContain('13');
		for (const r of shortened) expect(r.text.endsWith('…') && r.title!.startsWith(r.text.slice(0, -1))).toBe(true);
		await context.close();
	});

	it.each([1280, 390])('lays the Arabic overview out right to left at %i px, without sideways scrolling', async (width) => {
		const { context, page } = await openPage(session, { width });
		await page.goto(`${session.server.url}/ar`);
		await page.locator('[data-live="live"]').first().waitFor({ timeout: 15_000 });
		expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
		const layout = await page.evaluate(() => {
			// The first line of the heading and the site's name: where their text sits on the line.
			const range = document.createRange();
			range.selectNodeContents(document.querySelector('main h1')!);
			const line = range.getClientRects()[0];
			const brandText = document.createRange();
			brandText.selectNodeContents(document.querySelector('.site-header .brand')!);
			const brand = brandText.getClientRects()[0];
			const main = document.querySelector('main')!.getBoundingClientRect();
			const page = document.documentElement.clientWidth;
			return {
				scroll: document.documentElement.scrollWidth - document.documentElement.clientWidth,
				heading: { fromRight: main.right - line.right, fromLeft: line.left - main.left },
				brand: { fromRight: page - brand.right, fromLeft: brand.left }
			};
		});
		expect(layout.scroll).toBeLessThanOrEqual(0);
		// Text starts at the right-hand edge: the heading's first line, and the site's name in the header.
		expect(layout.heading.fromRight).toBeLessThanOrEqual(layout.heading.fromLeft);
		expect(layout.heading.fromRight).toBeLessThan(40);
		expect(layout.brand.fromRight).toBeLessThan(layout.brand.fromLeft);
		await drawWholePage(page);
		await page.screenshot({ path: `screenshots/ar-overview-${width}.png`, fullPage: true });
		await context.close();
	});
});
