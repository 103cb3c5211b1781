/**
 * The SQL console's rules: only statements that read the loaded tables may run. A statement is
 * checked before it reaches DuckDB, and refused with a clear reason if it could write, attach a
 * database, install or load an extension, copy or export, read a file, or reach the network.
 * Two more lines of defence stand behind this check: the in-browser database is locked once the
 * data are loaded (external access off, configuration locked: no file, URL or setting can be
 * reached by any statement), and console queries run in a transaction that is rolled back, so a
 * table write that slipped past could not stay. The tokenizer follows DuckDB's lexical rules where
 * they matter: nested block comments, comments ended by CR or LF, $ in names, E'' escapes.
 */
import type { SqlClient } from '../data/client';

export type ReadOnlyCheck = { ok: true; sql: string } | { ok: false; reason: string };

const readingStarts = new Set(['SELECT', 'WITH', 'FROM', 'VALUES', 'TABLE', 'DESCRIBE', 'SUMMARIZE', 'SHOW', 'EXPLAIN', 'PIVOT', 'UNPIVOT']);

const writingWords: Record<string, string> = {
	INSERT: 'writes rows',
	UPDATE: 'changes rows',
	DELETE: 'deletes rows',
	MERGE: 'changes rows',
	TRUNCATE: 'deletes rows',
	CREATE: 'creates objects',
	DROP: 'drops objects',
	ALTER: 'changes tables',
	ATTACH: 'attaches a database',
	DETACH: 'detaches a database',
	COPY: 'copies data to or from files',
	EXPORT: 'exports the database to files',
	IMPORT: 'imports a database from files',
	INSTALL: 'installs an extension',
	LOAD: 'loads an extension',
	FORCE: 'installs an extension',
	PRAGMA: 'changes settings',
	SET: 'changes settings',
	RESET: 'changes settings',
	CALL: 'calls a procedure',
	CHECKPOINT: 'writes to storage',
	VACUUM: 'writes to storage',
	GRANT: 'changes permissions',
	REVOKE: 'changes permissions',
	USE: 'switches database',
	BEGIN: 'controls transactions',
	COMMIT: 'controls transactions',
	ROLLBACK: 'controls transactions',
	ABORT: 'controls transactions',
	PREPARE: 'prepares statements',
	EXECUTE: 'executes statements',
	DEALLOCATE: 'manages statements',
	SECRET: 'manages credentials'
};

/** Table functions and other functions that read files, reach the network, or run SQL text. */
const forbiddenFunction =
	/^(read_[a-z_]*|[a-z_]*_scan|glob|sniff_csv|parquet_[a-z_]*|query|query_table|getenv|load_extension|iceberg_[a-z_]*|delta_[a-z_]*|json_execute_serialized_sql|json_serialize_sql|json_deserialize_sql|[a-z_]*secret[a-z_]*)$/i;

interface Token {
	kind: 'word' | 'string' | 'quoted' | 'symbol';
	text: string;
}

/** Split SQL into words, string literals, quoted identifiers and symbols, dropping comments. */
export function tokenize(sql: string): Token[] | { error: string } {
	const tokens: Token[] = [];
	let i = 0;
	while (i < sql.length) {
		const c = sql[i];
		if (/\s/.test(c)) i++;
		else if (c === '-' && sql[i + 1] === '-') {
			// A line comment ends at either line break: DuckDB ends it at a bare CR too.
			let j = i + 2;
			while (j < sql.length && sql[j] !== '\n' && sql[j] !== '\r') j++;
			i = j;
		} else if (c === '/' && sql[i + 1] === '*') {
			// Block comments nest in DuckDB.
			let depth = 1;
			let j = i + 2;
			while (j < sql.length && depth > 0) {
				if (sql[j] === '/' && sql[j + 1] === '*') {
					depth++;
					j += 2;
				} else if (sql[j] === '*' && sql[j + 1] === '/') {
					depth--;
					j += 2;
				} else j++;
			}
			if (depth > 0) return { error: 'A comment is never closed (missing */)' };
			i = j;
		} else if ((c === 'e' || c === 'E') && sql[i + 1] === "'") {
			// E'…' strings take backslash escapes, so \' does not end them.
			let j = i + 2;
			let text = '';
			for (;;) {
				if (j >= sql.length) return { error: "A string is never closed (missing ')" };
				if (sql[j] === '\\') {
					text += sql[j + 1] ?? '';
					j += 2;
				} else if (sql[j] === "'" && sql[j + 1] === "'") {
					text += "'";
					j += 2;
				} else if (sql[j] === "'") break;
				else text += sql[j++];
			}
			tokens.push({ kind: 'string', text });
			i = j + 1;
		} else if (c === "'" || c === '"') {
			let j = i + 1;
			let text = '';
			for (;;) {
				if (j >= sql.length) return { error: `A ${c === "'" ? 'string' : 'quoted name'} is never closed (missing ${c})` };
				if (sql[j] === c && sql[j + 1] === c) {
					text += c;
					j += 2;
				} else if (sql[j] === c) break;
				else text += sql[j++];
			}
			tokens.push({ kind: c === "'" ? 'string' : 'quoted', text });
			i = j + 1;
		} else if (c === '$' && /[$a-z_]/i.test(sql[i + 1] ?? '')) {
			// Dollar-quoted string $$…$$ or $tag$…$tag$, where a token starts (x$$ is a name, below).
			const tag = sql.slice(i).match(/^\$[a-z_]*\$/i)?.[0];
			if (!tag) {
				tokens.push({ kind: 'symbol', text: c });
				i++;
				continue;
			}
			const end = sql.indexOf(tag, i + tag.length);
			if (end < 0) return { error: `A ${tag}-quoted string is never closed` };
			tokens.push({ kind: 'string', text: sql.slice(i + tag.length, end) });
			i = end + tag.length;
		} else if (/[a-z_\u0080-\uffff]/i.test(c)) {
			// Names may hold digits, $ and any non-ASCII letter after their first character.
			const word = sql.slice(i).match(/^[a-z_\u0080-\uffff][a-z0-9_$\u0080-\uffff]*/i)![0];
			tokens.push({ kind: 'word', text: word });
			i += word.length;
		} else {
			tokens.push({ kind: 'symbol', text: c });
			i++;
		}
	}
	return tokens;
}

const looksLikeFileOrUrl = (s: string) =>
	/:\/\//.test(s) || /^(\/|\.\.?\/|~|[a-z]:\\)/i.test(s) || /\.(csv|tsv|txt|parquet|json|ndjson|jsonl|gz|zst|xlsx|db|duckdb|sqlite|arrow)$/i.test(s);

export function checkReadOnly(sql: string): ReadOnlyCheck {
	const tokens = tokenize(sql);
	if ('error' in tokens) return { ok: false, reason: tokens.error };
	// One statement; a trailing semicolon is fine.
	let end = tokens.length;
	while (end > 0 && tokens[end - 1].kind === 'symbol' && tokens[end - 1].text === ';') end--;
	const statement = tokens.slice(0, end);
	if (statement.length === 0) return { ok: false, reason: 'Write a query first, for example SELECT * FROM projects LIMIT 10.' };
	if (statement.some((t) => t.kind === 'symbol' && t.text === ';'))
		return { ok: false, reason: 'Run one statement at a time: remove everything after the first semicolon.' };

	const first = statement[0];
	if (first.kind !== 'word' || !readingStarts.has(first.text.toUpperCase())) {
		const word = first.kind === 'word' ? first.text.toUpperCase() : first.text;
		const why = writingWords[word] ? `: ${word} ${writingWords[word]}` : '';
		return { ok: false, reason: `Only statements that read can run here (SELECT, WITH, FROM, VALUES, DESCRIBE, SUMMARIZE, SHOW, EXPLAIN, PIVOT)${why}.` };
	}
	for (let i = 0; i < statement.length; i++) {
		const t = statement[i];
		if (t.kind === 'word' && writingWords[t.text.toUpperCase()]) {
			const upper = t.text.toUpperCase();
			return {
				ok: false,
				reason: `Refused: ${upper} ${writingWords[upper]}, and this console only reads. (To use "${t.text}" as a column name, write it in double quotes.)`
			};
		}
		// A function, its name quoted or not.
		const next = statement[i + 1];
		if ((t.kind === 'word' || t.kind === 'quoted') && next?.kind === 'symbol' && next.text === '(' && forbiddenFunction.test(t.text)) {
			return { ok: false, reason: `Refused: ${t.text}() reads files, reaches the network or runs other SQL; query the loaded tables instead.` };
		}
		// A string or a quoted name that names a file or URL (DuckDB reads FROM "file.csv" as a file).
		if ((t.kind === 'string' || t.kind === 'quoted') && looksLikeFileOrUrl(t.text)) {
			return {
				ok: false,
				reason: `Refused: '${t.text.slice(0, 60)}' looks like a file or a URL; this console reads only the loaded tables and never reaches files or the network.`
			};
		}
	}
	return { ok: true, sql: sql.trim().replace(/;\s*$/, '') };
}

export interface SchemaColumn {
	table_name: string;
	column_name: string;
	data_type: string;
}

/** The loaded tables and their columns, for the console's side panel. */
export function schemaColumns(db: SqlClient): Promise<SchemaColumn[]> {
	return db.query<SchemaColumn>(
		`SELECT table_name, column_name, data_type FROM duckdb_columns() WHERE schema_name = 'main' AND NOT internal ORDER BY table_name, column_index`
	);
}

export const exampleQueries: { title: string; sql: string }[] = [
	{
		title: 'Indicators with direct contributions, by UN region',
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
		title: 'Projects per goal and strength',
		sql: `SELECT goal, strength, count(DISTINCT project_id) AS projects
FROM contribution_links
GROUP BY ALL
ORDER BY goal, strength`
	},
	{
		title: 'Countries with the most projects',
		sql: `SELECT c.name, c.region, count(*) AS projects
FROM project_countries pc JOIN countries c ON c.iso3 = pc.country
GROUP BY ALL
ORDER BY projects DESC
LIMIT 20`
	},
	{
		title: 'Tier II indicators citizen science could feed (potential only)',
		sql: `SELECT i.indicator, i.title, i.custodian_agencies
FROM sdg_indicators i
WHERE i.tier = 'Tier II'
  AND i.indicator IN (SELECT indicator FROM contribution_links GROUP BY indicator HAVING min(strength_rank) = 3)
ORDER BY sdg_key(i.indicator)`
	},
	{
		title: 'Projects started per decade',
		sql: `SELECT (start_year // 10) * 10 AS decade, count(*) AS projects
FROM projects
WHERE start_year IS NOT NULL
GROUP BY decade
ORDER BY decade`
	}
];
