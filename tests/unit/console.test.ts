/**
 * The SQL console: what it lets through, what it refuses and why, and proof on real DuckDB that a
 * refused statement never runs, nothing changes, and even a write that reached the engine is rolled back.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatasetInNode, type NodeClient } from '../../src/lib/data/duckdb-node';
import { lockDatabase } from '../../src/lib/data/load';
import type { ConsoleConnection } from '../../src/lib/data/client';
import { checkReadOnly, exampleQueries, runConsoleQuery, schemaColumns, type ConsoleOutcome } from '../../src/lib/queries/console';
import { forbiddenFunction } from '../../src/lib/queries/sql-guard/check';
import { wordGuardReason } from '../../src/lib/queries/sql-guard/reason';
import { loadEveryMessage, setLocale } from '../../src/lib/i18n/i18n';

/** A refusal in the page's language, or null for any other outcome. */
const refusal = (outcome: ConsoleOutcome) => (outcome.kind === 'refused' ? wordGuardReason(outcome.reason) : null);

let db: NodeClient;
let sql: ConsoleConnection;
beforeAll(async () => {
	// Loaded and locked exactly as the browser does it.
	db = await openDatasetInNode('data');
	await lockDatabase(db);
	sql = await db.openConsole();
});
afterAll(() => db.close());

const allowed = [
	'SELECT count(*) FROM projects',
	'select * from projects limit 5;',
	'  -- a comment\nWITH x AS (SELECT 1 AS a) SELECT * FROM x',
	'FROM projects SELECT name',
	'DESCRIBE projects',
	'SUMMARIZE contributions',
	"SELECT 'INSERT INTO projects VALUES (1)' AS just_text",
	'SELECT "set" FROM (SELECT 1 AS "set")',
	'EXPLAIN SELECT * FROM projects',
	'VALUES (1, 2)',
	'(SELECT 1 AS one)',
	"SELECT CASE WHEN start_year > 2000 THEN 'new' ELSE 'old' END AS era FROM projects",
	"SELECT 'a', 'b.csv is only text' AS note",
	"SELECT * FROM pragma_table_info('projects')",
	'SELECT * FROM range(3)',
	'DESC projects',
	"SELECT $é$it's$é$ AS dollar_quoted",
	// A URL or a file name as a value, never where a table may be: an analyst's filters on the data's links.
	"SELECT count(*) FROM projects WHERE url LIKE 'https://%'",
	"SELECT CASE WHEN url = 'http://x.org' THEN 'x.csv' ELSE 'y' END AS c FROM projects",
	"SELECT url IS NOT DISTINCT FROM 'https://x.org' AS same FROM projects",
	"SELECT 'https://' || project_id AS u FROM projects",
	// The aggregate histogram() computes; its table macro namesake reads a table named by a string (refused below).
	'SELECT histogram(start_year) AS h FROM projects',
	'SELECT coalesce(histogram(start_year), histogram(end_year)) AS h FROM projects'
];

const refused: [string, string, RegExp][] = [
	['a write', "INSERT INTO projects (project_id) VALUES ('x')", /Only statements that read.*INSERT writes rows/],
	['an update', "UPDATE projects SET name = 'x'", /UPDATE changes rows/],
	['a delete', 'DELETE FROM contributions', /DELETE deletes rows/],
	['a new table', 'CREATE TABLE x AS SELECT 1', /CREATE creates objects/],
	['a drop', 'DROP TABLE projects', /DROP drops objects/],
	['a write hidden in a CTE', 'WITH x AS (DELETE FROM projects RETURNING *) SELECT * FROM x', /DELETE deletes rows/],
	['a second statement', 'SELECT 1; DROP TABLE projects', /one statement at a time/],
	['ATTACH', "ATTACH 'other.duckdb' AS other", /ATTACH attaches a database/],
	['INSTALL', 'INSTALL httpfs', /INSTALL installs an extension/],
	['LOAD', 'LOAD httpfs', /LOAD loads an extension/],
	['FORCE INSTALL', 'FORCE INSTALL httpfs', /installs an extension/],
	['COPY to a file', "COPY projects TO 'out.csv'", /COPY copies data/],
	['COPY inside a query', "SELECT 1 FROM (COPY projects TO 'out.csv')", /COPY copies data|looks like a file/],
	['EXPORT', "EXPORT DATABASE 'dump'", /EXPORT exports/],
	['a setting', 'SET threads = 1', /SET changes settings/],
	['a pragma', 'PRAGMA database_list', /PRAGMA changes settings/],
	['read_csv of a local path', "SELECT * FROM read_csv('/etc/passwd')", /read_csv\(\) reads files/],
	['read_csv_auto', "SELECT * FROM read_csv_auto('data.csv')", /read_csv_auto\(\) reads files/],
	['a local path as a table', "SELECT * FROM '/etc/passwd'", /looks like a file or a URL/],
	['a relative file as a table', "FROM 'projects.csv'", /looks like a file or a URL/],
	['a URL as a table', "SELECT * FROM 'https://example.org/data.parquet'", /looks like a file or a URL/],
	['read_parquet of a URL', "SELECT * FROM read_parquet('https://example.org/x.parquet')", /read_parquet\(\) reads files/],
	['glob', "SELECT * FROM glob('*')", /glob\(\) reads files/],
	['a URL in a function', "SELECT * FROM read_json('http://example.org/x.json')", /read_json\(\)/],
	['SQL text run by query()', "SELECT * FROM query('DROP TABLE projects')", /query\(\) runs or plans other SQL|DROP/],
	['an unclosed string', "SELECT 'oops", /never closed/],
	['an empty statement', '   ;  ', /Write a query first/],
	['CALL', 'CALL pragma_version()', /CALL calls a procedure/],
	['a transaction', 'BEGIN TRANSACTION', /BEGIN controls transactions/],
	// Ways past a naive tokenizer, each read the way DuckDB reads it.
	['COPY behind nested comments', "/* /* */ SELECT ' */ COPY (SELECT 42 AS x) TO 'pwned.csv' --'", /COPY copies data/],
	['SET behind nested comments', "/* /* */ SELECT ' */ SET autoload_known_extensions = true --'", /SET changes settings/],
	['a file read behind a name with $$', "SELECT 1 AS x$$, content FROM read_text('projects.csv') --$$", /read_text\(\) reads files/],
	['a file read after a comment ended by CR', "SELECT 1 --\r, (SELECT content FROM read_text('projects.csv'))", /read_text\(\) reads files/],
	['a file read after an E-string escape', "SELECT E'\\'', content FROM read_text('projects.csv') --'", /read_text\(\) reads files/],
	['a file named in double quotes', 'FROM "projects.csv"', /looks like a file or a URL/],
	['DESCRIBE of a quoted file', 'DESCRIBE "projects.csv"', /looks like a file or a URL/],
	['a URL in double quotes', 'SELECT * FROM "https://example.org/x.csv"', /looks like a file or a URL/],
	['a quoted function name', `SELECT * FROM "read_text"('pro' || 'jects.csv')`, /read_text\(\) reads files/],
	['SQL text through JSON', "FROM json_execute_serialized_sql(json_serialize_sql('SELECT 1'))", /json_execute_serialized_sql\(\)/],
	// Escapes that spell a file name or a URL only once decoded, as DuckDB decodes them.
	['a file spelled with a hex escape', "FROM E'projects.cs\\x76'", /'projects.csv' looks like a file/],
	['a file spelled with an octal escape', "FROM E'projects.cs\\166'", /'projects.csv' looks like a file/],
	['a URL spelled with hex escapes', "SELECT * FROM E'http:\\x2f\\x2fexample.org\\x2fx.csv'", /'http:\/\/example.org\/x.csv' looks like a file/],
	['a file spelled across two string literals', "FROM 'projects.cs'\n'v'", /'projects.csv' looks like a file/],
	['a file spelled across a comment', "FROM 'projects.cs' -- split\n'v'", /'projects.csv' looks like a file/],
	['a Unicode-escaped string', "FROM U&'projects.cs\\0076'", /Unicode escapes/],
	['a Unicode-escaped name', 'SELECT U&"\\0061" FROM projects', /Unicode escapes/],
	['a checkpoint', 'SELECT * FROM force_checkpoint()', /force_checkpoint\(\) writes to storage/],
	['a plain checkpoint function', 'SELECT * FROM checkpoint()', /CHECKPOINT writes to storage/],
	['the extension folder', 'SELECT * FROM duckdb_extensions()', /duckdb_extensions\(\) reads files/],
	['a log write', "SELECT write_log('x')", /write_log\(\) writes/],
	['a seed change', 'SELECT setseed(0.5)', /setseed\(\) changes settings/],
	// Found by review: a dollar tag with a digit, a glob or query suffix on a file name, a file read behind an unknown first word.
	['a file read behind a $a1$ tag', "SELECT $a1$'$a1$ AS x, * FROM read_text('projects.csv') --'", /read_text\(\) reads files/],
	['a second statement behind a $a1$ tag', "SELECT $a1$'$a1$; COMMIT; DELETE FROM projects; SELECT 1 --'", /one statement at a time/],
	['a file named with a glob suffix', "SELECT * FROM 'data/y.csv?gz'", /looks like a file/],
	['SUMMARIZE of a globbed file', "SUMMARIZE 'y.csv*'", /looks like a file/],
	['a file read behind an unknown first word', "DESCRIBE FROM read_json('/etc/passwd')", /read_json\(\) reads files/],
	['a file read behind a word DuckDB does not know', "ANALYZE read_json('/etc/passwd')", /read_json\(\) reads files/],
	// Where a table may be, a file or URL is refused though values elsewhere may name them.
	['a URL in a FROM list', "SELECT * FROM projects, 'https://example.org/x.csv'", /looks like a file or a URL/],
	['a file in parentheses', "SELECT * FROM ('projects.csv')", /looks like a file or a URL/],
	['a joined file', "SELECT * FROM projects JOIN 'x.csv' ON true", /looks like a file or a URL/],
	['a URL read in an IN subquery', "SELECT * FROM projects WHERE url IN (FROM 'https://example.org/x.csv')", /looks like a file or a URL/],
	['a file beside a LIKE', "SELECT * FROM projects WHERE url LIKE 'https://%' AND name IN (SELECT * FROM 'x.csv')", /looks like a file or a URL/],
	['a URL as a bare value', "SELECT 'https://example.org/x.csv'", /looks like a file or a URL/],
	['a URL in a list', "FROM unnest(['https://example.org/x.csv'])", /looks like a file or a URL/],
	// Found by review: a FROM list inside parentheses reads a file after a comma, whatever opens them.
	['a URL in a FROM list inside IN', "SELECT * FROM projects WHERE project_id IN (FROM projects, 'https://example.org/x.csv')", /looks like a file or a URL/],
	['a file in a FROM list inside ARRAY', "SELECT ARRAY(SELECT project_id FROM projects, 'x.csv')", /looks like a file or a URL/],
	['a file in a FROM list after UNION BY NAME', "SELECT name FROM projects UNION BY NAME (SELECT name FROM projects, 'x.csv')", /looks like a file or a URL/],
	['a file in a FROM list behind EXPLAIN', "EXPLAIN (SELECT name FROM projects, 'x.csv')", /looks like a file or a URL/],
	['a URL as a function argument', "SELECT starts_with(url, 'https://example.org/x.csv') FROM projects", /looks like a file or a URL/],
	// The histogram table macro queries the table its first argument names, a file if it is one.
	['the histogram table macro on a file', "FROM histogram('projects.csv', project_id)", /histogram\(\) reads files/],
	['the histogram table macro on a name it builds', "SELECT * FROM histogram('projects.cs' || 'v', project_id)", /histogram\(\) reads files/],
	['histogram_values beside a table', 'SELECT * FROM projects, histogram_values(projects, start_year)', /histogram_values\(\) reads files/],
	// Found by a second review: where a FROM list goes on after a join's condition, or inside parentheses.
	[
		'the histogram macro after a join condition',
		"SELECT * FROM projects a JOIN projects b USING (project_id), histogram(source := 'x.csv', col_name := b)",
		/histogram\(\) reads files/
	],
	[
		'the histogram macro in a parenthesised join',
		"SELECT * FROM (histogram(source := 'x.csv', col_name := b) CROSS JOIN projects)",
		/histogram\(\) reads files/
	],
	[
		'the histogram macro on a name built without a string',
		'FROM histogram(concat(chr(120), chr(46), chr(99), chr(115), chr(118)), b)',
		/histogram\(\) reads files/
	]
];

async function state() {
	// (duckdb_extensions() would list the extension folder, which the lock itself forbids.)
	const [r] = await db.query<{ projects: number; tables: number; databases: number; contributions: number }>(
		`SELECT (SELECT count(*) FROM projects)::INTEGER AS projects,
		        (SELECT count(*) FROM contributions)::INTEGER AS contributions,
		        (SELECT count(*) FROM duckdb_tables())::INTEGER AS tables,
		        (SELECT count(*) FROM duckdb_databases())::INTEGER AS databases`
	);
	return r;
}

describe('checkReadOnly', () => {
	it.each(allowed)('lets %s through, and it runs', async (text) => {
		const check = checkReadOnly(text);
		expect(check.ok).toBe(true);
		if (check.ok) await expect(sql.run(check.sql, 1000)).resolves.toMatchObject({ truncated: false });
	});

	it.each(refused)('refuses %s with a reason', (_name, text, reason) => {
		const check = checkReadOnly(text);
		expect(check.ok).toBe(false);
		if (!check.ok) expect(wordGuardReason(check.reason)).toMatch(reason);
	});

	it('words its reasons in the page’s language, quoting the SQL as written', async () => {
		const reason = (text: string) => {
			const check = checkReadOnly(text);
			return check.ok ? null : wordGuardReason(check.reason);
		};
		await loadEveryMessage('fr');
		setLocale('fr');
		try {
			expect(reason('INSERT INTO projects VALUES (1)')).toBe(
				'Seules les instructions qui lisent peuvent s’exécuter ici (SELECT, WITH, FROM, VALUES, DESCRIBE, SUMMARIZE, SHOW, EXPLAIN, PIVOT)\u00a0: INSERT écrit des lignes.'
			);
			expect(reason("SELECT * FROM 'projects.csv'")).toMatch(/^Refusé\u00a0: 'projects\.csv' ressemble à un fichier ou à une URL/);
			expect(reason("SELECT * FROM read_text('x')")).toMatch(/^Refusé\u00a0: read_text\(\) lit des fichiers ou accède au réseau/);
			expect(reason("SELECT 'abc")).toBe("Une chaîne n’est jamais fermée (il manque ')");
		} finally {
			setLocale('en');
		}
	});
});

describe('the locked engine, behind the checker', () => {
	it('refuses on its own every statement the checker refuses: nothing is written, read, attached or changed', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'citsci-console-'));
		const before = await state();
		const settings = async () =>
			(
				await db.query<{ s: string }>(`SELECT current_setting('autoload_known_extensions')::VARCHAR || current_setting('enable_external_access')::VARCHAR AS s`)
			)[0].s;
		const settingsBefore = await settings();
		for (const [, text] of refused) {
			// Straight to the engine, as if the checker had let it through.
			await sql
				.run(text.replaceAll("'out.csv'", `'${join(dir, 'out.csv')}'`).replaceAll("'pwned.csv'", `'${join(dir, 'pwned.csv')}'`), 10)
				.catch(() => undefined);
		}
		expect(await state()).toEqual(before);
		expect(await settings()).toBe(settingsBefore);
		expect(existsSync(join(dir, 'out.csv'))).toBe(false);
		expect(existsSync(join(dir, 'pwned.csv'))).toBe(false);
		await expect(sql.run("SELECT * FROM read_text('data/projects.csv')", 10)).rejects.toThrow();
		await expect(sql.run('FROM "data/projects.csv"', 10)).rejects.toThrow();
		await expect(sql.run('SET enable_external_access = true', 10)).rejects.toThrow();
		await expect(sql.run('SELECT count(*) AS n FROM projects', 10)).resolves.toMatchObject({ rows: [[before.projects]] });
	});
});

describe('the console connection', () => {
	it('runs one prepared statement, so the engine itself refuses a second one', async () => {
		const before = await state();
		await expect(sql.run("SELECT 1; DELETE FROM projects WHERE project_id = 'ebird'", 10)).rejects.toThrow();
		expect(await state()).toEqual(before);
	});

	it('rolls back even a write that reaches the engine', async () => {
		const before = await state();
		await sql.run('CREATE TABLE sneaky AS SELECT 1 AS x', 10);
		await sql.run("DELETE FROM projects WHERE project_id = 'ebird'", 10);
		expect(await state()).toEqual(before);
	});

	it('keeps two columns of the same name apart', async () => {
		const result = await sql.run('SELECT 1 AS x, 2 AS x', 10);
		expect(result.columns.map((c) => c.name)).toEqual(['x', 'x']);
		expect(result.rows).toEqual([[1, 2]]);
	});

	it('returns columns, rows, a row limit and the time taken; DuckDB errors come through', async () => {
		const result = await sql.run('SELECT project_id, start_year FROM projects ORDER BY project_id', 5);
		expect(result.columns.map((c) => c.name)).toEqual(['project_id', 'start_year']);
		expect(result.rows).toHaveLength(5);
		expect(result.truncated).toBe(true);
		expect(result.ms).toBeGreaterThanOrEqual(0);
		await expect(sql.run('SELECT nope FROM projects', 5)).rejects.toThrow(/nope/);
	});

	it('runs every example query on the embedded data', async () => {
		for (const example of exampleQueries) {
			const check = checkReadOnly(example.sql);
			expect(check.ok, example.title).toBe(true);
			const result = await sql.run(example.sql, 1000);
			expect(result.rows.length, example.title).toBeGreaterThan(0);
		}
	});

	it('lists the loaded tables and their columns', async () => {
		const columns = await schemaColumns(db);
		const tables = [...new Set(columns.map((c) => c.table_name))];
		expect(tables).toEqual(
			expect.arrayContaining([
				'projects',
				'contributions',
				'contribution_links',
				'countries',
				'sdg_goals',
				'sdg_indicators',
				'sdg_targets',
				'project_countries'
			])
		);
		expect(columns.find((c) => c.table_name === 'projects' && c.column_name === 'start_year')?.data_type).toBe('INTEGER');
	});
});

describe('every function the engine lists', () => {
	/**
	 * Table functions and pragmas reviewed as reading only the catalogue, the loaded tables or
	 * their arguments. Any other table function must be refused: an engine upgrade that adds one
	 * fails this test until it is reviewed (this is how force_checkpoint() was found to pass).
	 */
	const readOnlyTableFunctions = new Set([
		// The catalogue and the engine's own state, in memory.
		...['approx_database_count', 'columns', 'connection_count', 'constraints', 'databases', 'dependencies', 'functions', 'indexes', 'keywords'].map(
			(n) => `duckdb_${n}`
		),
		...['log_contexts', 'logs', 'memory', 'optimizers', 'prepared_statements', 'schemas', 'sequences', 'settings', 'table_sample', 'tables'].map(
			(n) => `duckdb_${n}`
		),
		...['temporary_files', 'external_file_cache', 'types', 'variables', 'views'].map((n) => `duckdb_${n}`),
		...['collations', 'database_size', 'metadata_info', 'platform', 'show', 'storage_info', 'table_info', 'user_agent', 'version'].map((n) => `pragma_${n}`),
		// Values from their arguments alone.
		'generate_series',
		'range',
		'repeat',
		'repeat_row',
		'unnest',
		'json_each',
		'json_tree',
		'icu_calendar_names',
		'pg_timezone_names',
		'test_all_types',
		'test_vector_types',
		'check_peg_parser',
		'sql_auto_complete',
		// A table macro over the engine's own logs. (histogram and histogram_values were listed here as
		// macros over their arguments: they query the table their first argument names, a file too.)
		'duckdb_logs_parsed',
		// Summarises a table given to it.
		'summary'
	]);
	/** Scalars the engine marks as having side effects, reviewed as harmless: they only read state or draw random numbers. */
	const harmlessSideEffects = new Set([
		'current_connection_id',
		'current_query',
		'current_query_id',
		'current_transaction_id',
		'currval',
		'error',
		'gen_random_uuid',
		'random',
		'stats',
		'uuid',
		'uuidv4',
		'uuidv7'
	]);
	/** Names that suggest files, the network, SQL text, storage, logs, settings or credentials. */
	const suspicious =
		/read|file|glob|scan|checkpoint|log|secret|setting|env|http|s3|sql|plan|execute|extension|attach|copy|export|import|install|load|write|seed|nextval/i;
	/** Scalars whose names match that pattern, reviewed as pure functions of their arguments. */
	const pureDespiteName = new Set([
		'current_setting', // reads a setting; changing one needs SET, which is refused
		'url_encode',
		'url_decode',
		'parse_filename',
		'parse_dirname',
		'parse_dirpath',
		'parse_path',
		'parse_duckdb_log_message',
		'format_bytes',
		'formatreadablesize',
		'formatreadabledecimalsize',
		'can_cast_implicitly',
		'current_catalog',
		'log', // the logarithms
		'log10',
		'log2',
		'pg_conf_load_time' // a timestamp, for PostgreSQL compatibility
	]);

	it('refuses each one that reads files, reaches the network, runs SQL text, writes, checkpoints or changes settings', async () => {
		const functions = await db.query<{ name: string; type: string; side_effects: boolean }>(
			`SELECT DISTINCT function_name AS name, function_type AS type, coalesce(has_side_effects, false) AS side_effects
			 FROM duckdb_functions() WHERE NOT starts_with(function_name, '__') ORDER BY name`
		);
		expect(functions.length).toBeGreaterThan(500);
		const checked: string[] = [];
		const passed: string[] = [];
		for (const f of functions) {
			const tableLike = f.type === 'table' || f.type === 'table_macro' || f.type === 'pragma';
			const dangerous = tableLike
				? !readOnlyTableFunctions.has(f.name)
				: (f.side_effects && !harmlessSideEffects.has(f.name)) || (suspicious.test(f.name) && !pureDespiteName.has(f.name.toLowerCase()));
			if (!dangerous) continue;
			checked.push(f.name);
			// A table function is called bare and with two arguments, as a source and a column.
			const calls =
				f.type === 'pragma'
					? [`PRAGMA ${f.name}`, `CALL ${f.name}()`]
					: tableLike
						? [`SELECT * FROM ${f.name}()`, `SELECT * FROM ${f.name}(projects, project_id)`]
						: [`SELECT ${f.name}()`];
			for (const call of calls) if (checkReadOnly(call).ok) passed.push(call);
		}
		expect(passed, 'calls that must be refused').toEqual([]);
		// The walk found what it is for: the readers, the checkpoints, the SQL runners and the writers.
		expect(checked).toEqual(
			expect.arrayContaining(['read_csv', 'glob', 'force_checkpoint', 'checkpoint', 'query', 'write_log', 'setseed', 'arrow_scan', 'histogram_values'])
		);
	});

	it('lets the reviewed read-only table functions through, and they run on the locked engine', async () => {
		for (const name of ['duckdb_tables', 'duckdb_columns', 'duckdb_settings', 'pragma_version']) {
			const check = checkReadOnly(`SELECT count(*) AS n FROM ${name}()`);
			expect(check.ok, name).toBe(true);
			await expect(sql.run(`SELECT count(*) AS n FROM ${name}()`, 10)).resolves.toMatchObject({ rows: [[expect.any(Number)]] });
		}
		expect(forbiddenFunction('range')).toBeNull();
	});
});

describe('runConsoleQuery', () => {
	it('answers a typo with the engine’s syntax error, not a refusal, and runs nothing', async () => {
		const outcome = await runConsoleQuery(sql, 'selct * from projects', 10);
		expect(outcome.kind).toBe('error');
		if (outcome.kind === 'error') expect(outcome.message).toMatch(/syntax error at or near "selct"/i);
		// A typo in front of a file read is refused before the engine's parser sees any of it.
		const sneaky = await runConsoleQuery(sql, "selct * from read_text('data/projects.csv')", 10);
		expect(refusal(sneaky)).toMatch(/read_text\(\) reads files/);
	});

	it('refuses a statement that parses but does not read, with the guard’s reason', async () => {
		for (const text of ['ANALYZE projects', "COMMENT ON TABLE projects IS 'x'", 'START TRANSACTION']) {
			const outcome = await runConsoleQuery(sql, text, 10);
			expect(refusal(outcome), text).toMatch(/Only statements that read/);
		}
		expect(refusal(await runConsoleQuery(sql, 'SET threads = 1', 10))).toMatch(/SET changes settings/);
	});

	it('runs a read and reports the engine’s errors as errors', async () => {
		expect(await runConsoleQuery(sql, 'SELECT count(*) AS n FROM projects;', 10)).toMatchObject({ kind: 'result', sql: 'SELECT count(*) AS n FROM projects' });
		expect(await runConsoleQuery(sql, 'SELECT nope FROM projects', 10)).toMatchObject({ kind: 'error', message: expect.stringMatching(/nope/) });
	});
});
