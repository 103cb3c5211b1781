/**
 * What a query module needs from a database: run one parameterised statement, get plain rows.
 * The browser passes duckdb-wasm (in its worker) and Node passes native DuckDB, so the same
 * query modules run in the app, in the build's summaries and in tests against real DuckDB.
 */
export type SqlValue = string | number | boolean | null;

export interface SqlClient {
	/** Run `sql` as a prepared statement with `params` bound to its `?` placeholders. */
	query<T extends object>(sql: string, params?: readonly SqlValue[]): Promise<T[]>;
	/**
	 * Run `sql` and get its columns as arrays of numbers, by name: for results of a million rows,
	 * which as row objects would cost more than the query. Only for numeric columns without NULLs.
	 */
	queryColumns<K extends string>(sql: string): Promise<Record<K, ArrayLike<number>>>;
}

/**
 * Engines hand back 64-bit integers as BigInt and lists as engine-specific vectors; rows leave
 * the data layer as JSON-safe values so that charts, summaries and tests compare like with like.
 */
export function plainValue(value: unknown): unknown {
	if (typeof value === 'bigint') return Number(value);
	if (value === null || value === undefined) return null;
	if (Array.isArray(value)) return value.map(plainValue);
	if (typeof value === 'object') {
		const v = value as { toArray?: () => unknown[]; toJSON?: () => unknown };
		if (typeof v.toArray === 'function') return Array.from(v.toArray(), plainValue);
		if (value instanceof Date) return value.toISOString();
		return Object.fromEntries(Object.entries(value).map(([k, x]) => [k, plainValue(x)]));
	}
	return value;
}

export function plainRow<T>(row: Record<string, unknown>): T {
	const out: Record<string, unknown> = {};
	for (const key in row) out[key] = plainValue(row[key]);
	return out as T;
}

/** A query typed into the SQL console: its rows (up to a limit), column types and time taken. */
export interface ConsoleResult {
	columns: { name: string; type: string }[];
	/** Rows as arrays, by column position: a query may return two columns of the same name. */
	rows: unknown[][];
	/** True when more rows were produced than kept. */
	truncated: boolean;
	ms: number;
}

/**
 * The SQL console runs on a connection of its own, so a long query can be cancelled without
 * disturbing the charts, and inside a transaction that is always rolled back.
 */
export interface ConsoleConnection {
	run(sql: string, maxRows: number): Promise<ConsoleResult>;
	/** Parse and bind `sql` without running it: the engine's error message, or null if it is valid. */
	parse(sql: string): Promise<string | null>;
	cancel(): Promise<void>;
}
