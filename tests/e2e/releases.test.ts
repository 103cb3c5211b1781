/**
 * Releases that stay, as served: every file of every kept release is served byte for byte as
 * frozen in data/releases (checked against the bytes on disk, not the site's catalogue), and an
 * embed pinned to an earlier release shows that release's figures, counted from its own files in
 * the browser, which differ from the current ones.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openReleaseInNode } from '../../src/lib/data/duckdb-node';
import { inventoryYear } from '../../src/lib/data/package';
import type { PublishedRelease } from '../../src/lib/domain/releases';
import { csvRecords, parseCsv } from '../../src/lib/format/csv';
import { loadOverview } from '../../src/lib/queries/overview';
import { openPage, startSession, type Session } from './session';

let session: Session;
beforeAll(async () => (session = await startSession()));
afterAll(async () => await session?.close());

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const releases = JSON.parse(readFileSync('src/lib/generated/releases.json', 'utf8')) as PublishedRelease[];
const current = JSON.parse(readFileSync('data/datapackage.json', 'utf8')).version as string;

describe('/releases/<version>/', () => {
	it('serves every file of every kept release as frozen', async () => {
		const kept = readdirSync('data/releases');
		expect(kept).toContain('0.1.0');
		expect(releases.map((r) => r.version).sort()).toEqual([...kept].sort());
		for (const version of kept) {
			const dir = join('data/releases', version);
			for (const file of readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => statSync(join(dir, f)).isFile())) {
				const response = await fetch(`${session.server.url}/releases/${version}/${file}`);
				expect(response.status, `${version}/${file}`).toBe(200);
				expect(sha256(new Uint8Array(await response.arrayBuffer())), `${version}/${file}`).toBe(sha256(new Uint8Array(readFileSync(join(dir, file)))));
			}
		}
	});
});

describe('a pinned embed', () => {
	it("of an earlier release shows that release's figures, from its own files", async () => {
		// Projects per goal in 0.1.0, counted from its CSV apart from any loader: a link's goal is its code's first part.
		const links = csvRecords(parseCsv(readFileSync('data/releases/0.1.0/contributions.csv', 'utf8')));
		const perGoal = Array.from(
			{ length: 17 },
			(_, i) => new Set(links.filter((l) => l.sdg_code.split('.')[0] === String(i + 1)).map((l) => l.project_id)).size
		);
		// And as the engine in Node counts them, reading the release by its own columns as the browser does.
		const release = releases.find((r) => r.version === '0.1.0')!;
		const db = await openReleaseInNode('data/releases/0.1.0', release);
		const expected = await loadOverview(db, inventoryYear);
		db.close();
		expect(expected.perGoal.map((g) => g.projects)).toEqual(perGoal);
		const { context, page, errors, foreign } = await openPage(session);
		await page.goto(`${session.server.url}/embed/goals?v=0.1.0`);
		await page.locator('main.embed[data-live="live"] [data-figures="embed"][data-pending="false"]').waitFor({ timeout: 60_000 });
		const totals = await page
			.locator('[data-goal]')
			.evaluateAll((bars) => bars.map((b) => [Number(b.getAttribute('data-goal')), Number(b.getAttribute('data-total'))]));
		const shown = Object.fromEntries(totals);
		for (const row of expected.perGoal) expect(shown[row.goal], `goal ${row.goal}`).toBe(row.projects);
		// The current data give other figures: the embed did not show them.
		const now = JSON.parse(readFileSync('src/lib/generated/summary.json', 'utf8')).overview.perGoal as { goal: number; projects: number }[];
		expect(now.some((row) => shown[row.goal] !== row.projects)).toBe(true);
		await expect(page.locator('footer [data-version]').innerText()).resolves.toBe('0.1.0');
		await expect(page.locator('footer').innerText()).resolves.toContain(`the site now publishes ${current}`);
		await expect(page.locator('.chart-footer').innerText()).resolves.not.toContain('JRC');
		// Read from the release's own files, never from the current data.
		expect(session.server.requests.some((p) => p.startsWith('/releases/0.1.0/') && p.endsWith('contributions.csv'))).toBe(true);
		expect(errors).toEqual([]);
		expect(foreign).toEqual([]);
		await context.close();
	});

	it('pinned to the version it was built with hides nothing before the app runs; pinned to another, it does', async () => {
		const { context, page } = await openPage(session);
		// Only the page's own inline script runs: the app's scripts never arrive.
		await context.route('**/_app/**', (route) => route.abort());
		await page.goto(`${session.server.url}/embed/goals?v=${current}`);
		expect(await page.evaluate(() => document.documentElement.getAttribute('data-pending'))).toBeNull();
		await page.goto(`${session.server.url}/embed/goals?v=0.1.0`);
		expect(await page.evaluate(() => document.documentElement.getAttribute('data-pending'))).toBe('address');
		await context.close();
	});

	it('of a version the site does not keep says so and shows the current data', async () => {
		const { context, page } = await openPage(session);
		await page.goto(`${session.server.url}/embed/goals?v=0.0.9`);
		await page.locator('main.embed[data-live="live"]').waitFor({ timeout: 60_000 });
		await expect(page.locator('.warn').innerText()).resolves.toContain(
			`pinned to data version 0.0.9, which this site does not keep; it shows version ${current}`
		);
		await expect(page.locator('footer [data-version]').innerText()).resolves.toBe(current);
		await context.close();
	});
});
