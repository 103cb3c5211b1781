/**
 * The SDG framework's titles in the six UN languages, for prerendering: English from data/sdg_*.csv
 * (the authoritative text), the other five from data/translations/ (see its README). Read once per
 * build. Server-only ($lib/server): pages receive the titles they show, never the whole table.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { csvRecords, parseCsv } from '../format/csv';
import { unLanguages, type OfficialTitle } from '../domain/un-languages';

export type FrameworkLevel = 'goal' | 'target' | 'indicator';

const files: Record<FrameworkLevel, string> = { goal: 'sdg_goals.csv', target: 'sdg_targets.csv', indicator: 'sdg_indicators.csv' };
type Row = Record<string, string>;
const cache = new Map<FrameworkLevel, { english: Map<string, Row>; translated: Map<string, Row> }>();

function table(level: FrameworkLevel) {
	let t = cache.get(level);
	if (!t) {
		const read = (path: string) => csvRecords(parseCsv(readFileSync(path, 'utf8')));
		const english = new Map(read(join('data', files[level])).map((r) => [r[level], r]));
		const translated = new Map(read(join('data/translations', files[level])).map((r) => [`${r[level]} ${r.lang}`, r]));
		t = { english, translated };
		cache.set(level, t);
	}
	return t;
}

/**
 * A goal's, target's or indicator's title in each of the six UN languages, in the UN's order; empty
 * when the code is not in the framework. A language without a published translation gets the
 * English title, marked `missing`, so a page can say so rather than show nothing.
 */
export function officialTitles(level: FrameworkLevel, code: string): OfficialTitle[] {
	const { english, translated } = table(level);
	const en = english.get(code);
	if (!en) return [];
	return unLanguages.map((lang) => {
		if (lang.tag === 'en') return { lang, title: en.title, short_title: en.short_title || undefined, status: 'official' };
		const t = translated.get(`${code} ${lang.tag}`);
		if (!t) return { lang, title: en.title, short_title: en.short_title || undefined, status: 'missing' };
		return { lang, title: t.title, short_title: t.short_title || undefined, status: t.wording === 'older' ? 'older' : 'official' };
	});
}
