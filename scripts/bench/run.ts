/**
 * npm run bench: builds the site, serves it locally with the embedded data and with synthetic
 * inventories, drives headless Chromium and prints one table (also bench/results.json):
 * first chart, DuckDB ready cold and warm, data load, interaction latency, peak JS heap, bytes
 * (on the wire, as the server sent them), the same queries on native DuckDB for a wasm /
 * native ratio, and for each main page with a filtered address the time until its figures answer
 * the address, with any frame that showed a wrong figure. See bench/README.md.
 *   npm run bench [-- --sizes 10000,100000,1000000] [--reps 20] [--no-build]
 */
// First: code below formats messages, in English.
import '../lib/english.ts';
import { execSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { arg } from './args.ts';
import { launchChromium } from '../lib/browser.ts';
import { initialScripts } from '../lib/initial-scripts.ts';
import { serveStatic, type Encoding, type StaticServer } from '../lib/static-server.ts';
import { generate } from './generate.ts';
import { measureOnPage } from './interactions.ts';
import { livePages, measureLivePages, profilePages, type PageLive } from './live-pages.ts';
import { packageDir, syntheticOverrides } from './synthetic-files.ts';
import { nativeMs, overviewStatements, wasmMs } from './plain-sql.ts';
import { calibrate, describeMachine, machineLine } from './machine.ts';
import { shippedTablesDir } from '../../src/lib/data/shipped-tables.ts';

const sizes = arg('sizes', '10000,100000,1000000,10000000')
	.split(',')
	.map(Number)
	.filter((n) => n > 0);
const reps = Number(arg('reps', '40'));

if (!process.argv.includes('--no-build')) execSync('npm run build', { stdio: 'inherit' });

/**
 * Bytes a first visit downloads: the JavaScript the overview's HTML names, gzipped (kept as it was
 * computed before the build precompressed, to compare with earlier results); and the DuckDB wasm,
 * raw and as the server sent it on the first measured cold load.
 */
function byteCounts(rows: Row[]) {
	const scripts = initialScripts('build', 'index.html');
	const assets = 'build/_app/immutable/assets';
	const wasm = readdirSync(assets).find((f) => f.startsWith('duckdb-eh') && f.endsWith('.wasm'))!;
	const sent = rows.find((r) => r.transfer.wasmEncoding)?.transfer;
	return {
		initialJsGzip: scripts.gzipBytes,
		initialJsFiles: scripts.files.length,
		wasmBytes: statSync(join(assets, wasm)).size,
		wasmTransferred: sent?.wasmBytes ?? NaN,
		wasmEncoding: sent?.wasmEncoding ?? null,
		wasmWarmTransferred: sent?.wasmWarmBytes ?? NaN
	};
}

interface Row {
	dataset: string;
	contributions: number;
	/** First contentful paint of the overview, cold: the median of the five cold loads (one at ten million links). */
	firstChartMs: number;
	readyColdMs: number;
	readyWarmMs: number;
	/** From navigation until the overview's first live answer is on screen (the database ready, then the overview index built and counted). */
	liveColdMs: number;
	liveWarmMs: number;
	loadMs: number;
	interactions: { interaction: string; median: number; p95: number; queryMedian: number }[];
	peakHeapMb: number;
	/** The overview's plain queries under a goal filter (what every interaction ran before the overview index): duckdb-wasm in the page, native DuckDB in Node. */
	sqlWasmMs: number;
	sqlNativeMs: number;
	wasmOverNative: number;
	/**
	 * Body bytes the server sent from navigation until the page was live, cold and on the warm
	 * reload, and of those the DuckDB wasm's (0 warm when the browser used its HTTP cache).
	 */
	transfer: { coldBytes: number; warmBytes: number; wasmEncoding: Encoding | null; wasmBytes: number; wasmWarmBytes: number };
	/** Each main page, cold: navigation until its figures answer the address, and frames with a wrong figure. */
	pages: PageLive[];
	error?: string;
}

/** What the server sent between two points of its log. */
function transferred(server: StaticServer, from: number, to: number) {
	const sent = server.responses.slice(from, to);
	const wasm = sent.filter((r) => r.path.endsWith('.wasm'));
	return { bytes: sent.reduce((sum, r) => sum + r.bytes, 0), wasmEncoding: wasm[0]?.encoding ?? null, wasmBytes: wasm.reduce((sum, r) => sum + r.bytes, 0) };
}

async function measure(dataset: string, contributions: number, dir: string | null): Promise<Row> {
	const overrides = dir ? await syntheticOverrides(dir) : {};
	const server = await serveStatic('build', 0, overrides);
	const browser = await launchChromium();
	const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
	const page = await context.newPage();
	await page.addInitScript('window.__name = (f) => f');
	// When the overview's live figures first answer (data-live turns "live"), on each load.
	await page.addInitScript(`new MutationObserver(() => {
		if (window.__liveAt === undefined && document.querySelector('[data-live="live"]')) window.__liveAt = performance.now();
	}).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-live'] });`);
	let sqlError: string | undefined;
	const liveAt = async () => {
		await page.locator('[data-live="live"]').waitFor({ timeout: 900_000 });
		return Math.round(await page.evaluate(() => (window as unknown as { __liveAt: number }).__liveAt));
	};
	const cdp = await context.newCDPSession(page);
	await cdp.send('Performance.enable');
	let peak = 0;
	const sample = async () => {
		const { metrics } = await cdp.send('Performance.getMetrics');
		peak = Math.max(peak, metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0);
	};
	const sampler = setInterval(() => sample().catch(() => {}), 250);
	const ready = async () => {
		await page.locator('[data-status="ready"], [data-status="error"]').waitFor({ timeout: 900_000 });
		const status = page.locator('[data-status]');
		if ((await status.getAttribute('data-status')) === 'error') throw new Error(await status.innerText());
		return { at: Number(await status.getAttribute('data-ready-at')), load: Number(await status.getAttribute('data-load-ms')) };
	};
	let coldEnd = 0;
	let warmEnd = 0;
	const transfer = () => {
		const cold = transferred(server, 0, coldEnd || server.responses.length);
		const warm = transferred(server, coldEnd, warmEnd);
		return { coldBytes: cold.bytes, warmBytes: warm.bytes, wasmEncoding: cold.wasmEncoding, wasmBytes: cold.wasmBytes, wasmWarmBytes: warm.wasmBytes };
	};
	try {
		await page.goto(server.url + '/');
		// Wait for the paint entry rather than read it at once: it may not be recorded yet.
		const fcp = await page.evaluate(
			() =>
				new Promise<number>((resolve) => {
					new PerformanceObserver((list) => {
						const entry = list.getEntriesByName('first-contentful-paint')[0];
						if (entry) resolve(entry.startTime);
					}).observe({ type: 'paint', buffered: true });
					setTimeout(() => resolve(NaN), 10_000);
				})
		);
		const cold = await ready();
		const liveColdMs = await liveAt();
		coldEnd = server.responses.length;
		await page.reload();
		const warm = await ready();
		const liveWarmMs = await liveAt();
		warmEnd = server.responses.length;
		const interactions = await measureOnPage(page, reps);
		await sample();
		const statements = await overviewStatements();
		const sqlReps = Math.min(reps, contributions >= 10_000_000 ? 3 : 5);
		// The plain queries may fail where the index does not (duckdb-wasm's memory at ten million
		// links): the row keeps its other figures and says why.
		const sqlWasmMs = await wasmMs(page, server.url, statements, sqlReps).catch((e: Error) => ((sqlError = e.message.split('\n')[0]), NaN));
		const sqlNativeMs = await nativeMs(dir ? packageDir(dir) : 'data', statements, sqlReps);
		clearInterval(sampler);
		// Five cold loads of each page and their median (one at ten million links, where each takes up to a minute).
		const pages = await measureLivePages(browser, server.url, contributions >= 10_000_000 ? 1 : 5, dir ? livePages : [...livePages, ...profilePages]);
		return {
			dataset,
			contributions,
			// A single paint varies by 100 ms between cold loads: the median of the overview's cold loads when there are several.
			firstChartMs: [pages.find((p) => p.path === '/' && p.runsMs.length > 1)?.firstPaintMs].find(Number.isFinite) ?? Math.round(fcp),
			readyColdMs: cold.at,
			readyWarmMs: warm.at,
			liveColdMs,
			liveWarmMs,
			loadMs: cold.load,
			interactions,
			peakHeapMb: Math.round(peak / 1e6),
			sqlWasmMs,
			sqlNativeMs: Math.round(sqlNativeMs * 10) / 10,
			wasmOverNative: Math.round((sqlWasmMs / sqlNativeMs) * 10) / 10,
			...(sqlError ? { error: `plain SQL in duckdb-wasm: ${sqlError}` } : {}),
			transfer: transfer(),
			pages
		};
	} catch (e) {
		return {
			dataset,
			contributions,
			firstChartMs: NaN,
			readyColdMs: NaN,
			readyWarmMs: NaN,
			liveColdMs: NaN,
			liveWarmMs: NaN,
			loadMs: NaN,
			interactions: [],
			peakHeapMb: Math.round(peak / 1e6),
			sqlWasmMs: NaN,
			sqlNativeMs: NaN,
			wasmOverNative: NaN,
			transfer: transfer(),
			pages: [],
			error: e instanceof Error ? e.message.split('\n').slice(0, 3).join(' ') : String(e)
		};
	} finally {
		clearInterval(sampler);
		await browser.close();
		await server.close();
	}
}

/** The machine's speed as the run starts, and again as it ends (see machine.ts). */
async function calibrated<T>(use: (browser: Browser) => Promise<T>): Promise<T> {
	const browser = await launchChromium();
	try {
		return await use(browser);
	} finally {
		await browser.close();
	}
}
const machine = await calibrated(describeMachine);
const rows: Row[] = [];
const embeddedLinks = readFileSync('data/contributions.csv', 'utf8').trim().split('\n').length - 1;
rows.push(await measure('embedded', embeddedLinks, null));
for (const n of sizes) {
	const dir = `bench/data/${n}`;
	// Data generated before the evidence columns, the JRC crosswalk and the networks existed are generated again.
	if (!existsSync(join(dir, 'project_networks.csv'))) {
		for (const f of [
			'overview-index.bin',
			'overview-index.bin.gz',
			'project-list.bin',
			'project-list.bin.gz',
			'project-descriptions.bin',
			'project-descriptions.bin.gz',
			'project-list.json',
			'project-list.json.gz',
			'indicator-links',
			'indicator-links.json',
			shippedTablesDir
		])
			rmSync(join(dir, f), { force: true, recursive: true });
		console.log(`generating ${dir}:`, await generate(n, dir));
	}
	rows.push(await measure(`synthetic ${n.toLocaleString('en')}`, n, dir));
	console.log(`measured ${n.toLocaleString('en')}`);
}
const bytes = byteCounts(rows);
machine.calibration.end = await calibrated(calibrate);

const p = (row: Row, name: string) => row.interactions.find((i) => i.interaction === name);
const ms = (x: number | undefined) => (x === undefined || Number.isNaN(x) ? '–' : String(Math.round(x)));
const mb = (x: number) => (Number.isNaN(x) ? '–' : (x / 1e6).toFixed(x < 1e6 ? 2 : 1));
console.log(`\nBenchmark, ${new Date().toISOString()}, ${reps} repetitions per interaction (click to painted answer, ms: median / p95)`);
console.table(
	rows.map((r) => ({
		dataset: r.dataset,
		'first chart': ms(r.firstChartMs),
		'DuckDB ready cold / warm': `${ms(r.readyColdMs)} / ${ms(r.readyWarmMs)}`,
		'live cold / warm': `${ms(r.liveColdMs)} / ${ms(r.liveWarmMs)}`,
		'data load': ms(r.loadMs),
		goal: `${ms(p(r, 'filter by goal')?.median)} / ${ms(p(r, 'filter by goal')?.p95)}`,
		country: `${ms(p(r, 'filter by country')?.median)} / ${ms(p(r, 'filter by country')?.p95)}`,
		years: `${ms(p(r, 'filter by year range')?.median)} / ${ms(p(r, 'filter by year range')?.p95)}`,
		clear: `${ms(p(r, 'clear filters')?.median)} / ${ms(p(r, 'clear filters')?.p95)}`,
		'heap MB': r.peakHeapMb,
		'plain SQL wasm / native': Number.isNaN(r.wasmOverNative) ? '–' : `${ms(r.sqlWasmMs)} / ${ms(r.sqlNativeMs)} (${r.wasmOverNative}×)`,
		'MB sent cold / warm': `${mb(r.transfer.coldBytes)} / ${mb(r.transfer.warmBytes)}`,
		...(r.error ? { error: r.error.slice(0, 100) } : {})
	}))
);
console.log('\nLive cold on each main page: navigation until every figure answers the address, ms (frames that showed a wrong figure)');
console.table(
	rows.map((r) => ({
		dataset: r.dataset,
		...Object.fromEntries(
			r.pages.map((pg) => [
				pg.path,
				pg.error
					? 'error'
					: // Synthetic rows serve the embedded data's prerendered pages: unfiltered, those show the
						// embedded figures first by construction of the bench, not a fault of the page.
						`${ms(pg.liveMs)} (${r.dataset !== 'embedded' && !pg.path.includes('?') ? 'n/a' : pg.wrongFrames})`
			])
		)
	}))
);
console.log(
	`Initial JavaScript: ${(bytes.initialJsGzip / 1024).toFixed(1)} KB gzip in ${bytes.initialJsFiles} files; ` +
		`DuckDB wasm: ${mb(bytes.wasmBytes)} MB, sent as ${mb(bytes.wasmTransferred)} MB (${bytes.wasmEncoding ?? 'not fetched'}), ` +
		`${bytes.wasmWarmTransferred === 0 ? 'from the HTTP cache on the warm reload' : `${mb(bytes.wasmWarmTransferred)} MB again on the warm reload`}.`
);
console.log(machineLine(machine));
mkdirSync('bench', { recursive: true });
writeFileSync('bench/results.json', JSON.stringify({ date: new Date().toISOString(), reps, machine, bytes, rows }, null, 2) + '\n');
console.log('Written: bench/results.json');
