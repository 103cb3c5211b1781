/**
 * Look at what we build: screenshot pages of the built site in headless Chromium.
 * `tsx scripts/screenshot.ts [path ...]` writes screenshots/<name>-<width>.png at desktop and phone
 * widths, after the in-browser database is ready.
 */
import { mkdirSync } from 'node:fs';
import { launchChromium } from './lib/browser.ts';
import { serveStatic } from './lib/static-server.ts';

const paths = process.argv.slice(2).length ? process.argv.slice(2) : ['/'];
const server = await serveStatic('build');
const browser = await launchChromium();
mkdirSync('screenshots', { recursive: true });
for (const path of paths) {
	for (const width of [1280, 390]) {
		const page = await browser.newPage({ viewport: { width, height: 900 }, deviceScaleFactor: 1 });
		page.on('console', (m) => m.type() === 'error' && console.error(`console: ${m.text()}`));
		await page.goto(server.url + path);
		await page.waitForSelector('[data-status="ready"], [data-status="error"]', { timeout: 30_000 }).catch(() => {});
		const name = path.replace(/\W+/g, '-').replace(/^-|-$/g, '') || 'overview';
		await page.screenshot({ path: `screenshots/${name}-${width}.png`, fullPage: true });
		await page.close();
		console.log(`screenshots/${name}-${width}.png`);
	}
}
await browser.close();
await server.close();
