/**
 * The SQL console's state: the query being edited, the last result or why there is none, whether
 * a query is running, the loaded tables' schema, and the query in the address (shared by a link,
 * unless it is too long for one). Checking and running is runConsoleQuery's (queries/console.ts).
 */
import { base } from '$app/paths';
import type { ConsoleResult } from '../data/client';
import { consoleView, maxSharedQueryLength } from '../domain/table-views';
import { exampleQueries, runConsoleQuery, schemaColumns, type ConsoleOutcome, type SchemaColumn } from '../queries/console';
import { database } from './database.svelte';
import { formatCount } from '../format/number';
import { t } from '../i18n/i18n';
import { TableView } from './table-view.svelte';

export type ConsoleStatus = 'idle' | 'running' | 'done' | 'refused' | 'error';

export class ConsoleSession {
	/** Rows kept of a result, and rows shown per page of it. */
	static readonly maxRows = 10_000;
	static readonly pageSize = 500;

	readonly view = new TableView(consoleView);
	text = $state(exampleQueries[0].sql);
	result = $state.raw<ConsoleResult | null>(null);
	problem = $state<Exclude<ConsoleOutcome, { kind: 'result' }> | null>(null);
	running = $state(false);
	schema = $state.raw<SchemaColumn[]>([]);
	/** The last query run was too long for the address, so a link does not hold it. */
	notShared = $state(false);
	/** The editor holds a query that came with the link and has not been run yet. */
	fromLink = $state(false);
	/** The statement that made `result`, as run (for the exports' metadata). */
	lastRun = $state('');

	get status(): ConsoleStatus {
		return this.running ? 'running' : this.result ? 'done' : this.problem ? this.problem.kind : 'idle';
	}

	/** The schema by table, for the side panel. */
	get tables(): [string, SchemaColumn[]][] {
		const out = new Map<string, SchemaColumn[]>();
		for (const c of this.schema) out.set(c.table_name, [...(out.get(c.table_name) ?? []), c]);
		return [...out];
	}

	get pages(): number {
		return Math.max(1, Math.ceil((this.result?.rows.length ?? 0) / ConsoleSession.pageSize));
	}
	/** The page of the result shown: the address's, within the result. */
	get page(): number {
		return Math.min(this.view.values.page, this.pages);
	}
	get shownRows(): unknown[][] {
		const from = (this.page - 1) * ConsoleSession.pageSize;
		return this.result?.rows.slice(from, from + ConsoleSession.pageSize) ?? [];
	}

	/**
	 * Call from onMount. A shared link fills the editor but does not run: the reader sees the query
	 * first and runs it. The schema is listed once the database is ready.
	 */
	mount() {
		const shared = this.view.values.q;
		if (shared) {
			this.text = shared;
			this.fromLink = true;
		}
		database
			.start(`${base}/data`)
			.then(async (db) => (this.schema = await schemaColumns(db)))
			// The database's own status line says why it did not start; the panel says the tables come once it is ready.
			.catch(() => undefined);
	}

	/** Check and run `sql`, then keep it in the address. A second run while one is running does nothing. */
	async run(sql = this.text) {
		if (this.running) return;
		this.problem = null;
		this.running = true;
		try {
			const outcome = await runConsoleQuery(await database.console(), sql, ConsoleSession.maxRows);
			if (outcome.kind !== 'result') {
				this.problem = outcome;
				this.result = null;
				return;
			}
			this.notShared = sql.length > maxSharedQueryLength;
			const q = this.notShared ? '' : sql;
			// The same query again stays on its page of results; another starts on the first.
			this.view.set(q === this.view.values.q ? { q, page: this.view.values.page } : { q }, { replace: true });
			this.lastRun = outcome.sql;
			this.result = outcome.result;
		} catch (e) {
			this.result = null;
			this.problem = { kind: 'error', message: e instanceof Error ? e.message : String(e) };
		} finally {
			this.running = false;
		}
	}

	async cancel() {
		await (await database.console()).cancel();
	}

	/** What an export of the result says about it: the query, and whether its rows were cut off. */
	get exportFilters() {
		const description = this.result?.truncated
			? t('sql.exportDescriptionCut', { sql: this.lastRun, max: formatCount(ConsoleSession.maxRows) })
			: t('sql.exportDescription', { sql: this.lastRun });
		return { description, query: `q=${encodeURIComponent(this.lastRun)}` };
	}

	/** The result as an export table; a query may return two columns of one name, which files name apart (x, x_2). */
	exportTable() {
		const r = this.result!;
		const seen = new Map<string, number>();
		const names = r.columns.map((c) => {
			const n = (seen.get(c.name) ?? 0) + 1;
			seen.set(c.name, n);
			return n === 1 ? c.name : `${c.name}_${n}`;
		});
		return {
			columns: r.columns.map((c, i) => ({ name: names[i], type: /Int|Float|Decimal|Double/i.test(c.type) ? ('number' as const) : ('string' as const) })),
			rows: r.rows.map((row) => Object.fromEntries(names.map((n, i) => [n, row[i]])))
		};
	}
}
