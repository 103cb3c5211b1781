/**
 * Look at the chart snapshots: renders every src/lib/charts/<chart>/__snapshots__/*.svg to
 * screenshots/snapshots/<chart>-<name>.png in headless Chromium, on white, in the app's fonts.
 * `tsx scripts/view-snapshots.ts [filter]` renders those whose path contains `filter`.
 */
// First: code below formats messages, in English.
import './lib/english.ts';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium } from './lib/browser.ts';

const filter = process.argv[2] ?? '';
const root = 'src/lib/charts';
const files = readdirSync(root).flatMap((chart) => {
	const dir = join(root, chart, '__snapshots__');
	try {
		return readdirSync(dir)
			.filter((f) => f.endsWith('.svg'))
			.map((f) => ({ chart, path: join(dir, f), name: f.replace(/\.svg$/, '') }));
	} catch {
		return [];
	}
});
const browser = await launchChromium();
mkdirSync('screenshots/snapshots', { recursive: true });
for (const file of files.filter((f) => f.path.includes(filter))) {
	const page = await browser.newPage({ viewport: { width: 1000, height: 600 }, deviceScaleFactor: 1 });
	// The snapshot is the drawing as the page renders it; the page gives it its font and a margin.
	const html = `<!doctype html><body style="margin:16px;background:#fff;font-family:system-ui,'Liberation Sans','DejaVu Sans',sans-serif">${readFileSync(file.path, 'utf8')}</body>`;
	await page.setContent(html);
	const out = `screenshots/snapshots/${file.name}.png`;
	await page.locator('svg').first().screenshot({ path: out });
	await page.close();
	console.log(out);
}
await browser.close();
