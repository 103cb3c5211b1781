/**
 * Draws the site's icons from `scripts/assets/favicon.svg` with Chromium: `static/favicon.png`
 * (32 px, what the pages link) and `static/apple-touch-icon.png` (180 px, for a phone's home
 * screen). Run it after changing the SVG: `npx tsx scripts/favicon.ts`.
 *
 * Why PNG: Chromium decodes a page's icon on the page's main thread, and an SVG icon is a whole
 * SVG document to build there: 24-28 ms of every page's start on two cores (traced, 5 December
 * 2026), against 4-6 ms for this PNG, at the moment the page is hydrating.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { launchChromium } from './lib/browser.ts';

const svg = readFileSync('scripts/assets/favicon.svg', 'utf8');
const browser = await launchChromium();
try {
	for (const [size, file] of [
		[32, 'static/favicon.png'],
		[180, 'static/apple-touch-icon.png']
	] as const) {
		const page = await browser.newPage({ viewport: { width: size, height: size } });
		await page.setContent(`<style>html,body{margin:0;background:transparent}</style>${svg.replace('<svg ', `<svg width="${size}" height="${size}" `)}`);
		writeFileSync(file, await page.screenshot({ omitBackground: true }));
		await page.close();
		console.log(`${file}: ${size} × ${size}`);
	}
} finally {
	await browser.close();
}
