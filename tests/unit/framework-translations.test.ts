/**
 * The framework's titles in the other five UN languages (data/translations/) must be the official
 * ones, code for code, language for language and title for title, as the reference extract carries
 * them; and they must fit the framework in data/ (the part that runs on a fresh clone too).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { csvRecords, parseCsv } from '../../src/lib/format/csv';
import { olderWordingIndicators, unLanguages } from '../../src/lib/domain/un-languages';
import { officialTitles } from '../../src/lib/server/framework-translations';
import { hasReference, referenceDir } from '../reference';

const translationsDir = join(referenceDir, 'sdg-translations');
const kinds = [
	{ file: 'goals.csv', ours: 'sdg_goals.csv', key: 'goal', fields: ['title', 'short_title'] },
	{ file: 'targets.csv', ours: 'sdg_targets.csv', key: 'target', fields: ['title'] },
	{ file: 'indicators.csv', ours: 'sdg_indicators.csv', key: 'indicator', fields: ['title'] }
] as const;
const read = (path: string) => csvRecords(parseCsv(readFileSync(path, 'utf8')));
const translations = (name: string) => read(join('data/translations', name));
const otherLanguages = unLanguages.filter((l) => l.tag !== 'en').map((l) => l.tag);

describe('data/translations fits the framework in data/', () => {
	for (const k of kinds) {
		it(`has every ${k.key} of the framework in each of the five other languages, and nothing else`, () => {
			const codes = read(join('data', k.ours)).map((r) => r[k.key]);
			const rows = translations(k.ours);
			const have = new Set(rows.map((r) => `${r[k.key]} ${r.lang}`));
			const expected = codes.flatMap((c) => otherLanguages.map((l) => `${c} ${l}`));
			// 11.5.3 is the one indicator the source has no translation for.
			const missing = expected.filter((e) => !have.has(e));
			expect(missing).toEqual(k.key === 'indicator' ? otherLanguages.map((l) => `11.5.3 ${l}`) : []);
			expect(rows.filter((r) => !expected.includes(`${r[k.key]} ${r.lang}`))).toEqual([]);
			expect(rows.filter((r) => r.title.trim() === '')).toEqual([]);
		});
	}

	it('is in composed form (NFC), as the web expects, so that a typed search finds it', () => {
		for (const k of kinds) {
			const text = readFileSync(join('data/translations', k.ours), 'utf8');
			expect(text === text.normalize('NFC'), k.ours).toBe(true);
		}
	});

	it('marks the indicators whose translations may follow an older English wording, and only those', () => {
		const older = new Set(
			translations('sdg_indicators.csv')
				.filter((r) => r.wording === 'older')
				.map((r) => r.indicator)
		);
		expect([...older].sort()).toEqual(olderWordingIndicators.filter((c) => c !== '11.5.3').sort());
		expect(new Set(translations('sdg_indicators.csv').map((r) => r.wording))).toEqual(new Set(['current', 'older']));
	});

	it('gives a page six titles: English first-hand, a marked older wording, and English standing in where none is published', () => {
		const t1553 = officialTitles('indicator', '11.5.3');
		expect(t1553.map((t) => t.lang.tag)).toEqual(unLanguages.map((l) => l.tag));
		const english = t1553.find((t) => t.lang.tag === 'en')!;
		expect(english.status).toBe('official');
		for (const t of t1553.filter((t) => t.lang.tag !== 'en')) expect([t.status, t.title]).toEqual(['missing', english.title]);
		expect(officialTitles('indicator', '15.4.2').filter((t) => t.status === 'older')).toHaveLength(5);
		const goal1 = officialTitles('goal', '1');
		expect(goal1.find((t) => t.lang.tag === 'fr')).toMatchObject({
			status: 'official',
			title: 'Éliminer la pauvreté sous toutes ses formes et partout dans le monde'
		});
		expect(officialTitles('target', 'no-such-target')).toEqual([]);
	});
});

const present = hasReference('The framework translations check (tests/unit/framework-translations.test.ts)', [
	...kinds.map((k) => join(translationsDir, k.file)),
	join(translationsDir, 'README.md')
]);

describe.skipIf(!present)('data/translations carries the official translations exactly', () => {
	for (const k of kinds) {
		it(`has the ${k.key} titles of ${k.file}, title for title`, () => {
			const pick = (r: Record<string, string>) => [r[k.key], r.lang, ...k.fields.map((f) => r[f])];
			// Carried in composed form (NFC): the same text, canonically equivalent, letter for letter.
			const official = read(join(translationsDir, k.file)).filter((r) => r.title.trim() !== '');
			for (const r of official) for (const f of k.fields) r[f] = r[f].normalize('NFC');
			expect(translations(k.ours).map(pick)).toEqual(official.map(pick));
		});
	}

	it('marks exactly the indicators the reference names as differing in English, and leaves out the one it leaves empty', () => {
		const readme = readFileSync(join(translationsDir, 'README.md'), 'utf8');
		for (const c of olderWordingIndicators) expect(readme, c).toContain(c);
		const empty = read(join(translationsDir, 'indicators.csv')).filter((r) => r.title.trim() === '');
		expect([...new Set(empty.map((r) => r.indicator))]).toEqual(['11.5.3']);
	});
});
