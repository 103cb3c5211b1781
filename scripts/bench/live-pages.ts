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

export interface PageLive {
	path: string;
	/** Navigation to the first frame from which every region shows its final figures. */
	liveMs: number;
	/** Frames on which a region showed figures other than the final ones. */
	wrongFrames: number;
	frames: number;
	error?: string;
}

export async function measureLivePages(browser: Browser, url: string, paths: readonly string[] = livePages): Promise<PageLive[]> {
	const out: PageLive[] = [];
	for (const path of paths) {
		// A new context each time: an empty HTTP cache, as on a first visit.
		const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
		const page = await context.newPage();
		await page.addInitScript('window.__name = (f) => f');
		try {
			await recordFrames(page);
			await page.goto(url + path);
			await waitAnswered(page, 900_000);
			const report = await frameReport(page);
			out.push({ path, liveMs: report.liveAt ?? NaN, wrongFrames: report.wrong.length, frames: report.frames });
		} catch (e) {
			out.push({ path, liveMs: NaN, wrongFrames: NaN, frames: 0, error: e instanceof Error ? e.message.split('\n')[0] : String(e) });
		} finally {
			await context.close();
		}
	}
	return out;
}
