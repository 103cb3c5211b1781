/** An import issue's note in the page's language, where the issue carries a message; its English note otherwise. */
import { formatCount } from '../format/number';
import { t } from '../i18n/i18n';
import type { MessageValues } from '../i18n/translate';
import type { ImportIssue } from './issues';

/** Counts (numbers) are formatted for the page; `n`, a plural's number, stays a number and `count` is its text. */
export function issueNote(issue: Pick<ImportIssue, 'note' | 'text'>): string {
	if (!issue.text) return issue.note;
	const values: MessageValues = {};
	for (const [name, value] of Object.entries(issue.text.values ?? {})) values[name] = typeof value === 'number' && name !== 'n' ? formatCount(value) : value;
	if (typeof values.n === 'number') values.count = formatCount(values.n);
	return t(issue.text.key, values);
}
