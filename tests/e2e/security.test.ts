/**
 * The site's security headers in Chromium, through `npm start`'s server: a Content-Security-Policy
 * on every page (with the hashes of its inline scripts) and on each worker, and no violation of it
 * anywhere (main pages, the DuckDB and import workers, every export, an embed inside a foreign
 * page); pages other than embeds refuse to be framed. Violations are collected from the browser's
 * own reports (report-uri), which cover workers too.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic, type StaticServer } from '../../scripts/lib/static-server';
import { openPage, startSession, waitLive, type Session } from './session';

let session: Session;
let foreign: StaticServer;
const foreignDir = mkdtempSync(join(tmpdir(), 'citsci-foreign-'));
beforeAll(async () => {
	session = await startSession({ reportCsp: true });
	foreign = await serveStatic(foreignDir);
});
afterAll(async () => {
	await foreign?.close();
	await session?.close();
});

type Report = { 'csp-report'?: Record<string, string> };
const violations = () =>
	(session.server.cspReports as Report[]).map(
		(r) => `${r['csp-report']?.['violated-directive']} ${r['csp-report']?.['blocked-uri']} on ${r['csp-report']?.['document-uri']}`
	);

/** The browser sends reports shortly after the violation: give it a moment before counting. */
async function settled(page: Page) {
	await page.waitForTimeout(500);
}

async function download(page: Page, menu: string, item: string) {
	await page.locator(`summary[aria-label^="${menu}"]`).first().click();
	const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: item, exact: true }).first().click()]);
	expect(await file.failure()).toBeNull();
	return file.suggestedFilename();
}

describe('Content-Security-Policy', () => {
	it('is sent for pages and workers, with frame-ancestors only outside /embed/', async () => {
		const page = await fetch(`${session.server.url}/goals/15`);
		const policy = page.headers.get('content-security-policy')!;
		expect(policy).toMatch(/default-src 'self'/);
		expect(policy).toMatch(/script-src 'self' 'sha256-[A-Za-z0-9+/=]+'/);
		expect(policy).not.toMatch(/unsafe-eval|wasm-unsafe-eval/);
		expect(policy).toMatch(/frame-ancestors 'none'/);
		expect(page.headers.get('x-frame-options')).toBe('DENY');
		expect(page.headers.get('x-content-type-options')).toBe('nosniff');
		expect(page.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
		// The same policy is in the page itself, for hosts that send no header.
		expect(await page.text()).toMatch(/<meta http-equiv="content-security-policy" content="default-src 'self';/);

		const embed = await fetch(`${session.server.url}/embed/goals`);
		expect(embed.headers.get('content-security-policy')).toMatch(/script-src 'self' 'sha256-/);
		expect(embed.headers.get('content-security-policy')).not.toMatch(/frame-ancestors/);
		expect(embed.headers.get('x-frame-options')).toBeNull();
		expect((await fetch(`${session.server.url}/data/projects.csv`)).headers.get('x-content-type-options')).toBe('nosniff');
	});

	it('is never violated on the main pages or by the DuckDB worker', async () => {
		const { context, page, errors } = await openPage(session);
		const workers: string[] = [];
		page.on('worker', (w) => workers.push(w.url()));
		for (const path of ['/', '/goals/15', '/indicators/15.5.1', '/coverage', '/flows', '/projects', '/data', '/data?pivot=region', '/data?pivot=year']) {
			await page.goto(`${session.server.url}${path}`);
			await waitLive(page);
		}
		await page.goto(`${session.server.url}/report`);
		await page.locator('[data-status="ready"]').waitFor({ timeout: 30_000 });
		await page.goto(`${session.server.url}/projects`);
		await waitLive(page);
		await page.locator('table a[href*="/projects/"]').first().click();
		await page.locator('h1').waitFor();

		await settled(page);
		expect(workers.some((w) => /duckdb-browser-[a-z]+\.worker/.test(w))).toBe(true);
		expect(violations()).toEqual([]);
		expect(errors).toEqual([]);
		await context.close();
	}, 120_000);

	// Each page load restarts DuckDB (2-3 s on two cores), so the pages and the exports are two tests.
	it('is never violated by any export, the SQL console or the import worker', async () => {
		const { context, page, errors } = await openPage(session);
		const workers: string[] = [];
		page.on('worker', (w) => workers.push(w.url()));

		// Every chart export, from the overview.
		await page.goto(`${session.server.url}/?goal=15`);
		await waitLive(page);
		const chart = 'Export, cite or embed: Projects per goal';
		for (const item of ['SVG (for reports)', 'PNG for screens', 'PNG for print (300 dpi)', 'Chart data (CSV)']) await download(page, chart, item);
		// Every table export, from the indicator tables.
		await page.goto(`${session.server.url}/data`);
		await waitLive(page);
		for (const item of ['CSV', 'CSV for Excel', 'Excel workbook (XLSX)', 'Parquet', 'JSON', 'Zip with data package (CSV + metadata)'])
			await download(page, 'Download or cite: SDG indicators', item);

		// The SQL console.
		await page.goto(`${session.server.url}/sql`);
		await page.locator('[data-status="ready"]').waitFor({ timeout: 30_000 });
		await page.getByRole('button', { name: /^Run/ }).click();
		await page.locator('[data-console-status="done"]').waitFor({ state: 'attached', timeout: 30_000 });

		// An import, read and checked in the import worker.
		await page.goto(`${session.server.url}/import`);
		await page.locator('[data-status="ready"]').waitFor({ timeout: 30_000 });
		await page.setInputFiles('input[type=file]', 'tests/fixtures/import/inventory.xlsx');
		await page.locator('.counts').waitFor({ timeout: 30_000 });

		await settled(page);
		expect(workers.some((w) => /import\.worker/.test(w))).toBe(true);
		expect(violations()).toEqual([]);
		expect(errors).toEqual([]);
		await context.close();
	}, 120_000);

	it('lets a foreign page embed a chart, and refuses to let it frame /import or /sql', async () => {
		writeFileSync(
			join(foreignDir, 'index.html'),
			`<!doctype html><html><body><h1>Another site</h1>
			<iframe id="chart" src="${session.server.url}/embed/goals?goal=15" width="600" height="400"></iframe>
			<iframe id="import" src="${session.server.url}/import" width="600" height="400"></iframe>
			<iframe id="sql" src="${session.server.url}/sql" width="600" height="400"></iframe>
			</body></html>`
		);
		const { context, page } = await openPage(session);
		await context.route(`${foreign.url}/**`, (route) => route.continue());
		const before = session.server.cspReports.length;
		await page.goto(`${foreign.url}/`);
		const chart = page.frameLocator('#chart');
		await chart.locator('svg[role="img"]').first().waitFor({ timeout: 30_000 });
		await page.waitForTimeout(1500);
		// The refused frames never show the page.
		for (const id of ['import', 'sql']) await expect(page.frameLocator(`#${id}`).locator('.site-header').count(), id).resolves.toBe(0);
		await expect(chart.locator('.site-header').count()).resolves.toBe(0);
		await settled(page);
		const reports = (session.server.cspReports.slice(before) as Report[]).map((r) => r['csp-report']!);
		// The only reports are the two refusals to be framed (the browser names only our origin in them).
		expect(reports.map((r) => `${r['violated-directive']} ${r['document-uri']}`)).toEqual([
			`frame-ancestors ${session.server.url}/`,
			`frame-ancestors ${session.server.url}/`
		]);
		await context.close();
	});
});
