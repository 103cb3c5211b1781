/**
 * From a plain project list to confirmed SDG links, in Chromium: a file without any SDG column is
 * read, links are suggested with their reasons, reviewed (in bulk and, once, by keyboard alone),
 * imported as potential links with the evidence type "suggested", shown on the overview and the
 * project's page (the projects left unlinked named beside the figures and listed by the directory on request), and the choices are offered again when the same file is opened after a reload.
 * The expected figures come from the suggester itself, run here in Node on the same file.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasReference, referenceDir } from '../reference';
import { readTable } from '../../src/lib/import/read';
import { detectMapping } from '../../src/lib/import/mapping';
import { normalise } from '../../src/lib/import/normalise';
import { framework, resolverFor } from '../../src/lib/import/reference';
import { shippedSuggester } from '../../src/lib/suggest/shipped';
import { openPage, startSession, waitLive, type Session } from './session';

let session: Session;
beforeAll(async () => (session = await startSession()));
afterAll(async () => await session?.close());

const path = 'tests/fixtures/import/plain-list.csv';

async function expected(threshold: number, file = path) {
	const table = await readTable(file, new Uint8Array(readFileSync(file)));
	const mapping = detectMapping(table.header, table.rows);
	const { inventory } = normalise(table, mapping, { datasetId: 'x', framework, countries: resolverFor(mapping) });
	const suggester = shippedSuggester();
	const all = inventory.projects.flatMap((p) =>
		suggester.suggest({ id: String(p[0]), name: String(p[1]), description: p[4] as string, topics: p[9] as string })
	);
	const above = all.filter((s) => s.score >= threshold);
	return { all, above, projects: new Set(above.map((s) => s.projectId)).size, inventory };
}

describe('suggested links through the import page', () => {
	it('suggests, reviews, imports and shows confirmed potential links, and offers the choices again', async () => {
		const { all, above, projects } = await expected(0.9);
		const bird = all.find((s) => s.projectId === 'x_p-001' && s.code === '15.5')!;
		expect(bird.score).toBeGreaterThanOrEqual(0.9);
		const extra = all.find((s) => s.score < 0.9)!;
		expect(extra).toBeDefined();

		const { page, errors, foreign, context } = await openPage(session);
		await page.goto(`${session.server.url}/import`);
		await page.locator('[data-status="ready"]').waitFor({ timeout: 30_000 });
		await page.setInputFiles('input[type=file]', path);
		await page.locator('.counts').waitFor({ timeout: 30_000 });
		await expect(page.locator('.counts').innerText()).resolves.toContain('6 projects');
		await expect(page.locator('.no-links').innerText()).resolves.toContain('suggest links below');

		await page.click('button:has-text("Suggest links")');
		await page.locator('table.review').waitFor({ timeout: 30_000 });
		await expect(page.locator('.totals').innerText()).resolves.toContain(`${all.length} suggestions`);
		// Every row says why, in the project's own words.
		const birdRow = page.locator(`tr[data-code="15.5"]:has-text("Garden Bird Count")`);
		await expect(birdRow.locator('.why').innerText()).resolves.toContain('“bird');

		// Bulk: everything shown at 0.9 or above.
		await page.getByLabel('Accept all undecided shown with a score of at least').fill('0.9');
		await page.click(`button:has-text("Accept ${above.length}")`);
		await expect(page.locator('.totals').getAttribute('data-accepted')).resolves.toBe(String(above.length));
		// Keyboard only: Tab to one more suggestion's Accept and press Space.
		const extraName = `Accept ${extra.code} for ${await nameOf(extra.projectId)}`;
		await page.getByRole('button', { name: extraName }).focus();
		await page.keyboard.press('Space');
		await expect(page.locator('.totals').getAttribute('data-accepted')).resolves.toBe(String(above.length + 1));
		await page.keyboard.press('Space');
		await expect(page.locator('.totals').getAttribute('data-accepted')).resolves.toBe(String(above.length));

		await page.click('button:has-text("Add the accepted links to the report")');
		await page.locator(`.counts:has-text("${above.length} of them suggested and accepted")`).waitFor({ timeout: 30_000 });
		await page.check('input[value=replace]');
		await page.click('button.primary:has-text("Import 6 projects")');
		await page.locator('.outcome').waitFor({ timeout: 30_000 });

		await page.goto(`${session.server.url}/`);
		await waitLive(page);
		await expect(page.locator('[data-figure="projects"]').first().innerText()).resolves.toBe(String(projects));
		await expect(page.locator('[data-goal="15"]').first().getAttribute('data-total')).resolves.toBe(
			String(new Set(above.filter((s) => s.goal === 15).map((s) => s.projectId)).size)
		);

		// The projects left unlinked are named beside the figures, and the directory can list them.
		await expect(page.locator('.figure').first().innerText()).resolves.toContain(`${6 - projects} more list no link`);
		// The map, regions and countries figure can place every project of the file, linked or not; the SDG figures stay as they were.
		const mapped = () => page.locator('path.country.has-data').evaluateAll((paths) => paths.map((p) => p.getAttribute('data-iso3')).sort());
		const linkedCountries = await mapped();
		await page.check('label:has-text("Place every project on the map") input');
		await page.waitForURL(/[?&]all=1/);
		await expect(page.locator('[data-figure="countries"]').innerText()).resolves.toBe('5');
		await expect(mapped()).resolves.toEqual(['BEL', 'FRA', 'GBR', 'IRL', 'NLD']);
		await expect(page.locator('.figure').nth(1).innerText()).resolves.toContain('named by all 6 projects, with an SDG link or not');
		await expect(page.locator('[data-figure="projects"]').first().innerText()).resolves.toBe(String(projects));
		await page.uncheck('label:has-text("Place every project on the map") input');
		await expect(page.locator('[data-figure="countries"]').innerText()).resolves.toBe(String(linkedCountries.length));
		expect(linkedCountries.length).toBeLessThan(5);
		await page.click('a:has-text("the directory lists them")');
		await waitLive(page);
		await page.locator(`[data-figure="project-count"]:has-text("of 6 projects")`).waitFor({ timeout: 15_000 });
		await expect(page.locator('tr:has-text("Annual Members") .none').innerText()).resolves.toBe('No SDG link');
		await page.uncheck('label:has-text("Include projects without an SDG link") input');
		await page.locator(`[data-figure="project-count"]:has-text("of ${projects} project")`).waitFor({ timeout: 15_000 });

		// Under an SDG filter, which no unlinked project can match, the choice stays in sight, switched off, with the reason.
		await page.goto(`${session.server.url}/?goal=15&all=1`);
		await waitLive(page);
		const allSwitch = page.locator('label:has-text("Place every project on the map") input');
		await expect(allSwitch.isDisabled()).resolves.toBe(true);
		await expect(allSwitch.isChecked()).resolves.toBe(false);
		await expect(page.locator('#all-projects-off').innerText()).resolves.toContain('cannot match it');

		await page.goto(`${session.server.url}/projects`);
		await waitLive(page);
		await page.click('a:has-text("Garden Bird Count")');
		await page.locator('h1:has-text("Garden Bird Count")').waitFor({ timeout: 15_000 });
		await expect(page.locator('main').innerText()).resolves.toContain('Suggested by text match, confirmed by the importer');

		// The same file, after a reload: the choices are offered again.
		await page.goto(`${session.server.url}/import`);
		await page.reload();
		await page.locator('[data-status="ready"]').waitFor({ timeout: 30_000 });
		await page.setInputFiles('input[type=file]', path);
		await page.locator(`.counts:has-text("${above.length} of them suggested and accepted")`).waitFor({ timeout: 30_000 });
		await page.click('button:has-text("Suggest links")');
		await expect(page.locator('.totals').getAttribute('data-accepted')).resolves.toBe(String(above.length));

		expect(errors).toEqual([]);
		expect(foreign).toEqual([]);
		await context.close();
	}, 120_000); // two imports and several pages, each starting the engine: 44-52 s on two cores on a slow hour

	// A real list nobody here wrote, with no SDG field: the JRC inventory as PPSR-Core JSON (512 projects).
	const ppsrJson = join(referenceDir, 'ppsr-core/CSInventory_JSON.json');
	it.skipIf(!hasReference('Suggested links on a real list (tests/e2e/suggest.test.ts)', [ppsrJson]))(
		'takes a real inventory without SDG fields to a dashboard of confirmed links, and places every project on the map',
		async () => {
			const { all, above, projects, inventory } = await expected(0.9, ppsrJson);
			const count = (n: number) => n.toLocaleString('en');
			const { page, errors, foreign, context } = await openPage(session);
			await page.goto(`${session.server.url}/import`);
			await page.locator('[data-status="ready"]').waitFor({ timeout: 30_000 });
			await page.setInputFiles('input[type=file]', ppsrJson);
			await expect(page.locator('.counts').getAttribute('data-projects')).resolves.toBe('512');
			await page.click('button:has-text("Suggest links")');
			await page.locator('table.review').waitFor({ timeout: 60_000 });
			await expect(page.locator('.totals').innerText()).resolves.toContain(`${count(all.length)} suggestions`);
			await page.getByLabel('Accept all undecided shown with a score of at least').fill('0.9');
			await page.click(`button:has-text("Accept ${count(above.length)}")`);
			await page.click('button:has-text("Add the accepted links to the report")');
			await page.locator(`.counts:has-text("${count(above.length)} of them suggested and accepted")`).waitFor({ timeout: 60_000 });
			await page.check('input[value=replace]');
			await page.click('button.primary:has-text("Import 512 projects")');
			await page.locator('.outcome').waitFor({ timeout: 60_000 });

			await page.goto(`${session.server.url}/?all=1`);
			await waitLive(page);
			await expect(page.locator('[data-figure="projects"]').first().innerText()).resolves.toBe(count(projects));
			await expect(page.locator('.figure').first().innerText()).resolves.toContain(`${count(512 - projects)} more list no link`);
			await expect(page.locator('[data-goal="15"]').first().getAttribute('data-total')).resolves.toBe(
				String(new Set(above.filter((s) => s.goal === 15).map((s) => s.projectId)).size)
			);
			// Every project's countries, linked or not.
			const countries = new Set(inventory.project_countries.map(([, country]) => country));
			await expect(page.locator('[data-figure="countries"]').innerText()).resolves.toBe(count(countries.size));
			await expect(page.locator('.figure').nth(1).innerText()).resolves.toContain('named by all 512 projects');
			expect(errors).toEqual([]);
			expect(foreign).toEqual([]);
			await context.close();
		},
		180_000
	);
});

async function nameOf(projectId: string) {
	const table = await readTable('plain-list.csv', new Uint8Array(readFileSync(path)));
	const row = table.rows.find((r) => `x_${r[0].toLowerCase()}` === projectId)!;
	return row[1];
}
