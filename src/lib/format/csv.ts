/**
 * RFC 4180 CSV reading and writing. One parser for the build script, the tests and (later) the
 * importers, so that "what a CSV cell is" is decided in one place.
 */

export interface CsvTable {
	header: string[];
	/** Data rows, each as long as it was in the file (validation reports ragged rows). */
	rows: string[][];
	/** 1-based physical line on which each data row starts, for located error messages. */
	lines: number[];
}

export class CsvSyntaxError extends Error {
	constructor(
		message: string,
		readonly line: number
	) {
		super(`${message} (line ${line})`);
	}
}

/** Parse CSV text. Accepts a leading byte-order mark, CRLF or LF, and quoted newlines. */
export function parseCsv(text: string, delimiter = ','): CsvTable {
	if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
	const records: string[][] = [];
	const lines: number[] = [];
	let record: string[] = [];
	let field = '';
	let quoted = false;
	let line = 1;
	let recordLine = 1;
	let fieldStarted = false;
	let i = 0;
	const n = text.length;
	const endRecord = () => {
		record.push(field);
		// A trailing blank line is not a record.
		if (!(record.length === 1 && record[0] === '' && !fieldStarted)) {
			records.push(record);
			lines.push(recordLine);
		}
		record = [];
		field = '';
		fieldStarted = false;
	};
	while (i < n) {
		const c = text[i];
		if (quoted) {
			if (c === '"') {
				if (text[i + 1] === '"') {
					field += '"';
					i += 2;
					continue;
				}
				quoted = false;
				i++;
				const next = text[i];
				if (i < n && next !== delimiter && next !== '\n' && next !== '\r') {
					throw new CsvSyntaxError('Unexpected character after a closing quote', line);
				}
				continue;
			}
			if (c === '\n') line++;
			field += c;
			i++;
			continue;
		}
		if (c === '"' && field === '') {
			quoted = true;
			fieldStarted = true;
			i++;
			continue;
		}
		if (c === delimiter) {
			record.push(field);
			field = '';
			fieldStarted = true;
			i++;
			continue;
		}
		if (c === '\r' || c === '\n') {
			endRecord();
			i += c === '\r' && text[i + 1] === '\n' ? 2 : 1;
			line++;
			recordLine = line;
			continue;
		}
		field += c;
		fieldStarted = true;
		i++;
	}
	if (quoted) throw new CsvSyntaxError('A quoted field is never closed', recordLine);
	if (field !== '' || record.length > 0 || fieldStarted) endRecord();
	const [header = [], ...rows] = records;
	return { header, rows, lines: lines.slice(1) };
}

/** Quote one cell for RFC 4180 output: only when it holds a delimiter, quote or line break. */
export function csvCell(value: unknown, delimiter = ','): string {
	if (value === null || value === undefined) return '';
	const text = String(value);
	return /["\r\n]/.test(text) || text.includes(delimiter) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Write rows as RFC 4180 CSV with CRLF line endings. */
export function toCsv(header: readonly string[], rows: readonly (readonly unknown[])[]): string {
	return [header, ...rows].map((r) => r.map((v) => csvCell(v)).join(',')).join('\r\n') + '\r\n';
}

/** Rows as objects keyed by header name (first occurrence wins for duplicated headers). */
export function csvRecords(table: CsvTable): Record<string, string>[] {
	return table.rows.map((row) => {
		const record: Record<string, string> = {};
		table.header.forEach((name, i) => {
			if (!(name in record)) record[name] = row[i] ?? '';
		});
		return record;
	});
}
