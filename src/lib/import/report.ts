/**
 * The import report as files: CSV for a spreadsheet (cells neutralised, since they quote the
 * user's file), and JSON in Frictionless's report shape (valid, stats, errors with rowNumber,
 * fieldName, cell, note), so tools that read Frictionless reports read this one.
 */
import { spreadsheetCsv } from '../format/csv';
import { describeError } from '../data/validate-package';
import type { ImportIssue } from './issues';

export const issueColumns = ['severity', 'type', 'row', 'line', 'field', 'cell', 'note'] as const;

export function reportCsv(issues: ImportIssue[]): string {
	return spreadsheetCsv(
		issueColumns,
		issues.map((issue) => issueColumns.map((c) => issue[c] ?? null))
	);
}

export function reportJson(fileName: string, issues: ImportIssue[], stats: Record<string, number>): string {
	const errors = issues.filter((i) => i.severity !== 'warning');
	return (
		JSON.stringify(
			{
				valid: errors.length === 0,
				stats: { ...stats, errors: errors.length, warnings: issues.length - errors.length },
				tasks: [
					{
						resource: { path: fileName },
						errors: issues.map((i) => ({
							type: i.type,
							severity: i.severity,
							rowNumber: i.row ?? null,
							line: i.line ?? null,
							fieldName: i.field ?? null,
							cell: i.cell ?? null,
							note: i.note,
							message: describeError(i)
						}))
					}
				]
			},
			null,
			2
		) + '\n'
	);
}
