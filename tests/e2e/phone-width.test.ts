/**
 * On a phone (390 px) no page scrolls sideways, with every table alternative open and the import
 * and SQL pages showing their tables: a table wider than the screen scrolls inside its own
 * region, which the keyboard can reach and scroll. (/goals/15 scrolled to about 690 px when the
 * targets table's screen-reader-only heading escaped its scrolling wrapper.)
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csvRecords, parseCsv } from '../../src/lib/format/csv';
import { openPage, settle, startSession, waitLive, type Session } from './session';

let session: Session;
beforeAll(async () => (session = await startSession()));
afterAll(async () => await session?.close());

const width = 390;
const projectId = csvRecords(parseCsv(readFileSync('data/projects.csv', 'utf8')))[0].project_id;
const pages = [
	'/',
	'/indicators/15.5.1',
	'/projects',
	`/projects/${projectId}`,
	'/data',
	'/data?pivot=year',
	'/data?level=goal&pivot=region',
	'/coverage',
	'/flows',
	'/topics',
	'/topics/vector-borne-disease',
	'/countries/KEN',
	'/networks',
	'/networks/ecsa',
	'/open-data',
	'/open-data/api'
];

/** How far the page scrolls sideways: 0 when it fits. */
const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

/** Open every chart's table alternative (they render only while open). */
async function openTables(page: Page) {
	const closed = await page.locator('details.table-alt:not([open])').count();
	await page.locator('details.table-alt').evaluateAll((all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)));
	if (closed) await page.locator('details.table-alt[open] table').first().waitFor({ state: 'attached', timeout: 5_000 });
}

describe(`at ${width} px`, () => {
	it.each(pages)('%s does not scroll sideways, with its tables open', async (path) => {
		const { context, page, errors } = await openPage(session, { width });
		await page.goto(session.server.url + path);
		await settle(page);
		await openTables(page);
		expect(await overflow(page)).toBeLessThanOrEqual(0);
		expect(errors).toEqual([]);
		await context.close();
	});

	it('no goal page scrolls sideways, 1 to 17, with their tables open', async () => {
		const { context, page, errors } = await openPage(session, { width });
		await page.goto(session.server.url + '/goals/1');
		for (let goal = 1; goal <= 17; goal++) {
			// The pager's link moves on in the page, with the database already running.
			if (goal > 1) await page.locator('a[rel="next"]').click();
			await expect.poll(() => page.locator('h1').innerText()).toMatch(new RegExp(`^Goal ${goal}:`));
			await waitLive(page);
			await openTables(page);
			expect(await overflow(page), `goal ${goal}`).toBeLessThanOrEqual(0);
			// Its projects keep name, years and goals on a phone, all three in view: the table fits its
			// panel (a long word in a name used to push the Goals column past the edge).
			const projects = page.locator('table', { has: page.locator('caption', { hasText: 'Projects contributing' }) });
			if ((await projects.count()) > 0) {
				// In view: off screen, the wrapper is not laid out (content-visibility) and measures nothing.
				await projects.scrollIntoViewIfNeeded();
				expect(await projects.evaluate((t) => t.getBoundingClientRect().width - t.parentElement!.clientWidth), `goal ${goal}'s projects`).toBeLessThanOrEqual(
					0
				);
			}
		}
		expect(errors).toEqual([]);
		await context.close();
	}, 120_000);

	it("gives a project list's names the room its years do not need", async () => {
		const { context, page, errors } = await openPage(session, { width });
		await page.goto(session.server.url + '/countries/FRA');
		await waitLive(page);
		const projects = page.locator('table', { has: page.locator('caption', { hasText: 'Projects working in France' }) });
		await projects.scrollIntoViewIfNeeded();
		const widths = await projects.evaluate((t) => Array.from(t.querySelectorAll('thead th'), (th) => th.getBoundingClientRect().width));
		const [name, years] = widths;
		// Held on one line, "2009–2016" kept the years 97 px wide and the names 129 (ProjectTable.svelte).
		expect(years, `columns ${widths.map(Math.round)}`).toBeGreaterThan(0);
		expect(name, `columns ${widths.map(Math.round)}`).toBeGreaterThanOrEqual(2 * years);
		expect(errors).toEqual([]);
		await context.close();
	});

	it("fits a country's tables of what is fed, the region's countries under each row's code", async () => {
		const { context, page, errors } = await openPage(session, { width });
		await page.goto(session.server.url + '/countries/FRA');
		await waitLive(page);
		for (const caption of ['Targets and indicators fed by projects in France', 'Fed in Western Europe but not in France']) {
			const table = page.locator('table', { has: page.locator('caption', { hasText: caption }) });
			// In view: off screen, the wrapper is not laid out (content-visibility) and measures nothing.
			await table.scrollIntoViewIfNeeded();
			// Both used to pass the screen (319 and 423 px in a 308 px panel), the projects out of view.
			expect(await table.evaluate((t) => t.parentElement!.scrollWidth - t.parentElement!.clientWidth), caption).toBeLessThanOrEqual(0);
		}
		// Each region row names its countries where the column would be, each a link to its profile, in view.
		const gaps = page.locator('table', { has: page.locator('caption', { hasText: 'Fed in Western Europe' }) });
		const readRows = () =>
			gaps.locator('tbody tr').evaluateAll((trs) =>
				trs.map((tr) => {
					const shown = (cell: Element | null) =>
						Array.from(cell?.querySelectorAll('a[href*="/countries/"]') ?? [], (a) => a as HTMLElement).filter((a) => a.offsetParent !== null);
					const right = tr.closest('table')!.parentElement!.getBoundingClientRect().right;
					return {
						under: shown(tr.firstElementChild).length,
						inView: shown(tr.firstElementChild).every((a) => a.getBoundingClientRect().right <= right + 0.5),
						column: shown(tr.lastElementChild).length
					};
				})
			);
		const onPhone = await readRows();
		expect(onPhone.length).toBeGreaterThan(0);
		for (const row of onPhone) expect(row).toEqual({ under: expect.any(Number), inView: true, column: 0 });
		expect(onPhone.every((row) => row.under > 0)).toBe(true);
		// On a wider screen they are in their column again, and once.
		await page.setViewportSize({ width: 1280, height: 900 });
		await gaps.scrollIntoViewIfNeeded();
		const wide = await readRows();
		expect(wide.map((row) => [row.under, row.column > 0])).toEqual(onPhone.map((row) => [0, true]));
		expect(wide.map((row) => row.column)).toEqual(onPhone.map((row) => row.under));
		expect(errors).toEqual([]);
		await context.close();
	});

	it("fits the overview's table of regions, its Filter buttons whole", async () => {
		const { context, page, errors } = await openPage(session, { width });
		await page.goto(session.server.url + '/');
		await waitLive(page);
		const table = page.locator('table', { has: page.locator('caption', { hasText: 'Projects by UN region' }) });
		await table.scrollIntoViewIfNeeded();
		// It was 333 px in a 308 px panel, the buttons cut to "Filte".
		expect(await table.evaluate((t) => t.parentElement!.scrollWidth - t.parentElement!.clientWidth)).toBeLessThanOrEqual(0);
		const right = await table.evaluate((t) => t.parentElement!.getBoundingClientRect().right);
		for (const box of await table.getByRole('button', { name: /^Show only projects in/ }).evaluateAll((bs) => bs.map((b) => b.getBoundingClientRect().right))) {
			expect(box).toBeLessThanOrEqual(right + 0.5);
		}
		expect(errors).toEqual([]);
		await context.close();
	});

	it.each(['/', '/goals/15', '/projects', '/data'])('%s fits before any script runs too', async (path) => {
		const { context, page } = await openPage(session, { width, javaScriptEnabled: false });
		await page.goto(session.server.url + path);
		expect(await page.locator('table').count()).toBeGreaterThan(0);
		expect(await overflow(page)).toBeLessThanOrEqual(0);
		await context.close();
	});

	it("scrolls a goal's targets inside their own labelled region, from the keyboard", async () => {
		const { context, page } = await openPage(session, { width });
		await page.goto(session.server.url + '/goals/15');
		await waitLive(page);
		const region = page.getByRole('region', { name: 'Targets and indicators' });
		const sizes = await region.evaluate((r) => ({ scroll: r.scrollWidth, client: r.clientWidth }));
		// The table is wider than the phone: it is the region, not the page, that scrolls.
		expect(sizes.scroll).toBeGreaterThan(sizes.client);
		await region.focus();
		await page.keyboard.press('ArrowRight');
		await expect.poll(() => region.evaluate((r) => r.scrollLeft)).toBeGreaterThan(0);
		expect(await overflow(page)).toBeLessThanOrEqual(0);
		await context.close();
	});

	it('keeps the import page inside the screen with a wide file, its report and places to resolve', async () => {
		const { context, page, errors } = await openPage(session, { width });
		await page.goto(session.server.url + '/import');
		await page.locator('[data-status="ready"]').waitFor({ timeout: 30_000 });
		const files = [
			{ path: 'tests/fixtures/import/wide-ec-layout.csv', tables: 3 },
			{
				path: {
					name: 'issues.csv',
					mimeType: 'text/csv',
					buffer: Buffer.from('id,Project name,Countries,Start year,SDG codes\n1,Rivers,France,someday,6\n2,Lakes,Atlantis,2010,15\n3,Air,France,2011,99\n')
				},
				tables: 5
			}
		];
		for (const file of files) {
			await page.setInputFiles('input[type=file]', file.path);
			await page.locator('.counts').waitFor({ timeout: 30_000 });
			// The datasets, columns used, the file's first rows, and (with issues) the report and the places to resolve.
			await expect.poll(() => page.locator('table').count()).toBe(file.tables);
			expect(await overflow(page)).toBeLessThanOrEqual(0);
		}
		expect(errors).toEqual([]);
		await context.close();
	});

	it('keeps a wide SQL result inside its region', async () => {
		const { context, page } = await openPage(session, { width });
		await page.goto(`${session.server.url}/sql?q=${encodeURIComponent('SELECT *, name FROM projects LIMIT 30')}`);
		await page.locator('[data-status="ready"]').waitFor({ timeout: 30_000 });
		await page.getByRole('button', { name: /^Run/ }).click();
		await page.locator('[data-console-status="done"]').waitFor({ state: 'attached', timeout: 30_000 });
		const region = page.getByRole('region', { name: 'Query result' });
		expect(await region.evaluate((r) => r.scrollWidth > r.clientWidth)).toBe(true);
		expect(await overflow(page)).toBeLessThanOrEqual(0);
		await context.close();
	});
});
