/**
 * The SQL console's own connection to the browser's duckdb-wasm (see ConsoleConnection): a long
 * query there can be cancelled without disturbing the charts' connection.
 */
import type { AsyncDuckDB } from '@duckdb/duckdb-wasm';
import { plainValue, type ConsoleConnection } from './client';

/** The console's connection: rows read batch by batch up to a limit, cancellable, always rolled back. */
export async function consoleConnection(db: AsyncDuckDB, catalog: string | null): Promise<ConsoleConnection> {
	const conn = await db.connect();
	// The console reads the tables the charts read (each connection has its own default catalog).
	if (catalog) await conn.query(`USE ${catalog}`);
	let running: Promise<unknown> = Promise.resolve();
	return {
		run(sql, maxRows) {
			const task = running.then(async () => {
				const started = performance.now();
				await conn.query('BEGIN TRANSACTION');
				try {
					// Prepared first: the engine itself refuses more than one statement, so nothing after
					// a semicolon the guard failed to see can run (a COMMIT, say). Then sent as a pending
					// query, because only a pending query polls for cancellation (a prepared statement's
					// send runs to its end in one worker call).
					await (await conn.prepare(sql)).close();
					const reader = await conn.send(sql, true);
					const rows: unknown[][] = [];
					let columns: { name: string; type: string }[] = [];
					let truncated = false;
					for await (const batch of reader) {
						if (columns.length === 0) columns = batch.schema.fields.map((f) => ({ name: f.name, type: String(f.type) }));
						// Read by column position: Arrow's row objects would merge two columns of one name.
						const vectors = columns.map((_, c) => batch.getChildAt(c));
						for (let r = 0; r < batch.numRows; r++) {
							if (rows.length >= maxRows) {
								truncated = true;
								break;
							}
							rows.push(vectors.map((v) => plainValue(v?.get(r))));
						}
						if (truncated) {
							await conn.cancelSent();
							break;
						}
					}
					if (columns.length === 0) columns = reader.schema?.fields.map((f) => ({ name: f.name, type: String(f.type) })) ?? [];
					return { columns, rows, truncated, ms: Math.round(performance.now() - started) };
				} finally {
					await conn.query('ROLLBACK').catch(() => undefined);
				}
			});
			running = task.catch(() => undefined);
			return task;
		},
		parse(sql) {
			const task = running.then(async () => {
				try {
					await (await conn.prepare(sql)).close();
					return null;
				} catch (e) {
					return e instanceof Error ? e.message : String(e);
				}
			});
			running = task;
			return task;
		},
		async cancel() {
			await conn.cancelSent();
		}
	};
}
