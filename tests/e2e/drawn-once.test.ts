/**
 * Drawn once: a page opened at a filtered address whose shipped files are in memory as it first
 * draws hydrates with the answer (state/filtered-live.svelte.ts), so hydration has to repair every
 * text, attribute and list the prerendered HTML holds for the unfiltered page. Each case compares
 * that page, once settled, with the same address drawn the other way: the index file held back
 * until after hydration, so the page hydrates with the prerendered figures and redraws them. The
 * two documents must be the same, element by element, attribute by attribute, text by text.
 * Each case also checks which way each page went: the first never marks a region pending once its
 * scripts run, the second does.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitAnswered } from '../../scripts/lib/frame-sampler';
import type { Route } from 'playwright-core';
import { startSession, type Session } from './session';

const summary = JSON.parse(readFileSync('src/lib/generated/summary.json', 'utf8')) as { overviewIndex: string | null };

let session: Session;
beforeAll(async () => {
	session = await startSession();
});
afterAll(async () => {
	await session?.close();
});

/**
 * Records whether the app ever marked a region of figures pending (the early script's mark on
 * <html> aside), and tells the test the first time it does (`__markedPendingNow`, bound by it).
 */
const watchPendingMarks = `(() => {
	window.__markedPending = false;
	new MutationObserver((records) => {
		for (const r of records)
			if (r.target.getAttribute('data-pending') === 'true' && r.target.hasAttribute('data-figures') && !window.__markedPending) {
				window.__markedPending = true;
				window.__markedPendingNow?.();
			}
	}).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-pending'] });
})();`;

/**
 * The document as a list of lines: each element with its attributes (sorted) and each text, in
 * order, leaving out what says when rather than what (the live note's timing, the database's
 * status), hydration's comment markers and whitespace between elements.
 */
function serialise(): string[] {
	const lines: string[] = [];
	const skip = (el: Element) => el.matches('.live-note, [data-status], script, style, noscript, link, meta');
	const walk = (node: Node, depth: number) => {
		for (const child of Array.from(node.childNodes)) {
			if (child.nodeType === Node.TEXT_NODE) {
				const text = (child.nodeValue ?? '').replace(/\s+/g, ' ').trim();
				if (text) lines.push(`${' '.repeat(depth)}"${text}"`);
			} else if (child.nodeType === Node.ELEMENT_NODE) {
				const el = child as Element;
				if (skip(el)) continue;
				// A style as the browser reads it: the server's text (#0a97d9) and one set by script (rgb(...)) alike.
				const value = (a: Attr) => (a.name === 'style' ? (el as HTMLElement).style.cssText : a.value);
				const attrs = Array.from(el.attributes)
					// Whether files are still in flight (the database's, say) is a matter of when, not of what.
					.filter((a) => a.name !== 'data-version' && !(el.tagName === 'MAIN' && a.name === 'aria-busy'))
					.map((a) => `${a.name}=${JSON.stringify(value(a))}`)
					.sort();
				lines.push(`${' '.repeat(depth)}<${el.tagName.toLowerCase()} ${attrs.join(' ')}>`);
				walk(el, depth + 1);
			}
		}
	};
	walk(document.body, 0);
	return lines;
}

/** Resolves when `happened` is called, or after `ms` (the case then fails on which way the page went, saying so). */
function signal(ms: number): { happened: () => void; wait: Promise<void> } {
	let happened = () => {};
	const wait = new Promise<void>((resolve) => {
		happened = resolve;
		setTimeout(resolve, ms);
	});
	return { happened, wait };
}

/**
 * The page at `address`, settled. `way` decides how it draws, whatever the machine's speed, by
 * holding one request back until an event: drawn once, the app's entry scripts wait until the
 * build's files the page fetches have arrived; redrawn, the index file waits until the page has
 * hydrated (pending). Only the held requests pass through the test.
 */
async function settled(address: string, way: 'once' | 'redrawn'): Promise<{ lines: string[]; markedPending: boolean }> {
	const context = await session.browser.newContext({ viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce' });
	const page = await context.newPage();
	if (way === 'once') {
		const inFlight = new Set<string>();
		const filesIn = signal(20_000);
		page.on('request', (r) => r.url().includes('/data/') && inFlight.add(r.url()));
		page.on('requestfinished', (r) => {
			inFlight.delete(r.url());
			if (inFlight.size === 0) filesIn.happened();
		});
		await page.route('**/_app/immutable/entry/**', async (route) => {
			await filesIn.wait;
			await route.continue();
		});
	} else {
		const hydrated = signal(20_000);
		await page.exposeFunction('__markedPendingNow', hydrated.happened);
		await page.route(`**/data/${summary.overviewIndex}`, async (route) => {
			await hydrated.wait;
			await route.continue();
		});
	}
	await page.addInitScript({ content: watchPendingMarks });
	await page.goto(session.server.url + address);
	await waitAnswered(page);
	// Two more frames: anything scheduled after the answer has run.
	await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
	const lines = await page.evaluate(`(() => { const __name = (f) => f; return (${serialise.toString()})(); })()`);
	const markedPending = await page.evaluate(() => (window as unknown as { __markedPending: boolean }).__markedPending);
	await context.close();
	return { lines: lines as string[], markedPending };
}

/** The first line where two documents differ, with a few lines around it, to say what hydration missed. */
function firstDifference(a: string[], b: string[]): string | null {
	const i = a.findIndex((line, n) => line !== b[n]);
	if (i === -1 && a.length === b.length) return null;
	const at = i === -1 ? Math.min(a.length, b.length) : i;
	return `line ${at}:\n drawn once: ${a.slice(at - 2, at + 3).join('\n   ')}\n redrawn:    ${b.slice(at - 2, at + 3).join('\n   ')}`;
}

describe.skipIf(!summary.overviewIndex)('drawn once: a filtered address hydrated with its answer equals the same page redrawn after hydration', () => {
	const addresses = [
		'/?goal=15&from=2001&to=2018',
		'/goals/14?strength=direct',
		'/indicators/15.5.1?region=Europe',
		'/coverage?strength=direct',
		'/flows?region=Europe',
		'/projects?goal=14&sort=start_year',
		'/topics?goal=15',
		'/topics/biodiversity?goal=15&strength=direct',
		'/countries/GBR?goal=15',
		'/embed/goals?country=GBR'
	];
	for (const address of addresses)
		it(address, { timeout: 90_000 }, async () => {
			const once = await settled(address, 'once');
			const redrawn = await settled(address, 'redrawn');
			// Each went the way it should: else the comparison proves nothing.
			expect(once.markedPending, 'the page marked a region pending: it did not hydrate with the answer').toBe(false);
			expect(redrawn.markedPending, 'the page with its index held back never waited for it').toBe(true);
			expect(once.lines.length).toBeGreaterThan(100);
			expect(firstDifference(once.lines, redrawn.lines)).toBeNull();
		});
});
