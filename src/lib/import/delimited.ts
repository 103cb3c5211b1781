/** CSV and TSV (and semicolon- or pipe-separated text, as European spreadsheets write it). */
import { CsvSyntaxError, parseCsv } from '../format/csv';
import { fatal } from './issues';
import { checkLabels, type RawTable, type ReadDetail } from './raw-table';

export const delimiters = [',', ';', '\t', '|'] as const;
export type Delimiter = (typeof delimiters)[number];
/** How a delimiter is named among the details of how a file was read. */
const delimiterDetails: Record<Delimiter, ReadDetail> = {
	',': { note: 'comma-separated', text: { key: 'import.detail.commaSeparated' } },
	';': { note: 'semicolon-separated', text: { key: 'import.detail.semicolonSeparated' } },
	'\t': { note: 'tab-separated', text: { key: 'import.detail.tabSeparated' } },
	'|': { note: 'pipe-separated', text: { key: 'import.detail.pipeSeparated' } }
};

/** The candidate that occurs most often outside quotes on the first line (the header). */
export function sniffDelimiter(text: string): Delimiter {
	const counts = new Map<Delimiter, number>(delimiters.map((d) => [d, 0]));
	let quoted = false;
	for (let i = 0; i < text.length && i < 65536; i++) {
		const c = text[i];
		if (c === '"') quoted = !quoted;
		else if (!quoted && (c === '\n' || c === '\r')) break;
		else if (!quoted && counts.has(c as Delimiter)) counts.set(c as Delimiter, counts.get(c as Delimiter)! + 1);
	}
	let best: Delimiter = ',';
	for (const d of delimiters) if (counts.get(d)! > counts.get(best)!) best = d;
	return best;
}

export function readDelimited(fileName: string, text: string, options: { delimiter?: Delimiter; onProgress?: (fraction: number) => void } = {}): RawTable {
	if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
	if (text.trim() === '')
		throw fatal(fileName, 'empty-file', 'The file is empty: there is no header and no data.', { text: { key: 'import.issue.emptyText' } });
	const delimiter = options.delimiter ?? sniffDelimiter(text);
	let table;
	try {
		table = parseCsv(text, delimiter, options.onProgress);
	} catch (e) {
		if (e instanceof CsvSyntaxError) {
			const error = e.message.replace(/ \(line \d+\)$/, '');
			throw fatal(fileName, 'source-error', `${error}; check the quotes on that line.`, {
				line: e.line,
				text: { key: 'import.issue.quotes', values: { error } }
			});
		}
		throw e;
	}
	const labels = checkLabels(fileName, table.header);
	const header = labels.header;
	// The header is the file's first line.
	const issues = labels.issues.map((issue) => ({ ...issue, line: 1 }));
	const rows: string[][] = [];
	const rowNumbers: number[] = [];
	const lines: number[] = [];
	table.rows.forEach((row, i) => {
		const rowNumber = i + 2;
		const line = table.lines[i];
		if (row.every((cell) => cell.trim() === '')) {
			issues.push({
				severity: 'warning',
				type: 'blank-row',
				resource: fileName,
				row: rowNumber,
				line,
				note: 'the row is empty and was skipped',
				text: { key: 'import.issue.blankRow' }
			});
			return;
		}
		if (row.length > header.length) {
			issues.push({
				severity: 'error',
				type: 'extra-cell',
				resource: fileName,
				row: rowNumber,
				line,
				field: `column ${header.length + 1}`,
				cell: row[header.length],
				note: `the row has ${row.length} cells but the header ${header.length}; the extra cells were left out (a delimiter inside an unquoted cell?)`,
				text: { key: 'import.issue.extraCells', values: { cells: String(row.length), header: String(header.length) } }
			});
		} else if (row.length < header.length) {
			issues.push({
				severity: 'warning',
				type: 'missing-cell',
				resource: fileName,
				row: rowNumber,
				line,
				field: header[row.length],
				note: `the row has ${row.length} cells but the header ${header.length}; the missing ones are read as empty`,
				text: { key: 'import.issue.missingCells', values: { cells: String(row.length), header: String(header.length) } }
			});
		}
		rows.push(header.map((_, c) => row[c] ?? ''));
		rowNumbers.push(rowNumber);
		lines.push(line);
	});
	if (rows.length === 0) throw fatal(fileName, 'no-rows', 'The file has a header but no data rows.', { row: 2, text: { key: 'import.issue.noRows' } });
	return { fileName, format: 'csv', details: [delimiterDetails[delimiter]], header, rows, rowNumbers, lines, issues };
}
