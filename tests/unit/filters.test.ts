import { describe, expect, it } from 'vitest';
import { emptyFilters, isEmpty, parseFilters, serializeFilters, toggle, type Vocabulary } from '../../src/lib/domain/filters';
import { problemNote } from '../../src/lib/format/filter-labels';
import { parseYear } from '../../src/lib/import/values';
import { filterQuery, vocabulary, vocabularyData } from '../../src/lib/format/vocabulary';

const parse = (qs: string, vocab?: Vocabulary) => parseFilters(new URLSearchParams(qs), vocab);

describe('parseFilters / serializeFilters', () => {
	it('reads every filter and writes one canonical query string back', () => {
		const qs =
			'goal=15,3&target=15.5&indicator=15.5.1&strength=potential,direct&country=ken,GBR&region=Eastern Africa&from=2010&to=2020&topic=birds,biodiversity';
		const { filters, problems } = parse(qs);
		expect(problems).toEqual([]);
		expect(filters).toEqual({
			goals: [3, 15],
			target: '15.5',
			indicator: '15.5.1',
			strengths: ['direct', 'potential'],
			countries: ['GBR', 'KEN'],
			region: 'Eastern Africa',
			from: 2010,
			to: 2020,
			topics: ['biodiversity', 'birds']
		});
		const canonical = serializeFilters(filters);
		expect(canonical).toBe(
			'goal=3,15&target=15.5&indicator=15.5.1&strength=direct,potential&country=GBR,KEN&region=Eastern+Africa&from=2010&to=2020&topic=biodiversity,birds'
		);
		expect(parse(canonical).filters).toEqual(filters);
	});

	it('reports each bad parameter with what was expected, and keeps the good ones', () => {
		const { filters, problems } = parse('goal=0,15,abc&strength=strong&country=Kenya&from=20x0&to=2020&target=15&indicator=15.5&topic=DROP TABLE');
		expect(filters).toEqual({ ...emptyFilters, goals: [15], to: 2020 });
		expect(problems.map(({ param, value, note }) => ({ param, value, note }))).toEqual([
			{ param: 'goal', value: '0', note: 'expected a goal number from 1 to 17' },
			{ param: 'goal', value: 'abc', note: 'expected a goal number from 1 to 17' },
			{ param: 'target', value: '15', note: 'expected a target code such as 15.5' },
			{ param: 'indicator', value: '15.5', note: 'expected an indicator code such as 15.5.1' },
			{ param: 'strength', value: 'strong', note: 'expected one of: direct, indirect, potential, scored-2, scored-1' },
			{ param: 'country', value: 'Kenya', note: 'expected an ISO 3166-1 alpha-3 code such as KEN' },
			{ param: 'from', value: '20x0', note: 'expected a four-digit year between 1500 and 2100' },
			{ param: 'topic', value: 'DROP TABLE', note: 'expected a topic of the inventory such as biodiversity' }
		]);
		// The page says the same in its language: in English, word for word.
		for (const p of problems) expect(problemNote(p)).toBe(p.note);
	});

	it('takes any year an imported record may hold (the inventory starts in 1736), and no earlier', () => {
		expect(parse('from=1736&to=1800').filters).toMatchObject({ from: 1736, to: 1800 });
		const { filters, problems } = parse('from=1499');
		expect(filters.from).toBeNull();
		expect(problems[0]).toMatchObject({ param: 'from', note: 'expected a four-digit year between 1500 and 2100' });
		expect(parseYear('1499')).toMatchObject({ key: 'import.issue.yearRange' });
		expect(parseYear('1736')).toEqual({ year: 1736 });
	});

	it('drops an inverted year range end and says so', () => {
		const { filters, problems } = parse('from=2020&to=2010');
		expect(filters.from).toBe(2020);
		expect(filters.to).toBeNull();
		expect(problems[0]).toMatchObject({ param: 'to', note: 'expected a year not before from=2020' });
		expect(problemNote(problems[0])).toBe(problems[0].note);
	});

	it('checks codes against a vocabulary when one is given', () => {
		const vocab: Vocabulary = {
			countries: new Set(['KEN']),
			regions: new Set(['Africa']),
			topics: new Set(['birds']),
			targets: new Set(['15.5']),
			indicators: new Set(['15.5.1'])
		};
		const { filters, problems } = parse('country=KEN,XYZ&region=Atlantis&topic=birds,cats&target=15.9&indicator=15.5.9', vocab);
		expect(filters).toMatchObject({ countries: ['KEN'], topics: ['birds'], region: null, target: null, indicator: null });
		expect(problems.map((p) => `${p.param}=${p.value}`)).toEqual(['target=15.9', 'indicator=15.5.9', 'country=XYZ', 'region=Atlantis', 'topic=cats']);
	});

	it('names every published topic in the address by its page, and reads each back (the JRC fields are named by labels with spaces and commas)', () => {
		for (const { topic } of vocabularyData.topics) {
			const query = filterQuery({ ...emptyFilters, topics: [topic] });
			expect(query).toMatch(/^topic=[a-z][a-z-]*$/);
			expect(parse(query, vocabulary)).toEqual({ filters: { ...emptyFilters, topics: [topic] }, problems: [] });
		}
		// A page that named another topic would send that topic's old links to this one.
		const ids = new Set(vocabularyData.topics.map((x) => x.topic));
		expect(vocabularyData.topics.filter((x) => x.page && x.page !== x.topic && ids.has(x.page))).toEqual([]);
		const jrc = { ...emptyFilters, topics: ['Biodiversity, nature and landscapes', 'Air quality', 'air-quality'] };
		expect(filterQuery(jrc)).toBe('topic=air-quality,jrc-air-quality,jrc-biodiversity-nature-and-landscapes');
		expect(parse(filterQuery(jrc), vocabulary).filters.topics).toEqual(['Air quality', 'Biodiversity, nature and landscapes', 'air-quality']);
		// A JRC field named by its label is not an address's topic: said, not guessed.
		expect(parse('topic=Air quality', vocabulary).problems.map((p) => `${p.param}=${p.value}`)).toEqual(['topic=Air quality']);
	});

	it('ignores parameters it does not know and treats no filter as empty', () => {
		expect(isEmpty(parse('utm_source=mail').filters)).toBe(true);
		expect(serializeFilters(emptyFilters)).toBe('');
	});

	it('toggles list values', () => {
		const once = toggle(emptyFilters, 'goals', 15);
		expect(once.goals).toEqual([15]);
		expect(toggle(once, 'goals', 15).goals).toEqual([]);
		expect(emptyFilters.goals).toEqual([]);
	});
});
