/**
 * The SQL console's guard: only statements that read the loaded tables may run. A statement is
 * checked before it reaches DuckDB, and refused with a clear reason if it could write, attach a
 * database, install or load an extension, copy or export, read a file, reach the network,
 * checkpoint, or change a setting. Two more lines of defence stand behind it: the in-browser
 * database is locked once the data are loaded (external access off, configuration locked), and
 * console queries run in a transaction that is rolled back.
 *
 * The guard never passes off a typo as a refusal: a statement that starts with a word it does not
 * know is handed back as `unrecognised`, for the engine's parser to name the syntax error.
 * tests/unit/console.test.ts walks every function the engine lists and proves that each one with
 * an effect beyond reading the loaded tables is refused here.
 */
import { tokenize, type Token } from './tokenize';

export type ReadOnlyCheck =
	| { ok: true; sql: string }
	/** `unrecognised`: the statement starts with a word no DuckDB statement starts with, probably a typo. */
	| { ok: false; reason: string; unrecognised?: boolean };

const readingStarts = new Set(['SELECT', 'WITH', 'FROM', 'VALUES', 'TABLE', 'DESCRIBE', 'DESC', 'SUMMARIZE', 'SHOW', 'EXPLAIN', 'PIVOT', 'UNPIVOT']);

/**
 * Words that start (or, inside a statement, smuggle in) anything but a read. Statements that start
 * with other words (ANALYZE, COMMENT ON, START TRANSACTION) are not reads either: the engine's
 * parser sees them first (see `unrecognised`) and they are refused if they parse.
 */
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

/**
 * Functions that do more than compute from their arguments and the loaded tables, by what they do.
 * Listed by name and by family (read_*, *_scan), so that a new reader in a later engine is refused
 * too; the walk over duckdb_functions() in the tests catches any that slips past.
 */
const functionRules: [RegExp, string][] = [
	[
		/^(read_[a-z_]*|[a-z_]*_scan|arrow_[a-z_]*|glob|sniff_csv|parquet_[a-z_]*|iceberg_[a-z_]*|delta_[a-z_]*|duckdb_extensions|load_extension)$/i,
		'reads files or reaches the network'
	],
	[/^getenv$/i, 'reads the environment'],
	[/^(query|query_table|json_execute_serialized_sql|json_serialize_sql|json_deserialize_sql|json_serialize_plan)$/i, 'runs or plans other SQL'],
	[/^(checkpoint|force_checkpoint)$/i, 'writes to storage'],
	[/^(write_log|truncate_duckdb_logs|nextval)$/i, 'writes'],
	[/^(enable_logging|disable_logging|setseed)$/i, 'changes settings'],
	[/secret/i, 'reads or manages credentials']
];

export function forbiddenFunction(name: string): string | null {
	return functionRules.find(([pattern]) => pattern.test(name))?.[1] ?? null;
}

/**
 * A string DuckDB could read as a file or URL: a scheme, an absolute or relative path, or a known
 * extension at the end or followed by a glob or query character (DuckDB reads FROM 'y.csv?gz' as
 * the files y.csv?gz matches).
 */
const looksLikeFileOrUrl = (s: string) =>
	/:\/\//.test(s) ||
	/^(\/|\.\.?\/|~|[a-z]:\\)/i.test(s) ||
	/\.(csv|tsv|txt|parquet|json|ndjson|jsonl|gz|zst|xlsx|db|duckdb|sqlite|arrow|blob)(?=$|[?*[\]{}])/i.test(s.trim());

const readsOnly = 'Only statements that read can run here (SELECT, WITH, FROM, VALUES, DESCRIBE, SUMMARIZE, SHOW, EXPLAIN, PIVOT)';

function startsReading(first: Token): boolean {
	return (first.kind === 'word' && readingStarts.has(first.text.toUpperCase())) || (first.kind === 'symbol' && first.text === '(');
}

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
	const firstWord = first.kind === 'word' ? first.text.toUpperCase() : first.text;
	if (!startsReading(first) && writingWords[firstWord]) return { ok: false, reason: `${readsOnly}: ${firstWord} ${writingWords[firstWord]}.` };
	// Every token is checked whatever the first word: a statement the guard does not recognise is
	// handed to the engine's parser only once nothing in it reads files, writes or runs SQL text.
	for (let i = 0; i < statement.length; i++) {
		const t = statement[i];
		if (t.kind === 'unicode-escape')
			return { ok: false, reason: `Refused: ${t.text.slice(0, 40)} spells characters as Unicode escapes; write the characters themselves.` };
		if (t.kind === 'word' && writingWords[t.text.toUpperCase()]) {
			const upper = t.text.toUpperCase();
			return {
				ok: false,
				reason: `Refused: ${upper} ${writingWords[upper]}, and this console only reads. (To use "${t.text}" as a column name, write it in double quotes.)`
			};
		}
		// A function, its name quoted or not.
		const next = statement[i + 1];
		const effect = (t.kind === 'word' || t.kind === 'quoted') && next?.kind === 'symbol' && next.text === '(' ? forbiddenFunction(t.text) : null;
		if (effect) return { ok: false, reason: `Refused: ${t.text}() ${effect}; this console reads only the loaded tables.` };
		// A string or a quoted name that names a file or URL (DuckDB reads FROM "file.csv" as a file).
		if ((t.kind === 'string' || t.kind === 'quoted') && looksLikeFileOrUrl(t.text)) {
			return {
				ok: false,
				reason: `Refused: '${t.text.slice(0, 60)}' looks like a file or a URL; this console reads only the loaded tables and never reaches files or the network.`
			};
		}
	}
	if (!startsReading(first)) return { ok: false, reason: `${readsOnly}.`, unrecognised: true };
	return { ok: true, sql: sql.trim().replace(/;\s*$/, '') };
}
