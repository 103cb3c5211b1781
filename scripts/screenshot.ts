/**
 * Look at what we build: screenshot pages of the built site in headless Chromium.
 * `tsx scripts/screenshot.ts [path ...]` writes screenshots/<name>-<width>.png at desktop and phone
 * widths, after the in-browser database is ready.
 */
import { mkdirSync } from 'node:fs';
import { drawWholePage, launchChromium } from './lib/browser.ts';
import { serveStatic } from './lib/static-server.ts';

const paths = process.argv.slice(2).length ? process.argv.slice(2) : ['/'];
const server = await serveStatic('build');
const browser = await launchChromium();
mkdirSync('screenshots', { recursive: true });
for (const path of paths) {
	for (const width of [1280, 390]) {
		const page = await browser.newPage({ viewport: { width, height: 900 }, deviceScaleFactor: 1 });
		page.on('console', (m) => m.type() === 'error' && console.error(`console: ${m.text()}`));
		page.on('response', (r) => r.status() >= 400 && console.error(`HTTP ${r.status()}: ${r.url()}`));
		page.on('pageerror', (e) => console.error(`page error: ${e.message}`));
		await page.goto(server.url + path);
		await page.waitForSelector('[data-status="ready"], [data-status="error"]', { timeout: 30_000 }).catch(() => {});
		// Pages with live figures: wait until they answer the URL's filters.
		await page.waitForSelector('[data-live="live"], [data-live="error"]', { timeout: 10_000 }).catch(() => {});
		const name = path.replace(/\W+/g, '-').replace(/^-|-$/g, '') || 'overview';
		// SCROLL=N screenshots one viewport N pixels down instead of the whole page (to read details).
		const scroll = Number(process.env.SCROLL ?? NaN);
		if (Number.isFinite(scroll)) await page.evaluate((y) => window.scrollTo(0, y), scroll);
		await drawWholePage(page);
		await page.screenshot({ path: `screenshots/${name}-${width}.png`, fullPage: !Number.isFinite(scroll) });
		await page.close();
		console.log(`screenshots/${name}-${width}.png`);
	}
}
await browser.close();
await server.close();
