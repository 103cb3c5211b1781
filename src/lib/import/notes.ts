/**
 * The notes of the checks in normalise.ts, each in English (the report's downloads, scripts and
 * tests read it) and as a message of the catalogues (the page shows it in its own language, which
 * the worker that runs the checks does not know).
 */
import type { MessageKey, MessageValues } from '../i18n/translate';
import type { IssueText } from './issues';
import type { Strength } from '../domain/strength';

export type Said = { note: string; text: IssueText };
const said = (note: string, key: MessageKey, values?: MessageValues): Said => ({ note, text: values ? { key, values } : { key } });

export const notes = {
	nameRequired: () => said('a project name is required; the row was skipped', 'import.issue.nameRequired'),
	duplicateId: (row: number) => said(`the identifier repeats row ${row}'s; the row was skipped`, 'import.issue.duplicateId', { row: String(row) }),
	endBeforeStart: (start: number) =>
		said(`the end year is before the start year (${start}); left empty`, 'import.issue.endBeforeStart', { start: String(start) }),
	status: () => said('expected active, completed or unknown (or Yes / No); read as unknown', 'import.issue.status'),
	unknownCountry: () => said('not a country or area the dashboard knows; left out (you can say which country it is)', 'import.issue.unknownCountry'),
	scale: () => said('expected local, sub-national, national, multinational or global; worked out from the countries', 'import.issue.scale'),
	goalScore: (goal: number) =>
		said(`expected 0 (none), 1 (indirect) or 2 (direct); goal ${goal} was left out for this project`, 'import.issue.goalScore', { goal: String(goal) }),
	strength: (strength: Strength) =>
		said(
			`expected direct, indirect or potential; the row's SDG codes without a strength of their own were imported as ${strength} (the strength when the file does not say)`,
			'import.issue.strength',
			{ strength }
		),
	sdgCode: () => said('not an SDG goal (1–17), target (such as 15.1) or indicator (such as 15.1.1) of the UN framework; left out', 'import.issue.sdgCode'),
	suggestionGone: (code: string) =>
		said(`the accepted suggestion ${code} is no longer made from this row's text; left out`, 'import.issue.suggestionGone', { code }),
	truncated: (more: number, first: number) =>
		said(`${more} more issues are not listed; the first ${first} are`, 'import.issue.truncated', { more: String(more), first: String(first) })
};
