/**
 * RFC 4180 CSV reading and writing. One parser for the build script, the tests and (later) the
 * importers, so that "what a CSV cell is" is decided in one place.
 */
import { csvCell, spreadsheetText } from './escape';

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

/**
 * Parse CSV text. Accepts a leading byte-order mark, CRLF or LF, and quoted newlines. Unquoted
 * cells are sliced, not built a character at a time, so a 100 MB import parses in seconds.
 * `onProgress` gets the fraction of the text read, every few thousand records.
 */
export function parseCsv(text: string, delimiter = ',', onProgress?: (fraction: number) => void): CsvTable {
	if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
	const records: string[][] = [];
	const lines: number[] = [];
	const n = text.length;
	let i = 0;
	let line = 1;
	while (i < n) {
		const recordLine = line;
		const record: string[] = [];
		let quotedCell = false;
		// One record: cells until an unquoted line break or the end of the text.
		for (;;) {
			let cell: string;
			if (text[i] === '"') {
				quotedCell = true;
				let value = '';
				let from = i + 1;
				for (;;) {
					const quote = text.indexOf('"', from);
					if (quote < 0) throw new CsvSyntaxError('A quoted field is never closed', recordLine);
					value += text.slice(from, quote);
					if (text[quote + 1] === '"') {
						value += '"';
						from = quote + 2;
						continue;
					}
					i = quote + 1;
					break;
				}
				for (let k = value.indexOf('\n'); k >= 0; k = value.indexOf('\n', k + 1)) line++;
				const next = text[i];
				if (i < n && next !== delimiter && next !== '\n' && next !== '\r') {
					throw new CsvSyntaxError('Unexpected character after a closing quote', line);
				}
				cell = value;
			} else {
				let end = i;
				while (end < n) {
					const c = text[end];
					if (c === delimiter || c === '\n' || c === '\r') break;
					end++;
				}
				cell = text.slice(i, end);
				i = end;
			}
			record.push(cell);
			if (i < n && text[i] === delimiter) {
				i++;
				continue;
			}
			break;
		}
		if (i < n) {
			i += text[i] === '\r' && text[i + 1] === '\n' ? 2 : 1;
			line++;
		}
		// A blank line is not a record.
		if (!(record.length === 1 && record[0] === '' && !quotedCell)) {
			records.push(record);
			lines.push(recordLine);
		}
		if (onProgress && records.length % 20000 === 0) onProgress(i / n);
	}
	const [header = [], ...rows] = records;
	return { header, rows, lines: lines.slice(1) };
}

/**
 * RFC 4180 CSV with CRLF line endings, a few thousand rows at a time: an import of a million rows
 * streams into gzip without one giant string. Imports repeat the same long texts (a rationale per
 * goal column), so a cell's quoted form is worked out once.
 */
export function* csvChunks(header: readonly string[], rows: readonly (readonly unknown[])[], rowsPerChunk = 20_000): Generator<string> {
	const quoted = new Map<string, string>();
	const cell = (value: unknown) => {
		if (typeof value !== 'string' || value.length < 24) return csvCell(value);
		let text = quoted.get(value);
		if (text === undefined) {
			text = csvCell(value);
			if (quoted.size < 10_000) quoted.set(value, text);
		}
		return text;
	};
	const line = (row: readonly unknown[]) => {
		let out = '';
		for (let i = 0; i < row.length; i++) out += (i ? ',' : '') + cell(row[i]);
		return out + '\r\n';
	};
	let chunk = line(header);
	for (let i = 0; i < rows.length; i++) {
		chunk += line(rows[i]);
		if ((i + 1) % rowsPerChunk === 0) {
			yield chunk;
			chunk = '';
		}
	}
	if (chunk) yield chunk;
}

/** Write rows as RFC 4180 CSV with CRLF line endings. */
export function toCsv(header: readonly string[], rows: readonly (readonly unknown[])[]): string {
	return [...csvChunks(header, rows)].join('');
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

/**
 * CSV for a spreadsheet: RFC 4180 with CRLF, every text cell and column name neutralised against
 * formulas (escape.ts), numbers as numbers, null as empty. `excel` adds a byte-order mark so Excel
 * reads accents and non-Latin text right.
 */
export function spreadsheetCsv(header: readonly string[], rows: readonly (readonly unknown[])[], { excel = false }: { excel?: boolean } = {}): string {
	const cell = (v: unknown) => csvCell(v === null || v === undefined || typeof v === 'number' ? v : spreadsheetText(String(v)));
	const lines = [header.map((h) => csvCell(spreadsheetText(h))).join(',')];
	for (const row of rows) lines.push(row.map(cell).join(','));
	return (excel ? '\ufeff' : '') + lines.join('\r\n') + '\r\n';
}
