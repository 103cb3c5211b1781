/**
 * A damaged dataset in the browser's storage never takes the dashboard down: each import that
 * cannot be read (junk bytes, a missing part, a cut-off gzip, tables of another shape) is named
 * with its cause and a Remove button, and the curated inventory and the intact import load.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csvRecords, parseCsv } from '../../src/lib/format/csv';
import { expectedOverview } from './expected';
import { openPage, startSession, waitLive, type Session } from './session';

let session: Session;
beforeAll(async () => (session = await startSession()));
afterAll(async () => await session?.close());

const fixture = 'tests/fixtures/import/wide-ec-layout.csv';

async function importAs(page: Page, title: string) {
	await page.locator('[data-status="ready"]').waitFor({ timeout: 30_000 });
	await page.setInputFiles('input[type=file]', fixture);
	await page.locator('.counts').waitFor({ timeout: 30_000 });
	await page.fill('input[type=text] >> nth=-1', title);
	await page.click('button.primary:has-text("Import 3 projects")');
	await page.locator(`.outcome:has-text("${title}")`).waitFor({ timeout: 30_000 });
}

type Damage = 'junk' | 'missing' | 'truncated' | 'schema';

/** Damage a stored dataset's projects table in IndexedDB, as a failing disk or an old version might. */
async function damage(page: Page, title: string, how: Damage) {
	await page.evaluate(
		async ({ title, how }) => {
			const request = <T>(r: IDBRequest<T>) =>
				new Promise<T>((resolve, reject) => ((r.onsuccess = () => resolve(r.result)), (r.onerror = () => reject(r.error))));
			const db = await request(indexedDB.open('citsci-sdg-datasets'));
			const metas = (await request(db.transaction('datasets').objectStore('datasets').getAll())) as { id: string; title: string }[];
			const id = metas.find((m) => m.title === title)!.id;
			const key = `${id}/projects/0`;
			const stored = (await request(db.transaction('tables').objectStore('tables').get(key))) as Uint8Array;
			const gzip = async (text: string) =>
				new Uint8Array(await new Response(new Blob([text]).stream().pipeThrough(new CompressionStream('gzip'))).arrayBuffer());
			// Compressed before the transaction: it would close while we wait.
			const otherShape = await gzip('a,b\n1,2\n');
			const tx = db.transaction('tables', 'readwrite');
			const tables = tx.objectStore('tables');
			if (how === 'junk') tables.put(new Uint8Array([0, 1, 2, 3, 4, 5, 6, 7]), key);
			if (how === 'missing') tables.delete(key);
			if (how === 'truncated') tables.put(stored.slice(0, Math.floor(stored.length / 2)), key);
			if (how === 'schema') tables.put(otherShape, key);
			await new Promise((resolve, reject) => ((tx.oncomplete = resolve), (tx.onerror = () => reject(tx.error))));
			db.close();
		},
		{ title, how }
	);
}

describe('damaged datasets in storage', () => {
	it('names each one with its cause and a Remove button, and loads the curated inventory and the intact import', async () => {
		const { page, errors, context } = await openPage(session);
		await page.goto(`${session.server.url}/import`);
		const damages: Record<string, Damage> = { 'Junk part': 'junk', 'Missing part': 'missing', 'Cut-off part': 'truncated', 'Other shape': 'schema' };
		for (const title of ['Intact', ...Object.keys(damages)]) await importAs(page, title);
		for (const [title, how] of Object.entries(damages)) await damage(page, title, how);

		for (const path of ['/', '/projects']) {
			await page.goto(`${session.server.url}${path}`);
			await waitLive(page);
			const failed = page.locator('[data-failed-dataset]');
			await expect.poll(() => failed.count()).toBe(4);
			const text = await page.locator('.banner.failed').innerText();
			expect(text).toMatch(/Junk part could not be loaded.*damaged/);
			expect(text).toMatch(/Missing part could not be loaded.*missing; remove it and import the file again/);
			expect(text).toMatch(/Cut-off part could not be loaded.*(damaged|cut off|cannot be read)/);
			expect(text).toMatch(/Other shape could not be loaded.*lack columns/);
			// Every dataset the figures count is named, the JRC inventory too (the banner once left it out).
			expect(await page.locator('.banner[role=status]').innerText()).toMatch(
				/Showing 3 datasets: Curated.*, European Commission JRC.* and Intact \(imported\)\./
			);
		}
		// The figures are the curated inventory's and the intact import's, nothing less and nothing more.
		await page.goto(`${session.server.url}/`);
		await waitLive(page);
		await expect(page.locator('[data-figure="projects"]').first().innerText()).resolves.toBe(String(expectedOverview().projects + 3));

		// Remove from the banner: the dataset is gone from storage and from the banner.
		await page.getByRole('button', { name: 'Remove “Junk part”' }).click();
		await page.locator('[data-failed-dataset]').nth(2).waitFor({ state: 'attached' });
		await expect.poll(() => page.locator('[data-failed-dataset]').count(), { timeout: 30_000 }).toBe(3);
		await page.goto(`${session.server.url}/import`);
		await page.locator('[data-status="ready"]').waitFor({ timeout: 30_000 });
		await expect(page.locator('tr[data-dataset]').count()).resolves.toBe(4);
		await expect(page.locator('[data-failed]').count()).resolves.toBe(3);
		expect(errors.filter((e) => !/Failed to load resource/.test(e))).toEqual([]);
		await context.close();
	}, 180_000); // five imports, each restarting the engine: 77-91 s on two cores on a slow hour
});
