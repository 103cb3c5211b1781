/**
 * The curated topics in the other five UN languages (data/translations/topics.csv): complete and
 * checked by the build, shown through the catalogue in the page's language, found by the search in
 * it, and the JRC inventory's fields kept in English, marked so.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { topicTextsIn, topicTranslationProblems } from '../../src/lib/server/topic-translations';
import { searchRowsIn } from '../../src/lib/server/search-in-language';
import { distinctTopicLabel, topicLabel, topicLang } from '../../src/lib/format/vocabulary';
import { describeFilters } from '../../src/lib/format/filter-labels';
import { emptyFilters } from '../../src/lib/domain/filters';
import { translatedTopicDescription } from '../../src/lib/i18n/topic-labels';
import { loadCatalogue, setLocale } from '../../src/lib/i18n/i18n';
import { csvRecords, parseCsv } from '../../src/lib/format/csv';

afterEach(() => setLocale('en'));

const curated = csvRecords(parseCsv(readFileSync('data/topics.csv', 'utf8'))).filter((t) => t.vocabulary === 'curated');

describe("the curated topics' translations", () => {
	it('give every curated topic a label and a description in each of the five languages, in composed Unicode', () => {
		expect(topicTranslationProblems('data')).toEqual([]);
		for (const tag of ['ar', 'es', 'fr', 'ru', 'zh-Hans']) {
			const texts = topicTextsIn(tag);
			expect(Object.keys(texts).sort()).toEqual(curated.map((t) => t.topic).sort());
			for (const { label, description } of Object.values(texts)) {
				expect(label.normalize('NFC')).toBe(label);
				expect(description.normalize('NFC')).toBe(description);
			}
		}
	});

	it('are refused by the build, with the row, for a topic that is not curated, a missing language or a repeat', () => {
		const dir = mkdtempSync(join(tmpdir(), 'topic-translations-'));
		cpSync('data/topics.csv', join(dir, 'topics.csv'));
		cpSync('data/translations', join(dir, 'translations'), { recursive: true });
		const file = join(dir, 'translations/topics.csv');
		const lines = readFileSync(file, 'utf8').trimEnd().split('\n');
		const dropped = lines.findIndex((l) => l.startsWith('birds,ru,'));
		const edited = [...lines.filter((_, i) => i !== dropped), 'noise,fr,Bruit,Le bruit.', lines[1]];
		writeFileSync(file, edited.join('\n') + '\n');
		expect(topicTranslationProblems(dir)).toEqual([
			`${file} row ${edited.length - 1}: topic "noise" is not a curated topic of ${dir}/topics.csv`,
			`${file} row ${edited.length}: a second row for ${lines[1].split(',')[0]} in ${lines[1].split(',')[1]}`,
			`${file}: no ru row for the curated topic "birds"`
		]);
	});

	it("name a topic in the page's language once its catalogue is loaded, and keep the JRC's fields in English, marked", async () => {
		expect(topicLabel('air-quality')).toBe('Air quality');
		expect(topicLang('air-quality')).toBeUndefined();
		await loadCatalogue('fr');
		setLocale('fr');
		expect(topicLabel('air-quality')).toBe('Qualité de l’air');
		expect(topicLang('air-quality')).toBeUndefined();
		expect(translatedTopicDescription('birds', 'English')).toBe(topicTextsIn('fr').birds.description);
		// A JRC field: published in English, so marked English on a French page.
		expect(topicLabel('Noise')).toBe('Noise');
		expect(topicLang('Noise')).toBe('en');
		// An import's own topic: its language is unknown, so it is not marked at all.
		expect(topicLabel('my-own-topic')).toBe('my own topic');
		expect(topicLang('my-own-topic')).toBeUndefined();
	});

	it('tell a JRC field from the curated topic of the same label where both appear, in the language shown', async () => {
		const jrc = csvRecords(parseCsv(readFileSync('data/topics.csv', 'utf8'))).filter((t) => t.vocabulary === 'jrc-field');
		const shared = jrc.filter((j) => curated.some((c) => c.label === j.label)).map((j) => j.topic);
		// The published vocabularies share two labels; the rest of the JRC's fields keep theirs.
		expect(shared.sort()).toEqual(['Air quality', 'Climate']);
		expect(distinctTopicLabel('Air quality')).toBe('Air quality (JRC field)');
		expect(distinctTopicLabel('air-quality')).toBe('Air quality');
		expect(distinctTopicLabel('Noise')).toBe('Noise');
		expect(describeFilters({ ...emptyFilters, topics: ['air-quality', 'Air quality'] })).toContain('Air quality (JRC field)');
		// In French the curated topic is "Qualité de l’air": the English field is no longer ambiguous.
		await loadCatalogue('fr');
		setLocale('fr');
		expect(distinctTopicLabel('Air quality')).toBe('Air quality');
		expect(distinctTopicLabel('Climate')).toBe('Climate');
	});

	it("are what the search finds a topic by in the page's language, with its English words behind", () => {
		const row = { kind: 'topic' as const, code: 'air-quality', keys: 'pollution smog', title: 'Air quality', text: 'Measuring air pollutants', goal: null };
		const [french] = searchRowsIn('fr', [row]);
		expect(french.title).toBe('Qualité de l’air');
		expect(french.text).toContain(topicTextsIn('fr')['air-quality'].description);
		expect(french.text).toContain('Air quality');
		expect(searchRowsIn('en', [row])).toEqual([row]);
		const jrc = { ...row, code: 'jrc-noise', title: 'Noise (JRC inventory field)' };
		expect(searchRowsIn('fr', [jrc])).toEqual([jrc]);
		// Countries by their name in the language, and by their UN English name.
		const kenya = { kind: 'country' as const, code: 'KEN', keys: 'KEN KE', title: 'Kenya', text: '', goal: null };
		expect(searchRowsIn('es', [kenya])).toEqual([{ ...kenya, title: 'Kenia', text: 'Kenya' }]);
	});
});
