/**
 * The charts as people see them, in Chromium against the built site: the time axis starts where
 * projects become common and says how many started earlier, the flow diagram's headings and
 * labels are whole at desktop and phone widths with the export menu clear of them, a chart says
 * when nothing matches, and the text widths charts lay out with hold for the fonts drawn. The
 * first paint is the final layout: nothing moves as the page hydrates, and a desktop's charts are
 * prerendered at the width they keep.
 */
import { readFileSync } from 'node:fs';
import { csvRecords, parseCsv } from '../../src/lib/format/csv';
import { topicLabel } from '../../src/lib/format/vocabulary';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { textWidth } from '../../src/lib/format/text-width';
import { countryWithoutProjects, linkedStartYears } from './expected';
import { openPage, startSession, waitLive, type Session } from './session';

const curatedTopicLabels = [
	...new Set(csvRecords(parseCsv(readFileSync('data/projects.csv', 'utf8'))).flatMap((p) => (p.topics ? p.topics.split(';') : [])))
].map(topicLabel);

let session: Session;
beforeAll(async () => {
	session = await startSession();
});
afterAll(async () => {
	await session?.close();
});

const yearTicks = (page: Page) =>
	page
		.locator('figure:has(svg[aria-label^="Column chart"]) [data-chart-axis="bottom"] text:not(.axis-title)')
		.evaluateAll((ts) => ts.map((t) => Number(t.textContent)));
const box = (page: Page, selector: string) =>
	page
		.locator(selector)
		.first()
		.evaluate((e) => e.getBoundingClientRect().toJSON() as DOMRect);
const overlap = (a: DOMRect, b: DOMRect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

describe('time chart', () => {
	it('starts where projects become common, says how many started earlier, and shows every year from the keyboard', async () => {
		const { context, page, errors } = await openPage(session);
		await page.goto(session.server.url + '/');
		await waitLive(page);
		const starts = linkedStartYears();
		const first = Math.min(...starts);
		const note = await page.locator('svg [data-earlier]').textContent();
		const [, count, year] = /^← (\d+) projects? started before (\d{4})$/.exec(note ?? '') ?? [];
		expect(Number(year)).toBeGreaterThan(first);
		// The count is the data's, not the chart's own arithmetic.
		expect(Number(count)).toBe(starts.filter((y) => y < Number(year)).length);
		expect(Math.min(...(await yearTicks(page)))).toBeGreaterThanOrEqual(Number(year));

		const button = page.getByRole('button', { name: `Show every year, from ${first}` });
		await button.focus();
		await page.keyboard.press('Enter');
		await expect.poll(async () => Math.min(...(await yearTicks(page)))).toBeLessThanOrEqual(first + 10);
		expect(await page.locator('svg [data-earlier]').count()).toBe(0);
		await page.keyboard.press('Enter');
		await expect.poll(async () => Math.min(...(await yearTicks(page)))).toBeGreaterThanOrEqual(Number(year));
		expect(errors).toEqual([]);
		await context.close();
	});
});

describe('flow diagram layout', () => {
	for (const width of [1280, 390]) {
		it(`at ${width} px: the export menu covers no heading, and headings and topic labels lie whole inside the drawing`, async () => {
			const { context, page } = await openPage(session, { width });
			await page.goto(session.server.url + '/flows');
			await waitLive(page);
			const svg = await box(page, 'svg[role="img"]');
			const menu = await box(page, 'summary[aria-label^="Export, cite or embed"]');
			const headings = await page
				.locator('svg[role="img"] .chart-axis text')
				.evaluateAll((ts) => ts.map((t) => ({ text: t.textContent, ...t.getBoundingClientRect().toJSON() })));
			expect(headings.map((h) => h.text)).toEqual(['Project topics', 'Goals', 'Indicators']);
			for (const h of headings) {
				expect(overlap(h, menu), `${h.text} is under the export menu`).toBe(false);
				expect(h.left, `${h.text} starts inside the drawing`).toBeGreaterThanOrEqual(svg.left - 0.5);
				expect(h.right, `${h.text} ends inside the drawing`).toBeLessThanOrEqual(svg.right + 0.5);
			}
			// Topic labels stay clear of the goal column and inside the drawing.
			const goalColumn = headings[1].left;
			const labels = await page.locator('svg[role="img"] text.topic').evaluateAll((ts) =>
				// The text drawn is the first text node; a cut label carries its full name as a <title>.
				ts.map((t) => ({ shown: t.firstChild!.textContent!, full: t.querySelector('title')?.textContent ?? null, ...t.getBoundingClientRect().toJSON() }))
			);
			expect(labels.length).toBeGreaterThan(5);
			for (const l of labels) {
				expect(l.left, l.shown).toBeGreaterThanOrEqual(svg.left - 0.5);
				expect(l.right, l.shown).toBeLessThanOrEqual(goalColumn);
				// The curated topics are short: none needs cutting, on a phone either ("agricult…" was). The
				// JRC inventory's domains are long ("Biodiversity, nature and landscapes"): cut, with a title.
				if (l.full !== null) expect(curatedTopicLabels, `${l.shown} is cut`).not.toContain(l.full);
			}
			expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
			await context.close();
		});
	}
});

describe('first paint', () => {
	for (const width of [1280, 390]) {
		it(`does not move as the page hydrates and the database starts, on a ${width}-pixel screen`, async () => {
			for (const path of ['/', '/coverage', '/goals/15?strength=direct']) {
				const { context, page } = await openPage(session, { width });
				// Chrome's layout-shift score (CLS): how far visible content moved, and how much of it.
				await page.addInitScript(`window.__shifts = [];
					new PerformanceObserver((list) => { for (const e of list.getEntries()) if (!e.hadRecentInput) window.__shifts.push({ value: e.value, at: e.startTime }); }).observe({ type: 'layout-shift', buffered: true });`);
				await page.goto(session.server.url + path);
				await waitLive(page);
				await page.locator('[data-status="ready"]').waitFor({ timeout: 60_000 });
				const { shifts, parsed } = await page.evaluate(() => ({
					shifts: (window as unknown as { __shifts: { value: number; at: number }[] }).__shifts,
					parsed: (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domInteractive
				}));
				// From the end of the parse, when the app's scripts run (module scripts wait for it). A
				// frame painted while the HTML is still arriving can show an element cut where a network
				// chunk ended (seen once in a few hundred loads: the header's database status without its
				// text, 0.004-0.017); that is the parser's doing, not hydration's, and is not counted here.
				const after = shifts.filter((s) => s.at >= parsed);
				expect(
					after.reduce((a, b) => a + b.value, 0),
					`${path} at ${width} px: ${after.map((s) => s.value).join(', ')} (during the parse, not counted: ${shifts
						.filter((s) => s.at < parsed)
						.map((s) => s.value)
						.join(', ')})`
				).toBeLessThan(0.01);
				await context.close();
			}
		});
	}
});

describe('prerendered charts', () => {
	// A chart drawn at its container's width on a desktop screen, as the page's CSS lays it out.
	const drawnWidths = (page: Page) =>
		page
			.locator('figure svg[role="img"]:not([aria-label^="World map"])')
			.evaluateAll((svgs) =>
				svgs.map((s) => ({ label: s.getAttribute('aria-label')!.slice(0, 20), drawn: s.getAttribute('width'), room: s.parentElement!.clientWidth }))
			);
	for (const width of [1280, 1920]) {
		it(`are drawn at their final width on a ${width}-pixel screen, so nothing moves as the page hydrates`, async () => {
			for (const path of ['/', '/coverage', '/flows']) {
				const { context, page } = await openPage(session, { width, javaScriptEnabled: false });
				await page.goto(session.server.url + path);
				const prerendered = await drawnWidths(page);
				await context.close();
				expect(prerendered.length, path).toBeGreaterThan(0);
				// Without JavaScript the drawing keeps the width it was prerendered at: it must be the room it has.
				for (const chart of prerendered) expect(Number(chart.drawn), `${path}: ${chart.label}`).toBe(chart.room);
				const live = await openPage(session, { width });
				await live.page.goto(session.server.url + path);
				await waitLive(live.page);
				expect((await drawnWidths(live.page)).map((c) => c.drawn)).toEqual(prerendered.map((c) => c.drawn));
				await live.context.close();
			}
		});
	}
});

describe('coverage matrix', () => {
	it('lays one link over each square of the drawing, and moves between them with the arrow keys', async () => {
		const { context, page } = await openPage(session, { width: 390 });
		await page.goto(session.server.url + '/coverage');
		await waitLive(page);
		const gap = await page.evaluate(() => {
			// The squares are subpaths, one path per strongest link: each starts at its square's top left corner.
			const drawing = document.querySelector<SVGGElement>('figure svg[role="img"] g[data-squares]')!;
			const toScreen = drawing.ownerSVGElement!.getScreenCTM()!;
			const squares = [...drawing.querySelectorAll('path[data-strength]')].flatMap((p) =>
				[...p.getAttribute('d')!.matchAll(/M([\d.]+) ([\d.]+)/g)].map(([, x, y]) => new DOMPoint(Number(x), Number(y)).matrixTransform(toScreen))
			);
			const links = [...document.querySelectorAll('a.cell')].map((a) => a.getBoundingClientRect());
			if (squares.length !== links.length || links.length < 200) return Infinity;
			// A square is drawn half a pixel inside its link's box (its edge is centred on the pixel grid).
			return Math.max(...links.map((l) => Math.min(...squares.map((s) => Math.abs(l.x + 0.5 - s.x) + Math.abs(l.y + 0.5 - s.y)))));
		});
		expect(gap).toBeLessThan(1);
		await page.locator('a.cell[tabindex="0"]').focus();
		await page.keyboard.press('ArrowDown');
		await page.keyboard.press('ArrowRight');
		expect(await page.evaluate(() => document.activeElement?.getAttribute('data-code'))).toBe('2.1.2');
		await context.close();
	});
});

describe('chart status', () => {
	it('says in words when no project matches the filters, and is ready otherwise', async () => {
		const { context, page } = await openPage(session);
		await page.goto(session.server.url + `/?country=${countryWithoutProjects()}`);
		await waitLive(page);
		const goals = page.locator('figure:has(svg[aria-label^="Bar chart"])');
		await expect.poll(() => goals.getAttribute('data-chart-status')).toBe('empty');
		expect(await goals.locator('[data-chart-status-message]').innerText()).toBe('No project matches these filters.');
		await page.getByRole('button', { name: 'Reset all filters' }).click();
		await expect.poll(() => goals.getAttribute('data-chart-status')).toBe('ready');
		expect(await goals.locator('[data-chart-status-message]').count()).toBe(0);
		await context.close();
	});
});

describe('text width estimates', () => {
	it('are never narrower than Chromium draws the chart labels, and not far wider', async () => {
		const { context, page } = await openPage(session);
		await page.goto(session.server.url + '/');
		const labels = [
			'Contribution strength',
			'Direct',
			'Indirect',
			'Potential',
			'No contribution yet',
			'Responsible consumption and production',
			'3–4',
			'10+',
			'Γάμμα «Watch»'
		];
		for (const font of ['system-ui', "'Liberation Sans'", "'DejaVu Sans'"]) {
			const drawn = await page.evaluate(
				({ labels, font }) => {
					const c = document.createElement('canvas').getContext('2d')!;
					return labels.map((l) => {
						c.font = `12px ${font}`;
						const plain = c.measureText(l).width;
						c.font = `600 12px ${font}`;
						return [plain, c.measureText(l).width];
					});
				},
				{ labels, font }
			);
			labels.forEach((label, i) => {
				const [plain, bold] = drawn[i];
				expect(textWidth(label, 12), `${label} in ${font}`).toBeGreaterThanOrEqual(plain * 0.99);
				expect(textWidth(label, 12), `${label} in ${font}`).toBeLessThanOrEqual(plain * 1.3);
				expect(textWidth(label, 12, true), `${label} bold in ${font}`).toBeGreaterThanOrEqual(bold * 0.99);
			});
		}
		await context.close();
	});
});
