/**
 * Never a wrong figure: on every animation frame from navigation until the page is live, every
 * region of figures either shows what the page finally shows for its address and datasets, or is
 * visibly pending. Checked for filtered addresses on the overview, a goal page, an indicator page,
 * the coverage, flows, projects and topics pages, for an embed, and for an imported dataset shown beside
 * the curated one. On a live page, a filter change that the shipped files in memory answer is
 * drawn in one update, without a pending mark set and cleared in between.
 * Each case also checks that the prerendered figures differ from the right ones (else the case
 * could not catch anything) and that the final figures equal the query modules' answer on native
 * DuckDB.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { frameReport, recordFrames, regionTexts, waitAnswered, type FrameReport } from '../../scripts/lib/frame-sampler';
import { openPublishedInNode, type NodeClient } from '../../src/lib/data/duckdb-node';
import { evidenceSentence } from '../../src/lib/format/evidence-counts';
import { inventoryYear } from '../../src/lib/data/package';
import { goalPage } from '../../src/lib/queries/goals';
import { indicatorPage, indicatorStatus } from '../../src/lib/queries/indicators';
import { topicGoalIndicatorFlows } from '../../src/lib/queries/flows';
import { loadOverviewSql } from '../../src/lib/queries/overview';
import { listProjects } from '../../src/lib/queries/projects';
import { topicMatrix, topicPage } from '../../src/lib/queries/topics';
import { countryInfo, countryPage } from '../../src/lib/queries/countries';
import { openPage, startSession, type Session } from './session';
import { digits, escaped, expectCountryPage, expectTopicPage, filtersOf, tableRows } from './read-page';

let session: Session;
let db: NodeClient;
beforeAll(async () => {
	session = await startSession();
	// The site's default view: both published datasets.
	db = await openPublishedInNode('data', 'static/data');
});
afterAll(async () => {
	await session?.close();
	await db?.close();
});

/** The text each region shows without JavaScript: the prerendered figures. */
async function prerendered(path: string): Promise<Record<string, string>> {
	const { context, page } = await openPage(session, { javaScriptEnabled: false });
	await page.goto(session.server.url + path);
	const texts = await regionTexts(page);
	await context.close();
	return texts;
}

async function sampled(page: Page, address: string): Promise<FrameReport> {
	await recordFrames(page);
	await page.goto(session.server.url + address);
	await waitAnswered(page);
	return frameReport(page);
}

function expectNoWrongFrame(report: FrameReport, before: Record<string, string>) {
	expect(report.wrong, `frames showing figures that ignore the address: ${JSON.stringify(report.wrong.slice(0, 3))}`).toEqual([]);
	// The case can fail: some region's prerendered figures differ from the right ones, and were held back.
	expect(Object.keys(report.final).some((name) => before[name] !== undefined && before[name] !== report.final[name])).toBe(true);
	expect(report.pendingFrames).toBeGreaterThan(0);
	expect(report.liveAt).not.toBeNull();
}

describe('truth first: no frame shows a figure that ignores the address', () => {
	const cases: {
		address: string;
		expected: () => Promise<{ region: string; contains: RegExp }>;
		/** Where the region's text runs figures together (a table's cells), the live page's figures read cell by cell. */
		onPage?: (page: Page) => Promise<void>;
	}[] = [
		{
			address: '/?goal=15&from=2001&to=2018',
			expected: async () => {
				const o = await loadOverviewSql(db, inventoryYear, filtersOf('/?goal=15&from=2001&to=2018'));
				return { region: 'lead', contains: new RegExp(`${o.projects} projects? that match`) };
			}
		},
		{
			address: '/goals/14?strength=direct',
			expected: async () => ({
				region: 'goal',
				contains: digits((await goalPage(db, 14, filtersOf('?strength=direct'))).projectCount)
			})
		},
		{
			address: '/indicators/15.5.1?region=Europe',
			expected: async () => ({
				region: 'indicator',
				// Projects, each once (a project linked under a repeat of the indicator too has two rows).
				contains: new RegExp(
					`Contributing projects\\s+${new Set((await indicatorPage(db, '15.5.1', filtersOf('?region=Europe'))).projects.map((r) => r.project_id)).size}`
				)
			})
		},
		{
			address: '/projects?goal=14&sort=start_year',
			expected: async () => ({
				region: 'projects',
				contains: new RegExp(`of ${(await listProjects(db, { sort: 'start_year' }, filtersOf('?goal=14'))).total} projects`)
			})
		},
		{
			// A search: the directory reads the descriptions' file too (7 of mosquito's 8 projects name it there alone).
			address: '/projects?q=mosquito',
			expected: async () => {
				const { total } = await listProjects(db, { search: 'mosquito' });
				expect(total).toBeGreaterThan(1);
				return { region: 'projects', contains: new RegExp(`of ${total} projects`) };
			}
		},
		{
			address: '/coverage?strength=direct',
			expected: async () => {
				const rows = await indicatorStatus(db, filtersOf('?strength=direct'));
				return {
					region: 'coverage-lead',
					contains: new RegExp(
						evidenceSentence({
							total: rows.length,
							direct: rows.filter((r) => r.strength === 'direct').length,
							indirect: rows.filter((r) => r.strength === 'indirect').length,
							potential: rows.filter((r) => r.strength === 'potential').length
						}).replace(/[.()]/g, '\\$&')
					)
				};
			}
		},
		{
			address: '/flows?region=Europe',
			expected: async () => {
				const flows = await topicGoalIndicatorFlows(db, filtersOf('?region=Europe'));
				// The flow chart's table alternative lists every link with its projects.
				const first = flows.find((r) => r.source.startsWith('topic:'))!;
				return { region: 'flows', contains: new RegExp(`${first.projects}`) };
			}
		},
		{
			// The topic matrix: every topic of the projects in scope of goal 15, per region.
			address: '/topics?goal=15',
			expected: async () => {
				const { rows } = await topicMatrix(db, filtersOf('?goal=15'));
				const most = rows.reduce((a, b) => (b.projects > a.projects ? b : a));
				return { region: 'topics', contains: new RegExp(`${escaped(most.label)}${most.projects}`) };
			},
			onPage: async (page) => {
				const { rows } = await topicMatrix(db, filtersOf('?goal=15'));
				expect(await tableRows(page, 'topics')).toEqual(expect.arrayContaining(rows.map((r) => [r.label, r.projects, ...r.byRegion, r.global].join(' '))));
			}
		},
		{
			// A topic's profile: its figures, projects and the targets and indicators they feed.
			address: '/topics/biodiversity?goal=15&strength=direct',
			expected: async () => ({
				region: 'topic',
				contains: digits((await topicPage(db, { topic: 'biodiversity' }, filtersOf('?goal=15&strength=direct'))).projectCount)
			}),
			onPage: async (page) => void (await expectTopicPage(page, db, 'biodiversity', 'Biodiversity', '?goal=15&strength=direct'))
		},
		{
			// A country's profile: its figures, projects, what they feed, and its region's gaps.
			address: '/countries/FRA?strength=potential',
			expected: async () => ({
				region: 'country',
				contains: digits((await countryPage(db, (await countryInfo(db, 'FRA'))!, filtersOf('?strength=potential'))).projectCount)
			}),
			onPage: async (page) => void (await expectCountryPage(page, db, 'FRA', '?strength=potential'))
		},
		{
			address: '/embed/goals?country=GBR',
			expected: async () => ({ region: 'embed', contains: /Projects per goal/ })
		},
		{
			// Pinned to an earlier release the site keeps: its own figures, never the current ones first.
			address: '/embed/goals?v=0.1.0',
			expected: async () => ({ region: 'embed', contains: /Projects per goal/ })
		}
	];

	for (const { address, expected, onPage } of cases) {
		it(`${address}: pending until right, then right`, async () => {
			const before = await prerendered(address.split('?')[0]);
			const { context, page, errors } = await openPage(session);
			const report = await sampled(page, address);
			expectNoWrongFrame(report, before);
			const { region, contains } = await expected();
			expect(report.final[region]).toMatch(contains);
			await onPage?.(page);
			expect(errors).toEqual([]);
			await context.close();
		});
	}

	it('says without JavaScript that the figures are for the whole published inventory', async () => {
		const { context, page } = await openPage(session, { javaScriptEnabled: false });
		await page.goto(`${session.server.url}/?goal=15`);
		expect(await page.locator('[data-no-script]').innerText()).toMatch(/whole published inventory/);
		// And the figures are not hidden: without scripts nothing will count them.
		expect(await page.locator('[data-figures="overview"] > .answer').evaluate((el) => getComputedStyle(el).visibility)).toBe('visible');
		await context.close();
	});
});

describe('truth first on a live page', () => {
	it('draws a filter change from the shipped files in the same update, never marking a figure pending in between', async () => {
		const { context, page, errors } = await openPage(session);
		await page.goto(`${session.server.url}/`);
		await waitAnswered(page);
		// Every time a region of figures is marked pending from here on, even if unmarked within the same task.
		await page.evaluate(() => {
			const marks: string[] = [];
			(window as unknown as { __pendingMarks: string[] }).__pendingMarks = marks;
			new MutationObserver((records) => {
				for (const r of records) {
					const el = r.target as Element;
					if (el.getAttribute('data-pending') === 'true') marks.push(el.getAttribute('data-figures') ?? '?');
				}
			}).observe(document.body, { subtree: true, attributes: true, attributeFilter: ['data-pending'] });
		});
		for (const goal of [15, 6]) {
			const o = await loadOverviewSql(db, inventoryYear, { ...filtersOf('/'), goals: [goal] });
			await page.click(`button[aria-pressed][aria-label^="Goal ${goal}:"]`);
			await expect.poll(() => page.locator('[data-figures="lead"]').innerText()).toMatch(new RegExp(`${o.projects} projects? that match`));
			await page.click(`button[aria-pressed][aria-label^="Goal ${goal}:"]`);
			await waitAnswered(page);
		}
		expect(await page.evaluate(() => (window as unknown as { __pendingMarks: string[] }).__pendingMarks)).toEqual([]);
		expect(errors).toEqual([]);
		await context.close();
	});
});

describe('the build\u2019s files a page preloads', () => {
	it('are fetched once, as the document\u2019s head began fetching them, and answer the page', async () => {
		const { context, page, errors } = await openPage(session);
		const asked: string[] = [];
		page.on('request', (r) => {
			if (/\/data\/(overview-index|project-list|project-descriptions)\.[0-9a-f]{12}\.bin$/.test(r.url())) asked.push(new URL(r.url()).pathname);
		});
		await page.goto(`${session.server.url}/projects?goal=14`);
		await waitAnswered(page);
		const expected = await listProjects(db, {}, filtersOf('?goal=14'));
		await expect.poll(() => page.locator('[data-figures="projects"]').innerText()).toMatch(new RegExp(`of ${expected.total} projects`));
		const preloaded = await page.evaluate(() =>
			Array.from(document.head.querySelectorAll<HTMLLinkElement>('link[rel="preload"][as="fetch"]'), (l) => new URL(l.href).pathname)
		);
		expect(preloaded.map((path) => path.replace(/\.[0-9a-f]{12}\./, '.')).sort()).toEqual(['/data/overview-index.bin', '/data/project-list.bin']);
		// Each once: the page read the body its head began fetching (a second request would be the page's own fetch).
		expect(asked.sort()).toEqual([...preloaded].sort());
		// And none was left unread.
		expect(await page.evaluate(() => Object.keys((window as unknown as { __earlyFiles: Record<string, unknown> }).__earlyFiles))).toEqual([]);
		expect(errors).toEqual([]);
		await context.close();
	});

	it('leave the descriptions to a search, which fetches them once and answers without DuckDB', async () => {
		const { context, page } = await openPage(session);
		// No engine: only the build's files can answer. (Its failure to start is logged, so errors are not checked here.)
		await page.route('**/*.wasm', (route) => route.abort());
		// Which fetches began while the document was still being parsed (the head's, not the app's).
		await context.addInitScript(() => {
			const w = window as unknown as { __parsingFetches: string[] };
			w.__parsingFetches = [];
			const original = window.fetch;
			window.fetch = (input, init) => {
				if (document.readyState === 'loading') w.__parsingFetches.push(String(input instanceof Request ? input.url : input));
				return original(input, init);
			};
		});
		const asked: string[] = [];
		page.on('request', (r) => {
			if (/\/data\/project-descriptions\.[0-9a-f]{12}\.bin$/.test(r.url())) asked.push(r.url());
		});
		await page.goto(`${session.server.url}/projects?goal=14`);
		await waitAnswered(page);
		expect(asked).toEqual([]);
		// 7 of mosquito's 8 projects name it in their description alone.
		await page.getByRole('searchbox').fill('mosquito');
		const withGoal = await listProjects(db, { search: 'mosquito' }, filtersOf('?goal=14'));
		expect(withGoal.total).toBeGreaterThan(0);
		await expect.poll(() => page.locator('[data-figures="projects"]').innerText()).toMatch(new RegExp(`of ${withGoal.total} projects?`));
		for (const row of withGoal.rows) expect(await page.locator('[data-figures="projects"]').innerText()).toContain(row.name);
		await page.getByRole('searchbox').fill('');
		await page.getByRole('searchbox').fill('water');
		const water = await listProjects(db, { search: 'water' }, filtersOf('?goal=14'));
		await expect.poll(() => page.locator('[data-figures="projects"]').innerText()).toMatch(new RegExp(`of ${water.total} projects`));
		expect(asked).toHaveLength(1);
		// An address with a search: the document's head fetches the descriptions with the rest, once.
		asked.length = 0;
		await page.goto(`${session.server.url}/projects?q=mosquito`);
		const all = await listProjects(db, { search: 'mosquito' });
		await expect.poll(() => page.locator('[data-figures="projects"]').innerText()).toMatch(new RegExp(`of ${all.total} projects`));
		await waitAnswered(page);
		expect(asked).toHaveLength(1);
		const parsing = await page.evaluate(() => (window as unknown as { __parsingFetches: string[] }).__parsingFetches);
		expect(parsing.filter((url) => /\/data\/project-descriptions\.[0-9a-f]{12}\.bin$/.test(url))).toHaveLength(1);
		expect(await page.evaluate(() => Object.keys((window as unknown as { __earlyFiles: Record<string, unknown> }).__earlyFiles))).toEqual([]);
		await context.close();
	});

	it('answer the topic matrix without DuckDB', async () => {
		const { context, page } = await openPage(session);
		// No engine: only the build's index can answer. (Its failure to start is logged, so errors are not checked here.)
		await page.route('**/*.wasm', (route) => route.abort());
		await page.goto(`${session.server.url}/topics?region=Europe&strength=direct`);
		await waitAnswered(page);
		const { rows } = await topicMatrix(db, filtersOf('?region=Europe&strength=direct'));
		expect(rows.filter((r) => r.projects > 0).length).toBeGreaterThan(3);
		expect(await tableRows(page, 'topics')).toEqual(expect.arrayContaining(rows.map((r) => [r.label, r.projects, ...r.byRegion, r.global].join(' '))));
		await context.close();
	});
	it('answer a country\u2019s profile without DuckDB', async () => {
		const { context, page } = await openPage(session);
		await page.route('**/*.wasm', (route) => route.abort());
		await page.goto(`${session.server.url}/countries/KEN?from=2015`);
		await waitAnswered(page);
		const expected = await expectCountryPage(page, db, 'KEN', '?from=2015');
		expect(expected.projectCount).toBeGreaterThan(2);
		expect(expected.gaps.length).toBeGreaterThan(0);
		await context.close();
	});

	it('answer a topic\u2019s page without DuckDB', async () => {
		const { context, page } = await openPage(session);
		// No engine: only the build's index and the page's own rows can answer.
		await page.route('**/*.wasm', (route) => route.abort());
		await page.goto(`${session.server.url}/topics/marine-coastal?from=2015`);
		await waitAnswered(page);
		const expected = await expectTopicPage(page, db, 'marine-coastal', 'Marine, coastal', '?from=2015');
		// Something to compare: some projects, fewer than the topic's.
		expect(expected.projectCount).toBeGreaterThan(2);
		expect(expected.projectCount).toBeLessThan((await topicPage(db, { topic: 'marine-coastal' })).projectCount);
		await context.close();
	});
});

describe('DuckDB\u2019s background load', () => {
	it('waits until the files the page is reading are in, then starts', async () => {
		const { context, page, errors } = await openPage(session);
		// The index held back 2.5 s: longer than the 1.5 s after which an idle callback runs anyway.
		let indexServedAt = Infinity;
		await page.route(/\/data\/overview-index\.[0-9a-f]{12}\.bin$/, async (route) => {
			await new Promise((resolve) => setTimeout(resolve, 2500));
			const response = await route.fetch();
			indexServedAt = Math.min(indexServedAt, Date.now());
			await route.fulfill({ response });
		});
		let databaseAskedAt = Infinity;
		page.on('request', (r) => {
			if (/\/data\/tables\//.test(r.url())) databaseAskedAt = Math.min(databaseAskedAt, Date.now());
		});
		await page.goto(`${session.server.url}/?goal=15&from=2001&to=2018`);
		await waitAnswered(page);
		// It still starts, and becomes ready.
		await page.locator('[data-status="ready"]').waitFor({ timeout: 60_000 });
		expect(indexServedAt).toBeLessThan(Infinity);
		expect(databaseAskedAt).toBeGreaterThan(indexServedAt);
		expect(errors).toEqual([]);
		await context.close();
	});
});

describe('truth first with an imported dataset', () => {
	it('never shows the curated figures as the figures of the datasets shown', async () => {
		const { context, page } = await openPage(session);
		await page.goto(`${session.server.url}/import`);
		await page.locator('[data-status="ready"]').waitFor({ timeout: 30_000 });
		await page.setInputFiles('input[type=file]', 'tests/fixtures/import/wide-ec-layout.csv');
		await page.locator('.counts').waitFor({ timeout: 30_000 });
		await page.fill('input[type=text] >> nth=-1', 'Truth-first fixture');
		await page.click('button.primary:has-text("Import 3 projects")');
		await page.locator('.outcome:has-text("Truth-first fixture")').waitFor({ timeout: 30_000 });

		for (const path of ['/', '/projects', '/goals/14']) {
			const before = await prerendered(path);
			const fresh = await context.newPage();
			const report = await sampled(fresh, path);
			expectNoWrongFrame(report, before);
			await fresh.close();
		}
		await context.close();
	});
});
