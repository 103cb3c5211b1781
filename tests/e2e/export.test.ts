/**
 * Exports, embeds and the report basket in Chromium, checked with real readers: the SVG parses as
 * XML with no script, the PNG has the stated size, CSV and XLSX hold the numbers on screen, the zip
 * holds a data package; an embed on another localhost port renders, resizes and ignores forged
 * messages; the report keeps its charts across a reload.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DOMParser } from '@xmldom/xmldom';
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic, type StaticServer } from '../../scripts/lib/static-server';
import { parseCsv } from '../../src/lib/format/csv';
import { dataPackage } from '../../src/lib/data/package';
import { defaultProvenance } from '../../src/lib/export/provenance';
import { legendItems, mapBreaks } from '../../src/lib/charts/world-map/shape';
import { expectedOverview } from './expected';
import { legendEntries, pngSample, rgb, type Box, type LegendEntry } from './pixels';
import { openPage, startSession, waitLive, type Session } from './session';

let session: Session;
let host: StaticServer;
const hostDir = mkdtempSync(join(tmpdir(), 'citsci-host-'));
beforeAll(async () => {
	session = await startSession();
	host = await serveStatic(hostDir);
});
afterAll(async () => {
	await host?.close();
	await session?.close();
});

async function download(page: Page, menu: string, item: string) {
	// In front: a page behind another (the tests' reader) gets no animation frames, so each click
	// waited about 2 s for the page to be still, and each PNG about 7 s to be drawn.
	await page.bringToFront();
	await page.locator(`summary[aria-label="${menu}"]`).click();
	const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: item, exact: true }).first().click()]);
	const path = join(mkdtempSync(join(tmpdir(), 'citsci-dl-')), file.suggestedFilename());
	await file.saveAs(path);
	return { name: file.suggestedFilename(), path };
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(path: string) {
	const b = readFileSync(path);
	expect(b.subarray(1, 4).toString()).toBe('PNG');
	return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

/** Every text an SVG file draws. */
function svgTexts(text: string) {
	const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
	return Array.from(doc.getElementsByTagName('text')).map((t) => t.textContent);
}

/** Inside a swatch's lower left corner: its fill, clear of its edge and of the coverage legend's tier marks (top right, centre). */
const inset = (b: Box): Box => ({ x: b.x + 3, y: b.y + b.height - 6, width: 3, height: 3 });
const distance = (a: number[], b: number[]) => a.reduce((d, v, i) => d + Math.abs(v - b[i]), 0);

/**
 * The PNG shows each legend entry of the SVG it was drawn from: its swatch in the swatch's colour
 * (not the white background) and its label as dark pixels.
 */
async function expectLegendInPng(reader: Page, png: string, entries: LegendEntry[], scale: number) {
	const pixels = await pngSample(
		reader,
		png,
		entries.flatMap((e) => [inset(e.swatch), e.text]),
		scale
	);
	entries.forEach((e, i) => {
		const [swatch, label] = [pixels[2 * i], pixels[2 * i + 1]];
		expect(distance(swatch.centre, rgb(e.fill)), `${e.label} swatch is ${e.fill}, PNG has ${swatch.centre}`).toBeLessThan(8);
		expect(distance(swatch.centre, [255, 255, 255]), `${e.label} swatch is not the background`).toBeGreaterThan(20);
		expect(label.dark, `${e.label} label is drawn`).toBeGreaterThan(5);
	});
}

describe('chart exports', () => {
	it('downloads the goal chart as clean SVG, PNG at screen and print size, and its data as CSV', async () => {
		const { context, page, errors } = await openPage(session);
		await page.goto(session.server.url + '/?country=KEN');
		await waitLive(page);
		const menu = 'Export, cite or embed: Projects per goal';

		const svg = await download(page, menu, 'SVG (for reports)');
		expect(svg.name).toBe('projects-per-goal.svg');
		const text = readFileSync(svg.path, 'utf8');
		const parseErrors: string[] = [];
		const doc = new DOMParser({ onError: (level, msg) => level !== 'warning' && parseErrors.push(msg) }).parseFromString(text, 'image/svg+xml');
		expect(parseErrors).toEqual([]);
		expect(doc.getElementsByTagName('script').length).toBe(0);
		expect(doc.getElementsByTagName('foreignObject').length).toBe(0);
		expect(text).not.toMatch(/\son[a-z]+=/i);
		expect(text).toContain('Projects per goal');
		expect(text).toContain('Filters: Kenya');
		expect(text).toContain(`Licence: ${defaultProvenance().licence}`);
		const width = Number(doc.documentElement!.getAttribute('width'));
		const height = Number(doc.documentElement!.getAttribute('height'));

		expect(pngSize((await download(page, menu, 'PNG for screens')).path)).toEqual({ width: width * 2, height: height * 2 });
		const print = await download(page, menu, 'PNG for print (300 dpi)');
		expect(print.name).toBe('projects-per-goal-print.png');
		expect(pngSize(print.path)).toEqual({ width: Math.round(width * 3.125), height: Math.round(height * 3.125) });

		const csv = parseCsv(readFileSync((await download(page, menu, 'Chart data (CSV)')).path, 'utf8'));
		expect(csv.header).toEqual(['goal', 'goal_title', 'direct', 'indirect', 'potential', 'scored-2', 'scored-1', 'projects']);
		expect(csv.rows.map((r) => Number(r[7]))).toEqual(expectedOverview('KEN').projectsPerGoal);
		expect(errors).toEqual([]);
		await context.close();
	});

	it('draws the legend, colour scale and axis titles into SVG and PNG files', async () => {
		const { context, page, errors } = await openPage(session);
		await page.goto(session.server.url + '/');
		await waitLive(page);
		const reader = await context.newPage();
		const charts = [
			{
				menu: 'Export, cite or embed: Projects per goal',
				texts: ['Contribution strength', 'Projects →', 'Each project counts once per goal, at its strongest link.'],
				// Both published datasets by default: the curated grades, then the JRC study's scores.
				legend: ['Direct', 'Indirect', 'Potential', 'JRC scored 2', 'JRC scored 1']
			},
			{
				menu: 'Export, cite or embed: Where projects work',
				texts: ['Projects per country'],
				legend: ['0', ...legendItems(mapBreaks(expectedOverview().maxPerCountry)).map((i) => i.label)]
			},
			{
				menu: 'Export, cite or embed: Projects active per year',
				texts: ['Strongest link', '↑ Projects active', 'Year →'],
				legend: ['Direct', 'Indirect', 'Potential', 'JRC scored 2', 'JRC scored 1']
			}
		];
		for (const chart of charts) {
			const svg = readFileSync((await download(page, chart.menu, 'SVG (for reports)')).path, 'utf8');
			expect(svgTexts(svg)).toEqual(expect.arrayContaining(chart.texts));
			const entries = await legendEntries(reader, svg);
			expect(entries.map((e) => e.label)).toEqual(chart.legend);
			await expectLegendInPng(reader, (await download(page, chart.menu, 'PNG for screens')).path, entries, 2);
			if (chart.legend[2] === 'Potential') {
				// Strengths differ by more than colour: potential has a dashed edge.
				expect(entries[2].dash).toMatch(/^3(px)?,? 2(px)?$/);
				expect([null, 'none']).toContain(entries[0].dash);
			}
		}
		expect(errors).toEqual([]);
		await context.close();
	});

	it('exports the coverage matrix as SVG and PNG with its legend, and adds it to the report', async () => {
		const { context, page, errors } = await openPage(session);
		await page.goto(session.server.url + '/coverage');
		await waitLive(page);
		const menu = 'Export, cite or embed: Coverage of the 231 SDG indicators';
		const file = await download(page, menu, 'SVG (for reports)');
		expect(file.name).toBe('coverage-of-the-231-sdg-indicators.svg');
		const svg = readFileSync(file.path, 'utf8');
		const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
		expect(doc.getElementsByTagName('a').length).toBe(0);
		// One square for each of the unique indicators: a subpath of its strongest link's path.
		const squares = Array.from(doc.getElementsByTagName('path'))
			.filter((p) => p.hasAttribute('data-strength'))
			.flatMap((p) => p.getAttribute('d')!.match(/M/g) ?? []);
		expect(squares.length).toBe(expectedOverview().indicatorsTotal);
		expect(Array.from(doc.getElementsByTagName('rect')).filter((r) => r.getAttribute('width') === '13')).toHaveLength(6);
		expect(svgTexts(svg)).toEqual(expect.arrayContaining(['Life on land', 'Coverage of the 231 SDG indicators']));
		const reader = await context.newPage();
		const entries = await legendEntries(reader, svg);
		expect(entries.map((e) => e.label)).toEqual(['Direct', 'Indirect', 'Potential', 'No contribution yet', 'Tier II', 'Mixed tiers']);
		const png = await download(page, menu, 'PNG for screens');
		const width = Number(doc.documentElement!.getAttribute('width'));
		expect(pngSize(png.path).width).toBe(width * 2);
		await expectLegendInPng(reader, png.path, entries, 2);

		await page.locator(`summary[aria-label="${menu}"]`).click();
		await page.getByRole('button', { name: 'Add to report' }).first().click();
		await page.getByRole('link', { name: /^Report/ }).click();
		await expect.poll(() => page.locator('.item h2').allInnerTexts()).toEqual(['1. Coverage of the 231 SDG indicators']);
		expect(errors).toEqual([]);
		await context.close();
	});

	it('downloads the filtered project list as XLSX and as a zip with a data package', async () => {
		const { context, page } = await openPage(session);
		await page.goto(session.server.url + '/projects?country=GBR');
		await waitLive(page);
		const menu = 'Download or cite: Citizen-science projects';
		const expected = expectedOverview('GBR').projects;

		const xlsx = await download(page, menu, 'Excel workbook (XLSX)');
		const workbook = new ExcelJS.Workbook();
		await workbook.xlsx.readFile(xlsx.path);
		const sheet = workbook.getWorksheet('Data')!;
		expect(sheet.rowCount - 1).toBe(expected);
		expect(sheet.getRow(1).getCell(2).value).toBe('name');
		const about = new Map<string, unknown>();
		workbook.getWorksheet('About')!.eachRow((r) => about.set(String(r.getCell(1).value), r.getCell(2).value));
		expect(about.get('filters')).toBe('United Kingdom of Great Britain and Northern Ireland');
		expect(about.get('query')).toBe('country=GBR');

		const zip = unzipSync(readFileSync((await download(page, menu, 'Zip with data package (CSV + metadata)')).path));
		const descriptor = JSON.parse(strFromU8(zip['datapackage.json']));
		expect(descriptor.filters.query).toBe('country=GBR');
		expect(descriptor.resources[0].schema.fields.map((f: { name: string }) => f.name)).toContain('goals');
		expect(parseCsv(strFromU8(zip['citizen-science-projects.csv'])).rows).toHaveLength(expected);
		await context.close();
	});

	it('a goal page draws its first 50 projects, counts them all, links the directory and exports them all', async () => {
		const { context, page, errors } = await openPage(session);
		await page.goto(session.server.url + '/goals/15');
		await waitLive(page);
		const all = expectedOverview().projectsPerGoal[14];
		expect(all).toBeGreaterThan(50);
		expect(await page.locator('[data-figure="goal-projects"]').innerText()).toBe(String(all));
		const section = page.locator('section.panel:has(h2:text-is("Projects behind this goal"))');
		expect(await section.locator('tbody tr').count()).toBe(50);
		expect(await section.locator('p.more').innerText()).toContain(`The first 50 of ${all} projects`);

		const csv = parseCsv(readFileSync((await download(page, 'Download or cite: Goal 15 Life on land: projects', 'CSV')).path, 'utf8'));
		expect(csv.rows).toHaveLength(all);

		await section.getByRole('link', { name: `All ${all} in the project directory` }).click();
		await expect.poll(() => new URL(page.url()).search).toBe('?goal=15');
		await waitLive(page);
		await expect.poll(() => page.locator('main').innerText()).toContain(`of ${all} projects`);
		expect(errors).toEqual([]);
		await context.close();
	});

	it('exports a filtered goal page’s and the directory’s projects from the build’s files, without the database', async () => {
		const { context, page } = await openPage(session);
		// No DuckDB: its wasm never arrives, so only the build's index and project list can answer.
		await context.route('**/*.wasm', (route) => route.abort());
		await page.goto(session.server.url + '/goals/15?country=ESP');
		await waitLive(page);
		const all = expectedOverview('ESP').projectsPerGoal[14];
		expect(all).toBeGreaterThan(50);
		expect(await page.locator('[data-figure="goal-projects"]').innerText()).toBe(String(all));
		const csv = parseCsv(readFileSync((await download(page, 'Download or cite: Goal 15 Life on land: projects', 'CSV')).path, 'utf8'));
		expect(csv.rows).toHaveLength(all);
		expect(new Set(csv.rows.map((r) => r[csv.header.indexOf('project_id')])).size).toBe(all);

		// The directory's export too: every matching project, not the page of 50 drawn.
		await page.goto(session.server.url + '/projects?country=ESP');
		await waitLive(page);
		const inSpain = expectedOverview('ESP').projects;
		const directory = parseCsv(readFileSync((await download(page, 'Download or cite: Citizen-science projects', 'CSV')).path, 'utf8'));
		expect(directory.rows).toHaveLength(inSpain);
		await context.close();
	});

	it('collects charts into the report, reorders them, and keeps them across a reload', async () => {
		const { context, page } = await openPage(session);
		await page.goto(session.server.url + '/');
		await waitLive(page);
		for (const menu of ['Export, cite or embed: Projects per goal', 'Export, cite or embed: Where projects work']) {
			await page.locator(`summary[aria-label="${menu}"]`).click();
			await page.getByRole('button', { name: 'Add to report' }).first().click();
		}
		await page.getByRole('link', { name: /^Report/ }).click();
		await expect.poll(() => page.locator('.item h2').allInnerTexts()).toEqual(['1. Projects per goal', '2. Where projects work']);
		await page.getByRole('button', { name: 'Move Where projects work up' }).click();
		await page.reload();
		await expect.poll(() => page.locator('.item h2').allInnerTexts()).toEqual(['1. Where projects work', '2. Projects per goal']);
		const src = await page.locator('.item img').first().getAttribute('src');
		expect(src?.startsWith('data:image/svg+xml')).toBe(true);
		expect(await page.locator('.item .cite').first().innerText()).toContain('Citizen Science for the SDGs dashboard (2026). Where projects work.');
		await context.close();
	});
});

describe('menus and dialogs from the keyboard', () => {
	it('opens the cite dialog from the menu and returns focus to the menu on Escape', async () => {
		const { context, page } = await openPage(session);
		await page.goto(session.server.url + '/');
		await waitLive(page);
		const menu = page.locator('summary[aria-label="Export, cite or embed: Projects per goal"]');
		await menu.focus();
		await page.keyboard.press('Enter');
		await page.getByRole('button', { name: 'Cite this chart…' }).first().focus();
		await page.keyboard.press('Enter');
		await expect.poll(() => page.locator('dialog[open]').count()).toBe(1);
		expect(await page.locator('dialog[open] textarea').first().inputValue()).toMatch(/^Citizen Science for the SDGs dashboard \(2026\)\. Projects per goal\./);
		await page.keyboard.press('Escape');
		await expect.poll(() => page.locator('dialog[open]').count()).toBe(0);
		// The dialog's close event, which hands focus back, is a task after the dialog is gone.
		await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Export, cite or embed: Projects per goal');
		// Escape also closes an open menu.
		await page.keyboard.press('Enter');
		expect(await menu.evaluate((s) => (s.parentElement as HTMLDetailsElement).open)).toBe(true);
		await page.keyboard.press('Escape');
		expect(await menu.evaluate((s) => (s.parentElement as HTMLDetailsElement).open)).toBe(false);
		await context.close();
	});
});

describe('embedding', () => {
	it('renders in a page on another origin, resizes to its chart, and ignores forged messages', async () => {
		const snippetPage = await openPage(session);
		await snippetPage.page.goto(session.server.url + '/?goal=15');
		await waitLive(snippetPage.page);
		await snippetPage.page.locator('summary[aria-label="Export, cite or embed: Projects per goal"]').click();
		await snippetPage.page.getByRole('button', { name: 'Embed…' }).click();
		await snippetPage.page.getByLabel('Height in pixels').fill('300');
		const snippet = await snippetPage.page.getByLabel('Embed code').inputValue();
		expect(snippet).toContain(`src="${session.server.url}/embed/goals?goal=15&amp;v=${dataPackage.version}"`);
		await snippetPage.context.close();

		writeFileSync(
			join(hostDir, 'index.html'),
			`<!doctype html><html><body><h1>A host page</h1>${snippet}
			<iframe id="forger" srcdoc="<script>parent.postMessage({type:'citsci-embed:resize',version:1,chart:'goals',height:31},'*')</script>"></iframe>
			<iframe id="impostor" data-citsci-embed sandbox="allow-scripts" style="height:150px" src="${session.server.url}/embed/goals"
				srcdoc="<script>setInterval(()=>parent.postMessage({type:'citsci-embed:resize',version:1,chart:'goals',height:33},'*'),100)</script>"></iframe>
			</body></html>`
		);
		const { context, page } = await openPage(session);
		// The host is another origin: let the guarded page load it.
		await context.route(`${host.url}/**`, (route) => route.continue());
		await page.goto(host.url + '/');
		const frame = page.frameLocator('iframe[data-citsci-embed]').first();
		await frame.locator('svg[role="img"]').waitFor({ timeout: 30_000 });
		await frame.locator('[data-live="live"]').waitFor({ timeout: 30_000 });
		const height = () =>
			page
				.locator('iframe[data-citsci-embed]')
				.first()
				.evaluate((f) => f.getBoundingClientRect().height);
		await expect.poll(height, { timeout: 10_000 }).toBeGreaterThan(500);
		const reported = await height();
		const inner = await frame.locator('html').evaluate((h) => Math.ceil(h.getBoundingClientRect().height));
		expect(Math.abs(reported - inner)).toBeLessThanOrEqual(2);

		// Forged: from the host page itself, from another frame, and with a bad shape.
		await page.evaluate(() => {
			window.postMessage({ type: 'citsci-embed:resize', version: 1, chart: 'goals', height: 40 }, '*');
			window.postMessage({ type: 'citsci-embed:resize', version: 1, chart: 'goals', height: '9999' }, '*');
		});
		await page.waitForTimeout(500);
		expect(await height()).toBe(reported);
		// A frame that claims the dashboard's src but runs other content (sandboxed srcdoc, origin
		// "null") is not resized: its messages do not come from the origin it names.
		expect(await page.locator('#impostor').evaluate((f) => (f as HTMLElement).style.height)).toBe('150px');
		expect(await frame.locator('footer').innerText()).toContain('Goal 15 Life on land');
		await context.close();
	});

	it('names the parameters it could not use in a quiet note, and applies the rest', async () => {
		const { context, page, errors } = await openPage(session);
		await page.goto(session.server.url + '/embed/map?region=002&goal=15&strength=strong');
		await page.locator('[data-live="live"]').waitFor({ timeout: 30_000 });
		const note = page.locator('footer [role="status"]', { hasText: 'Not used from this link' });
		await expect.poll(() => note.innerText()).toContain('region=002 (expected a UN M49 region');
		expect(await note.innerText()).toContain('strength=strong (expected one of: direct, indirect, potential, scored-2, scored-1)');
		// The rest of the address applies: the goal filter is in force and said so.
		expect(await page.locator('footer').innerText()).toContain('Filters: Goal 15 Life on land');
		// Quiet: no alert inside someone else's page.
		expect(await page.getByRole('alert').count()).toBe(0);
		expect(errors).toEqual([]);
		await context.close();
	});
});
