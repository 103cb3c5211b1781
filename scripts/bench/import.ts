/**
 * A large import through the page, in headless Chromium: a generated inventory of about SIZE_MB
 * megabytes (default 100) in the European Commission's wide layout, chosen through the file input.
 * Prints the time to the report and to the dashboard showing the import, whether the progress bar
 * moved, and how long the main thread was ever blocked (the longest gap between animation frames)
 * while the worker read and checked the file. Not a test: a measurement to read and record.
 *   tsx scripts/bench/import.ts [SIZE_MB=100]
 */
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { launchChromium } from '../lib/browser.ts';
import { serveStatic } from '../lib/static-server.ts';

const sizeMb = Number(process.argv[2] ?? 100);
const countries = [
	'France',
	'Netherlands (the)',
	'United Kingdom of Great Britain and Northern Ireland (the)',
	'Kenya',
	'Brazil',
	'Spain, Portugal',
	'World',
	'DE; AT'
];
const header = [
	'UID',
	'Name',
	'Website',
	'Brief description',
	'Geographic coverage',
	'Start year',
	'Still active',
	...Array.from({ length: 17 }, (_, g) => `SDG ${g + 1}`)
];
mkdirSync('bench/data', { recursive: true });
const path = `bench/data/import-${sizeMb}mb.csv`;
let seed = 7;
const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
const lines = [header.join(',')];
let bytes = 0;
for (let i = 1; bytes < sizeMb * 1e6; i++) {
	const scores = Array.from({ length: 17 }, () => (random() < 0.7 ? 0 : random() < 0.7 ? 1 : 2));
	const line = [
		i,
		`Project ${i}`,
		`https://example.org/p/${i}`,
		`"Volunteers record things, place ${i}."`,
		`"${countries[i % countries.length]}"`,
		1990 + (i % 35),
		i % 3 ? 'Yes' : 'No',
		...scores
	].join(',');
	lines.push(line);
	bytes += line.length + 1;
}
writeFileSync(path, lines.join('\n'));
const rows = lines.length - 1;
console.log(`${path}: ${(statSync(path).size / 1e6).toFixed(1)} MB, ${rows.toLocaleString('en')} rows`);

const server = await serveStatic('build');
const browser = await launchChromium();
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
page.on('pageerror', (e) => console.error(`page error: ${e.message}`));
// tsx compiles functions with a __name helper that the page does not have.
await page.addInitScript('window.__name = (f) => f');
await page.goto(`${server.url}/import`);
await page.locator('[data-status="ready"]').waitFor({ timeout: 60_000 });
// Watch the main thread: the longest gap between animation frames, and the progress bar's values.
await page.evaluate(() => {
	const w = window as unknown as { maxGap: number; progress: number[] };
	w.maxGap = 0;
	w.progress = [];
	let last = performance.now();
	const tick = (now: number) => {
		w.maxGap = Math.max(w.maxGap, now - last);
		last = now;
		const bar = document.querySelector('progress');
		if (bar && w.progress.at(-1) !== bar.value) w.progress.push(bar.value);
		requestAnimationFrame(tick);
	};
	requestAnimationFrame(tick);
});
const t0 = Date.now();
await page.setInputFiles('input[type=file]', path);
const chosen = Date.now();
await page.locator('.counts, .failure').first().waitFor({ timeout: 600_000 });
const reported = Date.now();
const during = await page.evaluate(() => ({ ...(window as unknown as { maxGap: number; progress: number[] }) }));
const projects = await page.locator('.counts').getAttribute('data-projects');
await page.click('button.primary:has-text("Import")');
await page.locator('.outcome').waitFor({ timeout: 600_000 });
const stored = Date.now();
const outcome = await page.locator('.outcome').innerText();
await page.goto(`${server.url}/`);
await page.locator('[data-live="live"]').first().waitFor({ timeout: 600_000 });
const shown = Date.now();
const figure = await page.locator('[data-figure="projects"]').innerText();
console.table({
	'file handed to the page (ms)': chosen - t0,
	'file read and checked, report on screen (ms)': reported - chosen,
	'longest main-thread gap while reading and checking (ms)': Math.round(during.maxGap),
	'progress values seen': during.progress.length,
	'projects in the report': projects,
	'stored in IndexedDB and reloaded into DuckDB (ms)': stored - reported,
	outcome,
	'overview live after navigation (ms)': shown - stored,
	'projects on the overview': figure
});
await browser.close();
await server.close();
