/**
 * What an import found wrong, in the Frictionless error shape (type, row, field, cell, note) that
 * the build's own validator uses, so one report format serves both. Rows are Frictionless rows:
 * the header is row 1; `line` is the physical line in a text file (CSV, TSV), which a cell spanning
 * lines sets apart from the row. Formats without lines (XLSX rows, JSON records) give rows only.
 */
import type { ValidationError } from '../data/validate-package';
import type { MessageKey, MessageValues } from '../i18n/translate';

/**
 * The note as a message of the catalogues, for the page to show in its own language: the worker
 * that finds the issue has no language, and the English `note` stays for the downloads and scripts.
 * Numbers in `values` are counts, formatted by the page (issue-text.ts); rows, lines and years are
 * passed as text.
 */
export interface IssueText {
	key: MessageKey;
	values?: MessageValues;
}

export interface ImportIssue extends ValidationError {
	/**
	 * `fatal`: nothing can be imported from the file; `error`: a row or a value was left out, and
	 * the note says which; `warning`: imported, but read in a way the user should check.
	 */
	severity: 'fatal' | 'error' | 'warning';
	text?: IssueText;
}

export class ImportFailure extends Error {
	constructor(readonly issue: ImportIssue) {
		super(issue.note);
	}
}

export function fatal(resource: string, type: string, note: string, where: Partial<ImportIssue> = {}): ImportFailure {
	return new ImportFailure({ severity: 'fatal', type, resource, note, ...where });
}
