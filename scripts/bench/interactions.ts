/**
 * Interaction latency on the built site in headless Chromium: for each interaction, the time from
 * the click to the frame after the page shows the answer, and the part of it spent in queries.
 * Prints median and p95 over the repetitions. Not a test: a measurement to read and record.
 *   tsx scripts/bench/interactions.ts [repetitions=20]
 */
import type { Page } from 'playwright-core';
import { launchChromium } from '../lib/browser.ts';
import { serveStatic } from '../lib/static-server.ts';

const repetitions = Number(process.argv[2] ?? 20);

/**
 * Click something, then wait for the live figures' next answer and the frame that paints it. (Until
 * this session the wait ended one frame later, after a second requestAnimationFrame: about 16 ms
 * more per interaction at 60 frames a second.)
 */
async function timed(page: Page, selector: string, action: 'click' | { select: string } | { fill: string }) {
	return page.evaluate(
		async ({ selector, action }) => {
			const note = document.querySelector<HTMLElement>('[data-live]')!;
			const before = note.dataset.version;
			const target = document.querySelector<HTMLElement>(selector)!;
			const t0 = performance.now();
			if (action === 'click') target.click();
			else {
				const input = target as HTMLInputElement | HTMLSelectElement;
				input.value = 'select' in action ? action.select : action.fill;
				input.dispatchEvent(new Event('change', { bubbles: true }));
			}
			await new Promise<void>((resolve, reject) => {
				const timeout = setTimeout(() => reject(new Error(`no answer after ${selector}`)), 600_000);
				// Checked in animation-frame callbacks: the first that sees the answer belongs to the
				// frame that paints it, and a task queued from there runs once that frame is painted.
				const check = () => {
					if (note.dataset.version !== before && note.dataset.live === 'live') {
						clearTimeout(timeout);
						setTimeout(resolve, 0);
					} else requestAnimationFrame(check);
				};
				requestAnimationFrame(check);
			});
			return { total: performance.now() - t0, query: Number(note.dataset.queryMs) };
		},
		{ selector, action }
	);
}

const quantile = (xs: number[], q: number) => {
	const s = [...xs].sort((a, b) => a - b);
	return s[Math.min(s.length - 1, Math.floor(q * s.length))];
};

export async function measureInteractions(url: string, reps: number) {
	const browser = await launchChromium();
	const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
	// tsx compiles functions with a __name helper that the page does not have.
	await page.addInitScript('window.__name = (f) => f');
	await page.goto(url);
	await page.locator('[data-live="live"]').waitFor({ timeout: 30_000 });
	const results = await measureOnPage(page, reps);
	await browser.close();
	return results;
}

/** Each interaction `reps` times on a page whose live figures are ready; median and p95. */
export async function measureOnPage(page: Page, reps: number) {
	const interactions: [string, () => Promise<{ total: number; query: number }>, () => Promise<unknown>][] = [
		[
			'filter by goal',
			() => timed(page, 'button[aria-label="Goal 15: Life on land"]', 'click'),
			() => timed(page, 'button[aria-label="Goal 15: Life on land"]', 'click')
		],
		[
			'filter by country',
			() => timed(page, 'select:has(option[value="KEN"])', { select: 'KEN' }),
			() => timed(page, 'button[aria-label="Remove filter Kenya"]', 'click')
		],
		['filter by year range', () => timed(page, 'input[type="number"]', { fill: '2010' }), () => timed(page, 'input[type="number"]', { fill: '' })],
		['clear filters', () => timed(page, 'button.reset', 'click'), () => timed(page, 'button[aria-label="Goal 6: Clean water and sanitation"]', 'click')]
	];
	const results: { interaction: string; median: number; p95: number; queryMedian: number }[] = [];
	for (const [name, run, undo] of interactions) {
		if (name === 'clear filters') await timed(page, 'button[aria-label="Goal 6: Clean water and sanitation"]', 'click');
		const totals: number[] = [];
		const queries: number[] = [];
		for (let i = 0; i < reps; i++) {
			const { total, query } = await run();
			totals.push(total);
			queries.push(query);
			await undo();
		}
		if (name === 'clear filters') await timed(page, 'button.reset', 'click');
		results.push({ interaction: name, median: quantile(totals, 0.5), p95: quantile(totals, 0.95), queryMedian: quantile(queries, 0.5) });
	}
	return results;
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const server = await serveStatic('build');
	const results = await measureInteractions(`${server.url}/`, repetitions);
	console.log(`Interaction latency on the embedded data, ${repetitions} repetitions (click to painted answer):`);
	console.table(
		results.map((r) => ({
			interaction: r.interaction,
			'median ms': r.median.toFixed(1),
			'p95 ms': r.p95.toFixed(1),
			'query median ms': r.queryMedian.toFixed(1)
		}))
	);
	await server.close();
}
