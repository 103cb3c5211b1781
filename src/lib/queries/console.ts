/**
 * The SQL console's side of the data layer: its guard (src/lib/queries/sql-guard), the loaded
 * tables' schema, example queries, and one call that checks a statement and runs it or says why not.
 */
import type { MessageKey } from '../i18n/translate';
import type { ConsoleConnection, ConsoleResult, SqlClient } from '../data/client';
import { checkReadOnly } from './sql-guard/check';
import type { GuardReason } from './sql-guard/reason';

export { checkReadOnly } from './sql-guard/check';

export type ConsoleOutcome =
	| { kind: 'result'; sql: string; result: ConsoleResult }
	/** The guard refused the statement before it reached the engine (worded where it is shown). */
	| { kind: 'refused'; reason: GuardReason }
	/** The engine's own error: a syntax error, an unknown column, a failed cast. */
	| { kind: 'error'; message: string };

/**
 * Check `sql` and run it on the console's connection. A statement the guard does not recognise is
 * parsed (never run) by the engine first, so a typo gets the engine's syntax error, not a refusal.
 */
export async function runConsoleQuery(connection: ConsoleConnection, sql: string, maxRows: number): Promise<ConsoleOutcome> {
	const check = checkReadOnly(sql);
	if (!check.ok) {
		const syntaxError = check.unrecognised ? await connection.parse(sql) : null;
		return syntaxError ? { kind: 'error', message: syntaxError } : { kind: 'refused', reason: check.reason };
	}
	try {
		return { kind: 'result', sql: check.sql, result: await connection.run(check.sql, maxRows) };
	} catch (e) {
		return { kind: 'error', message: e instanceof Error ? e.message : String(e) };
	}
}

export interface SchemaColumn {
	table_name: string;
	column_name: string;
	data_type: string;
}

/** The loaded tables and their columns, for the console's side panel. */
export function schemaColumns(db: SqlClient): Promise<SchemaColumn[]> {
	return db.query<SchemaColumn>(
		`SELECT table_name, column_name, data_type FROM duckdb_columns() WHERE database_name = current_database() AND schema_name = 'main' AND NOT internal ORDER BY table_name, column_index`
	);
}

/** Example queries, each with the message key of its title (the SQL is the same in every language). */
export const exampleQueries: { title: MessageKey; sql: string }[] = [
	{
		title: 'sql.example.directByRegion',
		sql: `SELECT coalesce(c.region, 'Global scale') AS region, l.indicator, i.title, count(DISTINCT l.project_id) AS projects
FROM contribution_links l
JOIN sdg_indicators i ON i.indicator = l.indicator
LEFT JOIN project_countries pc ON pc.project_id = l.project_id
LEFT JOIN countries c ON c.iso3 = pc.country
WHERE l.strength = 'direct'
GROUP BY ALL
ORDER BY region, l.indicator`
	},
	{
		title: 'sql.example.perGoal',
		sql: `SELECT goal, strength, count(DISTINCT project_id) AS projects
FROM contribution_links
GROUP BY ALL
ORDER BY goal, strength`
	},
	{
		title: 'sql.example.topCountries',
		sql: `SELECT c.name, c.region, count(*) AS projects
FROM project_countries pc JOIN countries c ON c.iso3 = pc.country
GROUP BY ALL
ORDER BY projects DESC
LIMIT 20`
	},
	{
		title: 'sql.example.potential',
		sql: `SELECT i.indicator, i.tier, i.title, i.custodian_agencies
FROM sdg_indicators i
WHERE i.indicator IN (SELECT indicator FROM contribution_links GROUP BY indicator HAVING min(strength_rank) = 3)
ORDER BY sdg_key(i.indicator)`
	},
	{
		title: 'sql.example.perDecade',
		sql: `SELECT (start_year // 10) * 10 AS decade, count(*) AS projects
FROM projects
WHERE start_year IS NOT NULL
GROUP BY decade
ORDER BY decade`
	}
];
