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
import type { MessageKey } from '../../i18n/translate';
import type { GuardReason } from './reason';
import { tokenize, type Token } from './tokenize';

export type ReadOnlyCheck =
	| { ok: true; sql: string }
	/** `unrecognised`: the statement starts with a word no DuckDB statement starts with, probably a typo. */
	| { ok: false; reason: GuardReason; unrecognised?: boolean };

const readingStarts = new Set(['SELECT', 'WITH', 'FROM', 'VALUES', 'TABLE', 'DESCRIBE', 'DESC', 'SUMMARIZE', 'SHOW', 'EXPLAIN', 'PIVOT', 'UNPIVOT']);

/**
 * Words that start (or, inside a statement, smuggle in) anything but a read. Statements that start
 * with other words (ANALYZE, COMMENT ON, START TRANSACTION) are not reads either: the engine's
 * parser sees them first (see `unrecognised`) and they are refused if they parse.
 */
const writingWords: Record<string, MessageKey> = {
	INSERT: 'sql.effect.writesRows',
	UPDATE: 'sql.effect.changesRows',
	DELETE: 'sql.effect.deletesRows',
	MERGE: 'sql.effect.changesRows',
	TRUNCATE: 'sql.effect.deletesRows',
	CREATE: 'sql.effect.createsObjects',
	DROP: 'sql.effect.dropsObjects',
	ALTER: 'sql.effect.changesTables',
	ATTACH: 'sql.effect.attaches',
	DETACH: 'sql.effect.detaches',
	COPY: 'sql.effect.copiesFiles',
	EXPORT: 'sql.effect.exportsDatabase',
	IMPORT: 'sql.effect.importsDatabase',
	INSTALL: 'sql.effect.installsExtension',
	LOAD: 'sql.effect.loadsExtension',
	FORCE: 'sql.effect.installsExtension',
	PRAGMA: 'sql.effect.changesSettings',
	SET: 'sql.effect.changesSettings',
	RESET: 'sql.effect.changesSettings',
	CALL: 'sql.effect.callsProcedure',
	CHECKPOINT: 'sql.effect.writesStorage',
	VACUUM: 'sql.effect.writesStorage',
	GRANT: 'sql.effect.changesPermissions',
	REVOKE: 'sql.effect.changesPermissions',
	USE: 'sql.effect.switchesDatabase',
	BEGIN: 'sql.effect.controlsTransactions',
	COMMIT: 'sql.effect.controlsTransactions',
	ROLLBACK: 'sql.effect.controlsTransactions',
	ABORT: 'sql.effect.controlsTransactions',
	PREPARE: 'sql.effect.preparesStatements',
	EXECUTE: 'sql.effect.executesStatements',
	DEALLOCATE: 'sql.effect.managesStatements',
	SECRET: 'sql.effect.managesCredentials'
};

/**
 * Functions that do more than compute from their arguments and the loaded tables, by what they do.
 * Listed by name and by family (read_*, *_scan), so that a new reader in a later engine is refused
 * too; the walk over duckdb_functions() in the tests catches any that slips past.
 */
const functionRules: [RegExp, MessageKey][] = [
	[
		/^(read_[a-z_]*|[a-z_]*_scan|arrow_[a-z_]*|glob|sniff_csv|parquet_[a-z_]*|iceberg_[a-z_]*|delta_[a-z_]*|duckdb_extensions|load_extension)$/i,
		'sql.effect.readsFiles'
	],
	[/^getenv$/i, 'sql.effect.readsEnvironment'],
	[/^(query|query_table|json_execute_serialized_sql|json_serialize_sql|json_deserialize_sql|json_serialize_plan)$/i, 'sql.effect.runsSql'],
	[/^(checkpoint|force_checkpoint)$/i, 'sql.effect.writesStorage'],
	[/^(write_log|truncate_duckdb_logs|nextval)$/i, 'sql.effect.writes'],
	[/^(enable_logging|disable_logging|setseed)$/i, 'sql.effect.changesSettings'],
	[/secret/i, 'sql.effect.readsCredentials']
];

/** What a function does that the console refuses (a message naming its effect), or null for a function that only computes. */
export function forbiddenFunction(name: string): MessageKey | null {
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

/** Words after which a string is a value: a comparison or a branch of CASE (`url LIKE 'https://%'`). */
const valueAfterWords = new Set(['LIKE', 'ILIKE', 'GLOB', 'SIMILAR', 'TO', 'THEN', 'ELSE', 'WHEN']);

/**
 * Whether the string at `i` is certainly a value, never a table DuckDB would read as a file: an
 * operand of a comparison or concatenation, after LIKE and its kin, in CASE, or after
 * `IS [NOT] DISTINCT FROM`; no table stands there, so `WHERE url LIKE 'https://%'` runs. Anywhere
 * else, an IN list and a function's arguments included, it may be a table: a FROM list inside
 * parentheses reads it (`IN (FROM projects, 'x.csv')`).
 */
function isValue(statement: Token[], i: number): boolean {
	const [prev, next] = [statement[i - 1], statement[i + 1]];
	const operator = (t: Token | undefined) => t?.kind === 'symbol' && '=<>|+~!'.includes(t.text);
	if (operator(prev) || operator(next)) return true;
	const word = (t: Token | undefined) => (t?.kind === 'word' ? t.text.toUpperCase() : '');
	if (valueAfterWords.has(word(prev))) return true;
	return word(prev) === 'FROM' && word(statement[i - 2]) === 'DISTINCT' && ['IS', 'NOT'].includes(word(statement[i - 3]));
}

/**
 * The engine's table macros that query a table named by their first argument, through query_table:
 * `FROM histogram('x.csv', col)` reads the file, and so does a name built from no string at all
 * (concat(chr(120), …)), so no look at the arguments can tell. Their position cannot either (a
 * FROM list after a join's ON, inside parentheses…): they are told by their arguments' number.
 * histogram_values is only a table macro; histogram is also an aggregate of one argument (or two,
 * the second its bins' bounds), and the table macro needs two at least (a source and a column).
 * So histogram_values is refused always and histogram unless it has one argument (its form with
 * bounds too, the price of telling them apart); the aggregate of one argument runs.
 */
function readsNamedTable(name: string, statement: Token[], open: number): boolean {
	if (/^histogram_values$/i.test(name)) return true;
	if (!/^histogram$/i.test(name)) return false;
	// Its arguments: none if it closes at once, else one more than the commas at its own depth.
	const closesAtOnce = statement[open + 1]?.kind === 'symbol' && statement[open + 1].text === ')';
	let [depth, args] = [0, closesAtOnce ? 0 : 1];
	for (let k = open + 1; k < statement.length; k++) {
		const t = statement[k];
		if (t.kind !== 'symbol') continue;
		if ('([{'.includes(t.text)) depth++;
		else if (')]}'.includes(t.text)) {
			if (depth-- === 0) break;
		} else if (t.text === ',' && depth === 0) args++;
	}
	return args !== 1;
}

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
	if (statement.length === 0) return { ok: false, reason: { key: 'sql.guard.empty' } };
	if (statement.some((t) => t.kind === 'symbol' && t.text === ';')) return { ok: false, reason: { key: 'sql.guard.oneStatement' } };

	const first = statement[0];
	const firstWord = first.kind === 'word' ? first.text.toUpperCase() : first.text;
	if (!startsReading(first) && writingWords[firstWord])
		return { ok: false, reason: { key: 'sql.guard.readsOnlyWord', values: { word: firstWord }, effect: writingWords[firstWord] } };
	// Every token is checked whatever the first word: a statement the guard does not recognise is
	// handed to the engine's parser only once nothing in it reads files, writes or runs SQL text.
	for (let i = 0; i < statement.length; i++) {
		const t = statement[i];
		if (t.kind === 'unicode-escape') return { ok: false, reason: { key: 'sql.guard.unicodeEscape', values: { text: t.text.slice(0, 40) } } };
		if (t.kind === 'word' && writingWords[t.text.toUpperCase()]) {
			const upper = t.text.toUpperCase();
			return { ok: false, reason: { key: 'sql.guard.writingWord', values: { word: upper, name: t.text }, effect: writingWords[upper] } };
		}
		// A function, its name quoted or not.
		const next = statement[i + 1];
		const called = (t.kind === 'word' || t.kind === 'quoted') && next?.kind === 'symbol' && next.text === '(';
		const effect = !called ? null : (forbiddenFunction(t.text) ?? (readsNamedTable(t.text, statement, i + 1) ? ('sql.effect.readsFiles' as const) : null));
		if (effect) return { ok: false, reason: { key: 'sql.guard.function', values: { name: t.text }, effect } };
		// A string or a quoted name that names a file or URL where a table may be (DuckDB reads FROM "file.csv" as a file).
		if ((t.kind === 'quoted' || (t.kind === 'string' && !isValue(statement, i))) && looksLikeFileOrUrl(t.text)) {
			return { ok: false, reason: { key: 'sql.guard.fileOrUrl', values: { text: t.text.slice(0, 60) } } };
		}
	}
	if (!startsReading(first)) return { ok: false, reason: { key: 'sql.guard.readsOnly' }, unrecognised: true };
	return { ok: true, sql: sql.trim().replace(/;\s*$/, '') };
}
