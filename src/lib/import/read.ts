/** Any supported file to a raw table: the format from the content first, the file name second. */
import { formatBytes } from '../format/number';
import { decodeText, NotTextError, type Encoding } from './decode';
import { readDelimited, type Delimiter } from './delimited';
import { fatal, type ImportIssue, type IssueText } from './issues';
import { readJson } from './json';
import type { RawTable, ReadDetail } from './raw-table';
import { readXlsx } from './xlsx';
import { mayHoldHazards, removeTextHazards } from './text-hazards';

/**
 * The largest file the importer accepts. Text is decoded into one JavaScript string, and V8 caps
 * strings at about 512 M characters; the parsed rows need about as much again. A 400 MB cap
 * refuses such a file up front instead of failing half-way.
 */
export const maxImportBytes = 400 * 1024 * 1024;

export interface ReadOptions {
	encoding?: Encoding;
	delimiter?: Delimiter;
	sheet?: string;
	onProgress?: (fraction: number) => void;
}

const encodingDetails: Record<Encoding, ReadDetail> = {
	'utf-8': { note: 'UTF-8', text: { key: 'import.detail.utf8' } },
	'utf-16le': { note: 'UTF-16 (little-endian)', text: { key: 'import.detail.utf16le' } },
	'utf-16be': { note: 'UTF-16 (big-endian)', text: { key: 'import.detail.utf16be' } },
	'windows-1252': { note: 'Windows-1252 / Latin-1', text: { key: 'import.detail.windows1252' } }
};

export const tooLargeNote = (size: number) =>
	`The file is ${formatBytes(size)}; a browser can import at most ${formatBytes(maxImportBytes)}. Split it, or drop columns it does not need.`;
export const tooLargeText = (size: number): IssueText => ({
	key: 'import.issue.tooLarge',
	values: { size: formatBytes(size), max: formatBytes(maxImportBytes) }
});

export async function readTable(fileName: string, bytes: Uint8Array, options: ReadOptions = {}): Promise<RawTable> {
	if (bytes.length > maxImportBytes) {
		throw fatal(fileName, 'file-too-large', tooLargeNote(bytes.length), { text: tooLargeText(bytes.length) });
	}
	if (bytes.length === 0) throw fatal(fileName, 'empty-file', 'The file is empty.', { text: { key: 'import.issue.empty' } });
	const isZip = bytes[0] === 0x50 && bytes[1] === 0x4b;
	if (isZip || /\.xlsx$/i.test(fileName)) {
		if (!isZip)
			throw fatal(fileName, 'format-error', 'The file is named .xlsx but is not an XLSX workbook (old .xls files must be saved as .xlsx or CSV).', {
				text: { key: 'import.issue.notXlsx' }
			});
		const workbook = await readXlsx(fileName, bytes, options.sheet);
		removeTextHazards(workbook);
		return workbook;
	}
	let decoded;
	try {
		decoded = decodeText(bytes, options.encoding);
	} catch (e) {
		if (e instanceof NotTextError) throw fatal(fileName, 'encoding-error', e.message, { text: { key: 'import.issue.notText' } });
		throw e;
	}
	const encodingIssue: ImportIssue[] = decoded.fallback
		? [
				{
					severity: 'warning',
					type: 'encoding-error',
					resource: fileName,
					line: decoded.fallback.line,
					note: `the file is not valid UTF-8 (byte ${decoded.fallback.byte}, line ${decoded.fallback.line}); it was read as Windows-1252 / Latin-1. Check accented letters in the preview, or choose another encoding.`,
					text: { key: 'import.issue.notUtf8', values: { byte: String(decoded.fallback.byte), line: String(decoded.fallback.line) } }
				}
			]
		: [];
	const text = decoded.text;
	const first = text.trimStart()[0];
	const table = first === '{' || first === '[' || /\.json$/i.test(fileName) ? readJson(fileName, text) : readDelimited(fileName, text, options);
	table.details.unshift(encodingDetails[decoded.encoding]);
	table.issues.unshift(...encodingIssue);
	// One pass over the whole text first: almost no file holds any, and then no cell is looked at.
	if (mayHoldHazards(text)) removeTextHazards(table);
	return table;
}
