/**
 * The analyst workbench in Chromium: "indicators with direct contributions, by UN region" as an
 * XLSX download, checked against data/ computed in plain TypeScript; the SQL console runs a query
 * from its URL, refuses writes and file reads on screen, shows DuckDB's errors, and cancels.
 */
import { read as readPublished } from './expected';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csvRecords, parseCsv } from '../../src/lib/format/csv';
import { openPage, startSession, waitLive, type Session } from './session';

let session: Session;
beforeAll(async () => (session = await startSession()));
afterAll(async () => await session?.close());

// The tables as the site shows them by default: both published datasets, a project in both once.
const read = readPublished;

/** Direct indicator links by UN region (Global for global-scale projects), from the CSV files. */
function expectedDirectByRegion() {
	const primaryOf = new Map(read('sdg_indicators.csv').map((i) => [i.indicator, i.repeat_of || i.indicator]));
	const regionOf = new Map(read('countries.csv').map((c) => [c.iso3, c.region]));
	const countries = read('project_countries.csv');
	const global = new Set(
		read('projects.csv')
			.filter((p) => p.geographic_scale === 'global')
			.map((p) => p.project_id)
	);
	const out = new Map<string, Map<string, Set<string>>>();
	for (const c of read('contributions.csv').filter((c) => c.level === 'indicator' && c.strength === 'direct')) {
		const code = primaryOf.get(c.sdg_code)!;
		const regions = global.has(c.project_id) ? ['Global'] : countries.filter((pc) => pc.project_id === c.project_id).map((pc) => regionOf.get(pc.country)!);
		for (const region of regions) {
			if (!out.has(code)) out.set(code, new Map());
			if (!out.get(code)!.has(region)) out.get(code)!.set(region, new Set());
			out.get(code)!.get(region)!.add(c.project_id);
		}
	}
	return out;
}

describe('indicator tables', () => {
	it('gives "indicators with direct contributions, by UN region" as XLSX', async () => {
		const { context, page, errors } = await openPage(session);
		const started = Date.now();
		await page.goto(session.server.url + '/data');
		await waitLive(page);
		await page.getByRole('group', { name: 'Strength' }).getByRole('button', { name: 'Direct', exact: true }).click();
		await page.getByLabel('Count projects by').selectOption('region');
		await page.getByLabel('Only rows with a contribution').check();
		await expect.poll(() => page.url()).toMatch(/strength=direct/);
		await expect.poll(() => page.url()).toMatch(/pivot=region/);
		await expect.poll(() => page.locator('[data-live]').first().getAttribute('data-live')).toBe('live');

		await page.locator('summary[aria-label^="Download or cite: SDG indicators"]').click();
		const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Excel workbook (XLSX)' }).click()]);
		const path = join(mkdtempSync(join(tmpdir(), 'citsci-xlsx-')), download.suggestedFilename());
		await download.saveAs(path);
		expect(Date.now() - started).toBeLessThan(60_000);

		const workbook = new ExcelJS.Workbook();
		await workbook.xlsx.readFile(path);
		const sheet = workbook.getWorksheet('Data')!;
		const header = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
		const expected = expectedDirectByRegion();
		expect(sheet.rowCount - 1).toBe(expected.size);
		const regions = [...new Set([...expected.values()].flatMap((m) => [...m.keys()]))];
		expect(header).toEqual(expect.arrayContaining(['code', 'title', ...regions, 'projects']));
		for (let r = 2; r <= sheet.rowCount; r++) {
			const row = sheet.getRow(r);
			const code = String(row.getCell(header.indexOf('code') + 1).value);
			for (const region of regions) {
				expect(row.getCell(header.indexOf(region) + 1).value, `${code} ${region}`).toBe(expected.get(code)?.get(region)?.size ?? 0);
			}
		}
		expect(errors).toEqual([]);
		await context.close();
	});
});

describe('table views in the URL', () => {
	it('sorts the indicator table from a heading, keeps the sort in the link, shows years as years, and names a bad parameter', async () => {
		const { context, page, errors } = await openPage(session);
		await page.goto(session.server.url + '/data?level=country&only=1');
		await waitLive(page);
		expect(await page.getByRole('alert').innerText()).toContain('level=country: expected one of: indicator, target, goal');
		// The rest of the link applies.
		expect(await page.getByLabel('Only rows with a contribution').isChecked()).toBe(true);

		await page.getByRole('button', { name: 'First year' }).click();
		await expect.poll(() => new URL(page.url()).searchParams.get('sort')).toBe('first_year');
		expect(new URL(page.url()).searchParams.get('desc')).toBe('1');
		const firstYears = await page.locator('.scroll tbody tr').evaluateAll((rows) => rows.map((r) => r.children[10]?.textContent?.trim() ?? ''));
		expect(firstYears.length).toBeGreaterThan(0);
		for (const year of firstYears) expect(year).toMatch(/^(\d{4})?$/);
		const years = firstYears.filter(Boolean).map(Number);
		expect(years).toEqual([...years].sort((a, b) => b - a));

		// Back undoes the sort without reloading.
		await page.goBack();
		await expect.poll(() => new URL(page.url()).searchParams.has('sort')).toBe(false);
		expect(errors).toEqual([]);
		await context.close();
	});

	it('pages through the projects and starts again on page 1 when the sort changes', async () => {
		const { context, page } = await openPage(session);
		await page.goto(session.server.url + '/projects');
		await waitLive(page);
		await page.getByRole('button', { name: 'Next →' }).click();
		await expect.poll(() => page.locator('[data-figure="project-count"]').innerText()).toMatch(/^Showing 26–50 of/);
		expect(new URL(page.url()).searchParams.get('page')).toBe('2');
		await page.getByLabel('Sort by').selectOption('start_year');
		await expect.poll(() => page.locator('[data-figure="project-count"]').innerText()).toMatch(/^Showing 1–25 of/);
		expect(new URL(page.url()).search).toBe('?sort=start_year');
		await context.close();
	});
});

describe('SQL console', () => {
	it('opens a query from its URL without running it, runs it on request, and shows the rows, count and time', async () => {
		const { context, page } = await openPage(session);
		const q = 'SELECT DISTINCT project_id FROM contributions ORDER BY project_id';
		await page.goto(`${session.server.url}/sql?q=${encodeURIComponent(q)}`);
		await page.locator('[data-status="ready"]').waitFor({ timeout: 30_000 });
		await expect.poll(() => page.locator('[data-console-status]').innerText()).toContain('This query came with the link');
		expect(await page.locator('[data-console-status="idle"]').count()).toBe(1);
		await page.getByRole('button', { name: /^Run/ }).click();
		await page.locator('[data-console-status="done"]').waitFor({ state: 'attached', timeout: 30_000 });
		const projects = new Set(read('contributions.csv').map((c) => c.project_id));
		expect(await page.locator('.meta').getAttribute('data-rows')).toBe(String(projects.size));
		expect(await page.locator('.meta').innerText()).toMatch(/rows in \d+ ms/);
		expect(await page.locator('#sql-text').inputValue()).toBe(q);
		await context.close();
	});

	it('refuses writes, ATTACH, INSTALL, COPY, file reads and URLs on screen, and shows DuckDB errors', async () => {
		const { context, page } = await openPage(session);
		await page.goto(`${session.server.url}/sql`);
		await page.locator('[data-status="ready"]').waitFor({ timeout: 30_000 });
		const attempts: [string, RegExp][] = [
			['DROP TABLE projects', /DROP drops objects/],
			["ATTACH 'x.duckdb'", /ATTACH attaches a database/],
			['INSTALL httpfs', /INSTALL installs an extension/],
			["COPY projects TO 'out.csv'", /COPY copies data/],
			["SELECT * FROM read_csv('/etc/passwd')", /read_csv\(\) reads files/],
			["SELECT * FROM 'https://example.org/x.csv'", /looks like a file or a URL/],
			["FROM E'projects.cs\\x76'", /'projects.csv' looks like a file/],
			['SELECT * FROM force_checkpoint()', /force_checkpoint\(\) writes to storage/]
		];
		for (const [text, reason] of attempts) {
			await page.locator('#sql-text').fill(text);
			await page.getByRole('button', { name: /^Run/ }).click();
			await expect.poll(() => page.getByRole('alert').innerText()).toMatch(reason);
		}
		await page.locator('#sql-text').fill('SELECT nope FROM projects');
		await page.getByRole('button', { name: /^Run/ }).click();
		await expect.poll(() => page.getByRole('alert').innerText()).toMatch(/DuckDB: .*nope/);
		// A typo is the engine's syntax error, not a refusal.
		await page.locator('#sql-text').fill('selct * from projects');
		await page.getByRole('button', { name: /^Run/ }).click();
		await expect.poll(() => page.getByRole('alert').innerText()).toMatch(/DuckDB: .*syntax error at or near "selct"/);
		// Nothing was dropped.
		await page.locator('#sql-text').fill('SELECT count(*) AS n FROM projects');
		await page.getByRole('button', { name: /^Run/ }).click();
		await expect.poll(() => page.locator('tbody td').first().innerText()).toBe(String(read('projects.csv').length));
		await context.close();
	});

	it('keeps a query longer than 2,000 characters out of the address, says so, and still reloads', async () => {
		const { context, page } = await openPage(session);
		await page.goto(`${session.server.url}/sql`);
		await page.locator('[data-status="ready"]').waitFor({ timeout: 30_000 });
		const long = `SELECT count(*) AS n FROM projects WHERE name NOT IN (${Array.from({ length: 400 }, (_, i) => `'p${i}'`).join(', ')})`;
		expect(long.length).toBeGreaterThan(2000);
		await page.locator('#sql-text').fill(long);
		await page.getByRole('button', { name: /^Run/ }).click();
		await page.locator('[data-console-status="done"]').waitFor({ state: 'attached', timeout: 30_000 });
		await expect(page.locator('[data-not-shared]').innerText()).resolves.toContain('longer than 2,000 characters');
		expect(new URL(page.url()).searchParams.has('q')).toBe(false);
		const response = await page.reload();
		expect(response?.status()).toBe(200);
		await context.close();
	});

	it('cancels a long query', async () => {
		const { context, page } = await openPage(session);
		await page.goto(`${session.server.url}/sql`);
		await page.locator('[data-status="ready"]').waitFor({ timeout: 30_000 });
		await page.locator('#sql-text').fill('SELECT count(*) FROM range(100000000000) a, range(10) b');
		await page.getByRole('button', { name: /^Run/ }).click();
		await page.locator('[data-console-status="running"]').waitFor({ state: 'attached' });
		await page.waitForTimeout(300);
		await page.getByRole('button', { name: 'Cancel' }).click();
		await page.locator('[data-console-status="error"]').waitFor({ state: 'attached', timeout: 15_000 });
		expect(await page.getByRole('alert').innerText()).toMatch(/DuckDB: .*(interrupt|cancel)/i);
		await context.close();
	});
});
