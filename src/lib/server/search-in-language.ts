/**
 * The search's rows in one language: goals, targets and indicators take their official title in it
 * (data/translations/), and keep their English words as less weighty text, so that a French visitor
 * finds "Vie terrestre" and "Life on land" alike. Other rows (countries, topics, networks, projects)
 * are data in their own language.
 */
import type { SearchRow } from '../queries/search';
import { translatedTitle } from './framework-translations';

export function searchRowsIn(tag: string, rows: SearchRow[]): SearchRow[] {
	if (tag === 'en') return rows;
	return rows.map((row) => {
		if (row.kind !== 'goal' && row.kind !== 'target' && row.kind !== 'indicator') return row;
		const own = translatedTitle(row.kind, row.code, tag);
		if (!own) return row;
		const title = row.kind === 'goal' ? (own.short_title ?? own.title) : own.title;
		const text = [row.kind === 'goal' ? own.title : '', row.title, row.text].filter(Boolean).join(' ');
		return { ...row, title, text };
	});
}
