/**
 * The search's rows in one language: goals, targets and indicators take their official title in it
 * (data/translations/), and keep their English words as less weighty text, so that a French visitor
 * finds "Vie terrestre" and "Life on land" alike. Curated topics take their label and description in
 * it (data/translations/topics.csv) and countries their CLDR name the same way ("Kenia" and "Kenya").
 * Other rows (the JRC's fields, networks, projects) are data in their own language.
 */
import type { SearchRow } from '../queries/search';
import { translatedTitle } from './framework-translations';
import { topicTextsByPage } from './topic-translations';
import { placeNamesIn } from './place-names';
import vocabulary from '../generated/vocabulary.json';

export function searchRowsIn(tag: string, rows: SearchRow[]): SearchRow[] {
	if (tag === 'en') return rows;
	const topics = topicTextsByPage(tag);
	const places = placeNamesIn(tag, vocabulary.countries);
	return rows.map((row) => {
		if (row.kind === 'country') {
			const own = places.countries[row.code];
			return own && own !== row.title ? { ...row, title: own, text: [row.title, row.text].filter(Boolean).join(' ') } : row;
		}
		if (row.kind === 'topic') {
			const own = topics[row.code];
			return own ? { ...row, title: own.label, text: [own.description, row.title, row.text].filter(Boolean).join(' ') } : row;
		}
		if (row.kind !== 'goal' && row.kind !== 'target' && row.kind !== 'indicator') return row;
		const own = translatedTitle(row.kind, row.code, tag);
		if (!own) return row;
		const title = row.kind === 'goal' ? (own.short_title ?? own.title) : own.title;
		const text = [row.kind === 'goal' ? own.title : '', row.title, row.text].filter(Boolean).join(' ');
		return { ...row, title, text };
	});
}
