/**
 * A profile page (a topic's, a country's) draws the first of its projects by name and links the
 * project directory for them all: the directory, opened from that link, counts as many projects as
 * the line under the table says and lists them in the same order, and the page's export holds them
 * all. Where the page lists projects without an SDG link (no link filter), the link asks the
 * directory for them too (`all=1`); the published data have none, so only the address checks that.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { globalListLimit } from '../../src/lib/domain/countries';
import { profileListLimit } from '../../src/lib/domain/projects';
import { parseCsv } from '../../src/lib/format/csv';
import { projectPageSize } from '../../src/lib/queries/projects';
import { waitAnswered } from '../../scripts/lib/frame-sampler';
import { openPage, startSession, type Session } from './session';
import { linkGoals, read } from './expected';

let session: Session;
beforeAll(async () => (session = await startSession()));
afterAll(async () => await session?.close());

const names = (page: Page, table: string) => page.getByRole('table', { name: table, exact: true }).locator('tbody tr a.name').allTextContents();

describe('a profile page’s list of projects', () => {
	it.each([
		// 332 projects on the published data; no link filter, so those without an SDG link count too.
		{ address: '/topics/jrc-biodiversity-nature-and-landscapes', table: 'Biodiversity, nature and landscapes projects', all: true },
		{ address: '/countries/GBR', table: 'Projects working in United Kingdom of Great Britain and Northern Ireland', all: true },
		// A link filter: the directory is asked for linked projects only, as the page lists them.
		{ address: '/topics/jrc-biodiversity-nature-and-landscapes?goal=15', table: 'Biodiversity, nature and landscapes projects', all: false }
	])('$address draws its first projects and links the directory for them all', async ({ address, table, all }) => {
		const { context, page } = await openPage(session);
		await page.goto(session.server.url + address);
		await waitAnswered(page);
		const drawn = await names(page, table);
		expect(drawn).toHaveLength(profileListLimit);
		const line = await page.locator('p.more').innerText();
		const total = Number(/of ([\d,]+) projects/.exec(line)?.[1].replace(/,/g, ''));
		expect(total).toBeGreaterThan(profileListLimit);
		expect(line).toContain(`The first ${profileListLimit} of ${total.toLocaleString('en')} projects`);

		// The export holds every one.
		const panel = page.locator('section.panel', { has: page.getByRole('table', { name: table, exact: true }) });
		await panel.locator('summary').first().click();
		const [file] = await Promise.all([page.waitForEvent('download'), panel.getByRole('button', { name: 'CSV', exact: true }).click()]);
		const csv = parseCsv(readFileSync(await file.path(), 'utf8'));
		expect(csv.rows).toHaveLength(total);
		// Under goal 15 each project's other goals come apart from 15; without a link filter there are none.
		const [goals, other] = ['goals', 'other_goals'].map((name) => csv.rows.map((r) => r[csv.header.indexOf(name)]));
		if (all) expect(other.filter((cell) => cell !== '')).toEqual([]);
		else {
			expect(new Set(goals)).toEqual(new Set(['15']));
			expect(other.some((cell) => cell.split('; ').includes('15'))).toBe(false);
			expect(other.filter((cell) => cell !== '').length).toBeGreaterThan(0);
		}

		const link = page.getByRole('link', { name: `All ${total.toLocaleString('en')} in the project directory` });
		expect(new URL(await link.evaluate((a) => (a as HTMLAnchorElement).href)).searchParams.get('all')).toBe(all ? '1' : null);
		await link.click();
		await page.waitForURL(/\/projects\?/);
		await waitAnswered(page);
		expect(await page.locator('[data-figure="project-count"]').innerText()).toContain(`of ${total.toLocaleString('en')} projects`);
		// The same projects in the same order: the directory's first page is the profile's first rows.
		const listed = await page.locator('table tbody tr a.name').allTextContents();
		expect(listed).toEqual(drawn.slice(0, projectPageSize));
		await context.close();
	});

	it("a goal page shows each project's other goals apart, the goals the directory lists for it unfiltered", async () => {
		const { context, page } = await openPage(session);
		await page.goto(`${session.server.url}/goals/15`);
		await waitAnswered(page);
		const rows = page.getByRole('table', { name: 'Projects contributing to goal 15', exact: true }).locator('tbody tr');
		const drawn = await rows.evaluateAll((trs) =>
			trs.map((tr) => ({
				name: tr.querySelector('a.name')!.textContent!,
				goals: [...tr.querySelectorAll('.goals .badge:not(.muted)')].map((b) => Number(b.textContent)),
				other: [...tr.querySelectorAll('.goals .badge.muted')].map((b) => Number(b.textContent))
			}))
		);
		expect(drawn.length).toBeGreaterThan(0);
		expect(drawn.every((r) => r.goals.join() === '15' && !r.other.includes(15))).toBe(true);
		const reaching = drawn.find((r) => r.other.length > 1)!;
		expect(reaching).toBeDefined();
		expect(await page.locator('[data-key="other-goals"]').innerText()).toContain('Goals in grey');
		// The directory, unfiltered, lists that project with all of them, in colour.
		await page.goto(`${session.server.url}/projects?q=${encodeURIComponent(reaching.name)}`);
		await waitAnswered(page);
		const row = page.locator('table tbody tr', { has: page.locator('a.name', { hasText: reaching.name }) }).first();
		const listed = await row.locator('.goals .badge').allTextContents();
		expect(listed.map(Number)).toEqual([15, ...reaching.other].sort((a, b) => a - b));
		expect(await row.locator('.goals .badge.muted').count()).toBe(0);
		await context.close();
	});
});

/**
 * The global-scale projects that name no country, from the data files (independently of the app's
 * SQL), in the order DuckDB sorts them: lower(name), then id, by their UTF-8 bytes (JavaScript's
 * toLowerCase differs from DuckDB's lower on a few letters, such as İ, which these names lack).
 * `goal`: those linked to it.
 */
function expectedGlobal(goal?: number): string[] {
	const named = new Set(read('project_countries.csv').map((r) => r.project_id));
	const goalsOf = linkGoals();
	const linked = goal
		? new Set(
				read('contributions.csv')
					.filter((c) => goalsOf(c).includes(String(goal)))
					.map((c) => c.project_id)
			)
		: null;
	const bytes = (text: string) => Buffer.from(text, 'utf8');
	const before = (a: Record<string, string>, b: Record<string, string>) =>
		Buffer.compare(bytes(a.name.toLowerCase()), bytes(b.name.toLowerCase())) || Buffer.compare(bytes(a.project_id), bytes(b.project_id));
	return read('projects.csv')
		.filter((p) => p.geographic_scale === 'global' && !named.has(p.project_id) && (!linked || linked.has(p.project_id)))
		.sort(before)
		.map((p) => p.name);
}

describe('a country’s global-scale projects', () => {
	it.each([
		// 57 on the published data, more than the profile's list of projects draws: every one named.
		{ address: '/countries/GBR', goal: undefined },
		// A filter's, from the index and the page's own rows.
		{ address: '/countries/GBR?goal=15', goal: 15 }
	])('$address names the first by name and counts them all', async ({ address, goal }) => {
		const expected = expectedGlobal(goal);
		expect(expected.length).toBeGreaterThan(goal ? 0 : profileListLimit);
		const { context, page } = await openPage(session);
		await page.goto(session.server.url + address);
		await waitAnswered(page);
		expect(await page.locator('[data-figure="country-global"]').innerText()).toMatch(new RegExp(`^${expected.length.toLocaleString('en')} `));
		const details = page.locator('details.global');
		await details.locator('summary').click();
		expect(await details.locator('li a').allTextContents()).toEqual(expected.slice(0, globalListLimit));
		const line = `The first ${globalListLimit} of ${expected.length.toLocaleString('en')} projects`;
		if (expected.length > globalListLimit) expect(await details.innerText()).toContain(line);
		else expect(await details.innerText()).not.toContain('The first');
		await context.close();
	});
});
