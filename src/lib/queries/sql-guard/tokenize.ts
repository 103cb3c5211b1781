/**
 * SQL split into words, string literals, quoted names and symbols the way DuckDB's lexer splits
 * it, where that matters to the console's guard: nested block comments, line comments ended by CR
 * or LF, $ in names, dollar-quoted strings, E'' strings with their backslash escapes decoded (so
 * that E'projects.cs\x76' is seen as 'projects.csv'), and string literals separated only by
 * whitespace joined into one (SQL reads 'projects.cs'<newline>'v' as 'projects.csv').
 */
import type { GuardReason } from './reason';

export interface Token {
	kind: 'word' | 'string' | 'quoted' | 'symbol' | 'unicode-escape';
	text: string;
}

const simpleEscapes: Record<string, string> = { b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };

/**
 * One backslash escape of an E'' string, starting after the backslash: \b \f \n \r \t, \xH or \xHH
 * (hex), \o to \ooo (octal), \uXXXX and \UXXXXXXXX (which DuckDB does not implement, but a later
 * version might), and any other character standing for itself, as DuckDB reads them.
 */
function escapeAt(sql: string, at: number): { text: string; length: number } {
	const c = sql[at] ?? '';
	if (c in simpleEscapes) return { text: simpleEscapes[c], length: 1 };
	const hex = /^x([0-9a-f]{1,2})/i.exec(sql.slice(at, at + 3));
	if (hex) return { text: String.fromCharCode(parseInt(hex[1], 16)), length: hex[0].length };
	const octal = /^[0-7]{1,3}/.exec(sql.slice(at, at + 3));
	if (octal) return { text: String.fromCharCode(parseInt(octal[0], 8) & 0xff), length: octal[0].length };
	const unicode = /^(?:u([0-9a-f]{4})|U([0-9a-f]{8}))/i.exec(sql.slice(at, at + 9));
	if (unicode) {
		const code = parseInt(unicode[1] ?? unicode[2], 16);
		return { text: code <= 0x10ffff ? String.fromCodePoint(code) : '', length: unicode[0].length };
	}
	return { text: c, length: 1 };
}

/** Split SQL into tokens, dropping comments; or say why it cannot be split. */
export function tokenize(sql: string): Token[] | { error: GuardReason } {
	const tokens: Token[] = [];
	// Whether only whitespace separates the next token from the previous string literal.
	let afterString = false;
	const pushString = (text: string) => {
		const last = tokens[tokens.length - 1];
		if (afterString && last?.kind === 'string') last.text += text;
		else tokens.push({ kind: 'string', text });
		afterString = true;
	};
	let i = 0;
	while (i < sql.length) {
		const c = sql[i];
		if (/\s/.test(c)) {
			i++;
			continue;
		}
		const stringBefore: boolean = afterString;
		afterString = false;
		if (c === '-' && sql[i + 1] === '-') {
			// A line comment ends at either line break: DuckDB ends it at a bare CR too.
			let j = i + 2;
			while (j < sql.length && sql[j] !== '\n' && sql[j] !== '\r') j++;
			i = j;
			// A comment between two strings still leaves them adjacent.
			afterString = stringBefore;
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
			if (depth > 0) return { error: { key: 'sql.guard.commentOpen' } };
			i = j;
			afterString = stringBefore;
		} else if ((c === 'u' || c === 'U') && sql[i + 1] === '&' && (sql[i + 2] === "'" || sql[i + 2] === '"')) {
			// U&'…' and U&"…" spell characters as escapes; the guard does not decode them, so it refuses them.
			const quote = sql[i + 2];
			let j = i + 3;
			while (j < sql.length && !(sql[j] === quote && sql[j + 1] !== quote)) j += sql[j] === quote ? 2 : 1;
			if (j >= sql.length) return { error: { key: quote === "'" ? 'sql.guard.stringOpen' : 'sql.guard.quotedNameOpen', values: { quote } } };
			tokens.push({ kind: 'unicode-escape', text: sql.slice(i, j + 1) });
			i = j + 1;
		} else if ((c === 'e' || c === 'E') && sql[i + 1] === "'") {
			// E'…' strings take backslash escapes, so \' does not end them.
			let j = i + 2;
			let text = '';
			for (;;) {
				if (j >= sql.length) return { error: { key: 'sql.guard.stringOpen', values: { quote: "'" } } };
				if (sql[j] === '\\') {
					const escape = escapeAt(sql, j + 1);
					text += escape.text;
					j += 1 + escape.length;
				} else if (sql[j] === "'" && sql[j + 1] === "'") {
					text += "'";
					j += 2;
				} else if (sql[j] === "'") break;
				else text += sql[j++];
			}
			afterString = stringBefore;
			pushString(text);
			i = j + 1;
		} else if (c === "'" || c === '"') {
			let j = i + 1;
			let text = '';
			for (;;) {
				if (j >= sql.length) return { error: { key: c === "'" ? 'sql.guard.stringOpen' : 'sql.guard.quotedNameOpen', values: { quote: c } } };
				if (sql[j] === c && sql[j + 1] === c) {
					text += c;
					j += 2;
				} else if (sql[j] === c) break;
				else text += sql[j++];
			}
			if (c === "'") {
				afterString = stringBefore;
				pushString(text);
			} else tokens.push({ kind: 'quoted', text });
			i = j + 1;
		} else if (c === '$' && /[$a-z_\u0080-\uffff]/i.test(sql[i + 1] ?? '')) {
			// Dollar-quoted string $$…$$ or $tag$…$tag$, where a token starts (x$$ is a name, below). A tag
			// follows DuckDB's lexer: a letter, _ or non-ASCII character, then digits too ($a1$ is a tag).
			const tag = sql.slice(i).match(/^\$(?:[a-z_\u0080-\uffff][a-z0-9_\u0080-\uffff]*)?\$/i)?.[0];
			if (!tag) {
				tokens.push({ kind: 'symbol', text: c });
				i++;
				continue;
			}
			const end = sql.indexOf(tag, i + tag.length);
			if (end < 0) return { error: { key: 'sql.guard.dollarOpen', values: { tag } } };
			afterString = stringBefore;
			pushString(sql.slice(i + tag.length, end));
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
