/**
 * The SDG framework's titles in the six UN languages, for prerendering: English from data/sdg_*.csv
 * (the authoritative text), the other five from data/translations/ (see its README). Read once per
 * build. Server-only ($lib/server): pages receive the titles they show, never the whole table.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { csvRecords, parseCsv } from '../format/csv';
import { unLanguages, type OfficialTitle } from '../domain/un-languages';
import type { PageTitles } from '../i18n/framework-titles.svelte';

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

/** Codes in a page's answer that name a target (15.1, 15.a) or an indicator (15.1.1, 15.a.1). */
const codePattern = { target: /^\d{1,2}\.[0-9a-z]{1,2}$/, indicator: /^\d{1,2}\.[0-9a-z]{1,2}\.\d{1,2}$/ } as const;

function codesIn(value: unknown, found: Record<'target' | 'indicator', Set<string>>, seen = new Set<object>()): void {
	if (typeof value === 'string') {
		if (codePattern.indicator.test(value)) found.indicator.add(value);
		else if (codePattern.target.test(value)) found.target.add(value);
	} else if (value && typeof value === 'object' && !seen.has(value)) {
		seen.add(value);
		for (const v of Object.values(value)) codesIn(v, found, seen);
	}
}

/**
 * The titles of the targets and indicators a page's answer names, in the page's language (by BCP 47
 * tag, as in data/translations/). The page's figures are the same in every language, but its
 * framework titles are the UN's in its language; figures answered later in the browser (filters)
 * name a subset of these codes. Codes without a translation are left out: the page shows the
 * English title, marked as English. Empty for English, whose titles are the data's own.
 */
export function pageTitlesIn(tag: string, answer: unknown): PageTitles {
	if (tag === 'en') return {};
	const found = { target: new Set<string>(), indicator: new Set<string>() };
	codesIn(answer, found);
	const titles: PageTitles = {};
	for (const level of ['target', 'indicator'] as const) {
		const { translated } = table(level);
		const byCode: Record<string, string> = {};
		for (const code of found[level]) {
			const row = translated.get(`${code} ${tag}`);
			if (row) byCode[code] = row.title;
		}
		titles[level] = byCode;
	}
	return titles;
}

/** Every goal's title and short title in one language, for the catalogue's companion file. */
export function goalTitlesIn(tag: string): Record<string, { title: string; short_title: string }> {
	const { translated } = table('goal');
	const out: Record<string, { title: string; short_title: string }> = {};
	for (const [key, row] of translated) if (key.endsWith(` ${tag}`)) out[row.goal] = { title: row.title, short_title: row.short_title };
	return out;
}

/** A goal's, target's or indicator's official title (and a goal's short title) in one language, if translated. */
export function translatedTitle(level: FrameworkLevel, code: string, tag: string): { title: string; short_title?: string } | undefined {
	const row = table(level).translated.get(`${code} ${tag}`);
	return row && { title: row.title, short_title: row.short_title || undefined };
}
