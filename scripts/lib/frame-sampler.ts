/**
 * Truth first, measured: what a visitor could read on every animation frame, from navigation until
 * the page is live. A script installed before the page's own samples each region of figures
 * (components/PendingFigures.svelte: `[data-figures]`) on every frame: whether its figures are
 * visible, and all their text (folded tables too). A frame is wrong when a region shows text that is not what the page
 * finally shows for its address and datasets. Used by the e2e test and by the bench.
 */
import type { Page } from 'playwright-core';

export interface RegionSample {
	name: string;
	visible: boolean;
	text: string;
}
export interface FrameSample {
	/** Milliseconds since navigation started. */
	t: number;
	/** The document was still arriving: a region may hold the first part of its text. */
	parsing: boolean;
	regions: RegionSample[];
}

/**
 * Every region of figures on the page now: whether its figures are visible, and the text a reader
 * can reach in it. Self-contained (it runs in the page, alone or inside the recorder below): not
 * what a closed <details> folds away (the page draws a chart's table only once opened; the
 * prerendered page holds it), nor an axis's tick labels, which follow the chart's width (the
 * prerendered page guesses it), not the figures.
 */
function readRegions(): RegionSample[] {
	const hidden = (el: Element | null) => {
		if (!el || el.closest('[data-chart-axis]')) return true;
		const folded = el.closest('details');
		return !!folded && !folded.open && !el.closest('summary');
	};
	const textOf = (root: Element) => {
		const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
		let text = '';
		for (let node = walker.nextNode(); node; node = walker.nextNode()) if (!hidden(node.parentElement)) text += node.nodeValue;
		return text.replace(/\s+/g, ' ').trim();
	};
	return Array.from(document.querySelectorAll('[data-figures]')).map((region) => {
		const answer = region.querySelector(':scope > .answer') as HTMLElement | null;
		const visible = !!answer && getComputedStyle(answer).visibility === 'visible' && answer.getClientRects().length > 0;
		return { name: region.getAttribute('data-figures') ?? '', visible, text: visible && answer ? textOf(answer) : '' };
	});
}

/** Bundlers that keep function names wrap them in __name(); the page has no such helper. */
const nameShim = 'const __name = (f) => f;';

/** The text of each region as the page shows it now (e.g. the prerendered page, without JavaScript). */
export async function regionTexts(page: Page): Promise<Record<string, string>> {
	const regions = await page.evaluate(`(() => { ${nameShim} return (${readRegions.toString()})(); })()`);
	return Object.fromEntries((regions as RegionSample[]).map((r) => [r.name, r.text]));
}

/** Install before `page.goto`: records every frame into `window.__frames`. */
export async function recordFrames(page: Page): Promise<void> {
	await page.addInitScript({
		content: `(() => {
			${nameShim}
			const readRegions = ${readRegions.toString()};
			window.__frames = [];
			const sample = () => {
				window.__frames.push({ t: performance.now(), parsing: document.readyState === 'loading', regions: readRegions() });
				requestAnimationFrame(sample);
			};
			requestAnimationFrame(sample);
		})();`
	});
}

/** Wait until the page answers its address: the live note says the figures are counted and no region is pending. */
export async function waitAnswered(page: Page, timeout = 60_000): Promise<void> {
	await page.waitForFunction(
		() => {
			const note = document.querySelector('.live-note');
			const embed = document.querySelector('main.embed');
			const live = note
				? note.getAttribute('data-live') === 'live' && note.getAttribute('data-pending') === 'false'
				: embed?.getAttribute('data-live') === 'live';
			const regions = Array.from(document.querySelectorAll('[data-figures]'));
			return (
				live && regions.length > 0 && regions.every((r) => r.getAttribute('data-pending') === 'false') && !document.documentElement.hasAttribute('data-pending')
			);
		},
		undefined,
		{ timeout, polling: 'raf' }
	);
}

export interface FrameReport {
	frames: number;
	/** Frames on which some region showed figures other than the final ones, with what it showed. */
	wrong: { t: number; region: string; text: string }[];
	/** Frames on which some region was pending (hidden, with words saying what is being counted). */
	pendingFrames: number;
	/** Milliseconds from navigation to the first frame from which every region shows its final figures. */
	liveAt: number | null;
	final: Record<string, string>;
}

/** Read the frames recorded since navigation and judge them against the final state. */
export async function frameReport(page: Page): Promise<FrameReport> {
	// Two more frames, so the final state has been sampled.
	await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
	const frames = await page.evaluate(() => (window as unknown as { __frames: FrameSample[] }).__frames);
	const last = frames[frames.length - 1];
	const final = Object.fromEntries(last.regions.map((r) => [r.name, r.text]));
	const wrong: FrameReport['wrong'] = [];
	let pendingFrames = 0;
	let liveAt: number | null = null;
	for (const frame of frames) {
		const right = frame.regions.length > 0 && frame.regions.every((r) => r.visible && r.text === final[r.name]);
		if (right) liveAt ??= frame.t;
		else liveAt = null;
		if (frame.regions.some((r) => !r.visible)) pendingFrames++;
		for (const r of frame.regions) {
			if (!r.visible || r.text === final[r.name]) continue;
			// While the document arrives, a region shows the first part of its text: unfinished, not wrong.
			if (frame.parsing && final[r.name]?.startsWith(r.text)) continue;
			wrong.push({ t: Math.round(frame.t), region: r.name, text: r.text.slice(0, 200) });
		}
	}
	return { frames: frames.length, wrong, pendingFrames, liveAt: liveAt === null ? null : Math.round(liveAt), final };
}
