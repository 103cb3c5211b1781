/** Every readable format becomes this: a header and rows of text, each row located in its file. */
import type { ImportIssue, IssueText } from './issues';

export type ImportFormat = 'csv' | 'xlsx' | 'json' | 'ppsr-core';

export interface RawTable {
	fileName: string;
	format: ImportFormat;
	/** How the file was read, for the user to check: encoding, delimiter, sheet, record path. */
	details: ReadDetail[];
	header: string[];
	rows: string[][];
	/** Frictionless row number of each row (header = 1), and, in a text file, the physical line it starts on. */
	rowNumbers: number[];
	lines?: number[];
	/** What reading found: encoding fallbacks, duplicate or blank labels, short or long rows. */
	issues: ImportIssue[];
	/** A workbook's sheet names, so the user can pick another than the first with data. */
	sheets?: string[];
}

/** One thing about how a file was read: in English (kept with the dataset) and as a message for the page's language. */
export interface ReadDetail {
	note: string;
	text: IssueText;
}

/**
 * Labels must be unique and non-blank for the mapping to name a column. A duplicate keeps its data
 * under a suffixed label ("Name (2)") and is reported, rather than silently shadowing the first.
 */
export function checkLabels(fileName: string, header: string[]): { header: string[]; issues: ImportIssue[] } {
	const seen = new Map<string, number>();
	const taken = new Set(header.map((h) => h.trim().toLowerCase()));
	const issues: ImportIssue[] = [];
	const labels = header.map((raw, i) => {
		let label = raw.trim();
		if (label === '') {
			label = `Column ${i + 1}`;
			issues.push({
				severity: 'warning',
				type: 'blank-label',
				resource: fileName,
				row: 1,
				field: label,
				note: `column ${i + 1} has no label; it is called "${label}"`,
				text: { key: 'import.issue.blankLabel', values: { column: String(i + 1), label } }
			});
		}
		const count = (seen.get(label.toLowerCase()) ?? 0) + 1;
		seen.set(label.toLowerCase(), count);
		if (count > 1) {
			// "Name (2)" may be a column of its own: count on until the label is free.
			let n = count;
			while (taken.has(`${label} (${n})`.toLowerCase())) n++;
			const renamed = `${label} (${n})`;
			taken.add(renamed.toLowerCase());
			issues.push({
				severity: 'error',
				type: 'duplicate-label',
				resource: fileName,
				row: 1,
				field: label,
				cell: raw,
				note: `column ${i + 1} repeats the label "${label}"; it is kept as "${renamed}" and is not used unless you map it`,
				text: { key: 'import.issue.duplicateLabel', values: { column: String(i + 1), label, renamed } }
			});
			label = renamed;
		}
		return label;
	});
	return { header: labels, issues };
}
