/**
 * What a visitor feels on each main page: from navigation until every region of figures shows
 * the answer to the address (scripts/lib/frame-sampler.ts), on a cold browser (no HTTP cache), and
 * how many frames showed a figure that ignored the address.
 */
import type { Browser } from 'playwright-core';
import { frameReport, recordFrames, waitAnswered } from '../lib/frame-sampler.ts';

/** Every main page with a filter in its address, and the overview without one. */
export const livePages = [
	'/',
	'/?goal=15&from=2001&to=2018',
	'/goals/15?strength=direct',
	'/indicators/15.5.1?region=Europe',
	'/coverage?strength=direct',
	'/flows?region=Europe',
	'/projects?goal=14'
] as const;

/**
 * Profile pages (a topic's, a country's), filtered, each listing more projects than it draws. Measured
 * on the embedded data only: at the synthetic sizes the bench serves the embedded data's prerendered
 * pages, whose rows of what is fed do not name the synthetic inventory's, so these pages would wait
 * for DuckDB where a build of that inventory would not (bench/README.md).
 */
export const profilePages = ['/topics/jrc-biodiversity-nature-and-landscapes?goal=15', '/countries/GBR?goal=15'] as const;

export interface PageLive {
	path: string;
	/** Navigation to the first frame from which every region shows its final figures: the median of the runs. */
	liveMs: number;
	/** Each run's time (a fresh browser context each: cold loads on two busy cores vary by a few hundred ms). */
	runsMs: number[];
	/** Navigation to the first contentful paint (the prerendered figures): the median of the runs. */
	firstPaintMs: number;
	/** Frames on which a region showed figures other than the final ones, over all runs. */
	wrongFrames: number;
	frames: number;
	error?: string;
}

export const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/**
 * A network round trip to add to every request (ms), emulated by the browser: on localhost a request
 * costs nothing, so a page that waits for one file before asking for the next looks as fast as one
 * that asks for both at once.
 */
export interface LiveOptions {
	latencyMs?: number;
	/** The download speed of the emulated connection, in megabits a second (0: unlimited, as localhost). */
	throughputMbps?: number;
}

export async function measureLivePages(
	browser: Browser,
	url: string,
	runs = 1,
	paths: readonly string[] = livePages,
	{ latencyMs = 0, throughputMbps = 0 }: LiveOptions = {}
): Promise<PageLive[]> {
	const out: PageLive[] = [];
	for (const path of paths) {
		const runsMs: number[] = [];
		const paintsMs: number[] = [];
		let wrongFrames = 0;
		let frames = 0;
		let error: string | undefined;
		for (let run = 0; run < runs && !error; run++) {
			// A new context each time: an empty HTTP cache, as on a first visit.
			const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
			const page = await context.newPage();
			await page.addInitScript('window.__name = (f) => f');
			if (latencyMs > 0 || throughputMbps > 0) {
				const cdp = await context.newCDPSession(page);
				await cdp.send('Network.enable');
				// Chromium takes the throughput in bytes a second.
				const downloadThroughput = throughputMbps > 0 ? (throughputMbps * 1e6) / 8 : -1;
				await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: latencyMs, downloadThroughput, uploadThroughput: -1 });
			}
			try {
				await recordFrames(page);
				await page.goto(url + path);
				await waitAnswered(page, 900_000);
				const report = await frameReport(page);
				runsMs.push(report.liveAt ?? NaN);
				paintsMs.push(await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN));
				wrongFrames += report.wrong.length;
				frames = Math.max(frames, report.frames);
			} catch (e) {
				error = e instanceof Error ? e.message.split('\n')[0] : String(e);
			} finally {
				await context.close();
			}
		}
		out.push({
			path,
			liveMs: error ? NaN : median(runsMs),
			runsMs,
			firstPaintMs: error ? NaN : Math.round(median(paintsMs)),
			wrongFrames: error ? NaN : wrongFrames,
			frames,
			...(error ? { error } : {})
		});
	}
	return out;
}
