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
});
