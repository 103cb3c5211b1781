/**
 * The open data page as served: every download it links is there, with the size and SHA-256 it
 * states, and the release zip opens with the data package inside. Each expectation comes from
 * the files (the bytes fetched, the package in data/), not from the page's own catalogue.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPage, startSession, type Session } from './session';

let session: Session;
beforeAll(async () => (session = await startSession()));
afterAll(async () => await session?.close());

const pkg = JSON.parse(readFileSync('data/datapackage.json', 'utf8')) as { version: string; resources: { name: string; path: string }[] };

describe('/open-data', () => {
	it('links every table in four formats and the release, each with the size and checksum it states', async () => {
		const { page, errors, foreign, context } = await openPage(session);
		await page.goto(`${session.server.url}/open-data`);
		await expect(page.locator('h1').innerText()).resolves.toBe('Open data');
		await expect(page.locator('.lead').innerText()).resolves.toContain(`version ${pkg.version}`);
		const links = await page
			.locator('a.download')
			.evaluateAll((as) =>
				as.map((a) => ({ href: (a as HTMLAnchorElement).href, sha256: a.getAttribute('data-sha256')!, size: a.querySelector('.size')!.textContent! }))
			);
		for (const r of pkg.resources)
			for (const format of ['csv', 'json', 'parquet', 'xlsx'])
				expect(
					links.some((l) => l.href.endsWith(`/downloads/${r.name}.${format}`)),
					`${r.name}.${format}`
				).toBe(true);
		for (const link of links) {
			const response = await fetch(link.href);
			expect(response.status, link.href).toBe(200);
			const bytes = new Uint8Array(await response.arrayBuffer());
			expect(createHash('sha256').update(bytes).digest('hex'), link.href).toBe(link.sha256);
			expect(link.size, link.href).toMatch(bytes.length < 1000 ? new RegExp(`^${bytes.length} bytes$`) : /^\d+\.\d (KB|MB)$/);
		}
		const release = links.find((l) => l.href.endsWith('.zip'))!;
		const zip = unzipSync(new Uint8Array(await (await fetch(release.href)).arrayBuffer()));
		const descriptor = Object.keys(zip).find((name) => name.endsWith('/datapackage.json'))!;
		expect(JSON.parse(strFromU8(zip[descriptor])).version).toBe(pkg.version);
		for (const r of pkg.resources) expect(strFromU8(zip[descriptor.replace('datapackage.json', r.path)]), r.path).toBe(readFileSync(`data/${r.path}`, 'utf8'));
		expect(errors).toEqual([]);
		expect(foreign).toEqual([]);
		await context.close();
	});

	it('documents the data API, whose every linked file is served with its type, and whose examples name real addresses', async () => {
		const { page, errors, foreign, context } = await openPage(session);
		await page.goto(`${session.server.url}/open-data`);
		await page.click('a:has-text("data API")');
		await page.waitForURL(/\/open-data\/api$/);
		await page.locator('h1:has-text("Data API")').waitFor();
		await expect(page.locator('h1').innerText()).resolves.toBe('Data API');
		const hrefs = await page.locator('main a[href*="/api/v1/"]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
		expect(hrefs.length).toBeGreaterThan(20);
		for (const href of hrefs) {
			const response = await fetch(href);
			expect(response.status, href).toBe(200);
			expect(response.headers.get('content-type'), href).toContain(href.endsWith('.csv') ? 'text/csv' : 'application/json');
			if (href.endsWith('.json') && !href.endsWith('openapi.json')) expect((await response.json()).meta.dataVersion, href).toBe(pkg.version);
		}
		// The examples give the published address (SITE_URL); the same paths answer here.
		const examples = await page.locator('pre').innerText();
		const paths = [...examples.matchAll(/https?:\/\/[^/\s"]+(\/api\/v1\/[^\s"]+)/g)].map((m) => m[1]);
		expect(paths.length).toBeGreaterThanOrEqual(4);
		for (const path of paths) expect((await fetch(`${session.server.url}${path}`)).status, path).toBe(200);
		const indicator = await (await fetch(`${session.server.url}/api/v1/indicators/15.5.1.json`)).json();
		expect(indicator.data).toMatchObject({ indicator: '15.5.1', target: '15.5', goal: 15 });
		expect((await fetch(`${session.server.url}/api/v1/indicators/99.9.9.json`)).status).toBe(404);
		expect(errors).toEqual([]);
		expect(foreign).toEqual([]);
		await context.close();
	});
});
