/**
 * The overview's plain queries (loadOverviewSql: four statements over every link in scope), timed
 * in duckdb-wasm through the page's SQL console and in native DuckDB in Node: the engine
 * comparison the bench reports beside the overview index, whose interactions run no SQL at all.
 * Bench-only: values are written into the SQL text as literals because the console takes text.
 */
import type { Page } from 'playwright-core';
import type { SqlClient, SqlValue } from '../../src/lib/data/client.ts';
import { inventoryYear } from '../../src/lib/data/package.ts';
import { loadOverviewSql } from '../../src/lib/queries/overview.ts';
import { emptyFilters, type Filters } from '../../src/lib/domain/filters.ts';
import { openPublishedInNode } from '../../src/lib/data/duckdb-node.ts';

const literal = (v: SqlValue) => (typeof v === 'number' ? String(v) : v === null ? 'NULL' : `'${String(v).replaceAll("'", "''")}'`);

/** The statements loadOverviewSql runs for `f`, each with its parameters written in. */
export async function overviewStatements(f: Filters = { ...emptyFilters, goals: [15] }): Promise<string[]> {
	const statements: string[] = [];
	const recorder: SqlClient = {
		async query<T extends object>(sql: string, params: readonly SqlValue[] = []) {
			let i = 0;
			statements.push(sql.replace(/\?/g, () => literal(params[i++])));
			return [{}] as T[];
		},
		async queryColumns() {
			throw new Error('not used by the plain queries');
		}
	};
	await loadOverviewSql(recorder, inventoryYear, f);
	return statements;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Run one statement in the page's console; its time as the console reports it. */
async function consoleMs(page: Page, sql: string): Promise<number> {
	await page.locator('#sql-text').fill(sql);
	// Wait for this run's answer, not the previous one still on screen: running, then done.
	const text = await page.evaluate(
		() =>
			new Promise<string>((resolve, reject) => {
				const status = document.querySelector<HTMLElement>('[data-console-status]')!;
				let seenRunning = false;
				const observer = new MutationObserver(() => {
					const now = status.dataset.consoleStatus;
					if (now === 'running') seenRunning = true;
					else if (seenRunning && now === 'done') {
						observer.disconnect();
						resolve(document.querySelector<HTMLElement>('p.meta[data-rows]')!.innerText);
					} else if (seenRunning) {
						observer.disconnect();
						reject(new Error(document.querySelector<HTMLElement>('p.problem')?.innerText ?? `console: ${now}`));
					}
				});
				observer.observe(status, { attributes: true });
				document.querySelector<HTMLButtonElement>('button.primary')!.click();
			})
	);
	return Number(/in (\d+) ms/.exec(text)![1]);
}

/**
 * Median milliseconds of the statements together in duckdb-wasm, through the page's SQL console,
 * less the console's own cost (a transaction begun and rolled back around each statement, rows
 * streamed back): as many `SELECT 1` statements, timed the same way in the same runs.
 */
export async function wasmMs(page: Page, baseUrl: string, statements: string[], reps: number): Promise<number> {
	await page.goto(`${baseUrl}/sql`);
	await page.locator('[data-status="ready"]').waitFor({ timeout: 900_000 });
	const runs: number[] = [];
	for (let i = 0; i < reps; i++) {
		let total = 0;
		for (const sql of statements) total += await consoleMs(page, sql);
		for (const _ of statements) total -= await consoleMs(page, 'SELECT 1');
		runs.push(total);
	}
	return median(runs);
}

/** Median milliseconds of the same statements in native DuckDB, on the same data package. */
export async function nativeMs(packageDir: string, statements: string[], reps: number): Promise<number> {
	// What the browser holds: the package's inventory with the JRC inventory beside it.
	const db = await openPublishedInNode(packageDir, 'static/data');
	try {
		for (const sql of statements) await db.query(sql);
		const runs: number[] = [];
		for (let i = 0; i < reps; i++) {
			const t = performance.now();
			for (const sql of statements) await db.query(sql);
			runs.push(performance.now() - t);
		}
		return median(runs);
	} finally {
		db.close();
	}
}
