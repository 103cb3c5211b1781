/**
 * The linked filters, as plain data: what a URL's query string says, checked value by value.
 * A bad parameter is reported (which parameter, what value, what was expected) and ignored; the
 * rest of the URL still applies. Serialising gives one canonical query string per filter state.
 */
import { strengths, type Strength } from './strength';

export interface Filters {
	goals: number[];
	target: string | null;
	indicator: string | null;
	strengths: Strength[];
	countries: string[];
	region: string | null;
	from: number | null;
	to: number | null;
	topics: string[];
}

export type FilterKey = keyof Filters;

export const emptyFilters: Filters = Object.freeze({
	goals: [],
	target: null,
	indicator: null,
	strengths: [],
	countries: [],
	region: null,
	from: null,
	to: null,
	topics: []
}) as Filters;

/**
 * The years a filter or an imported record may name: some phenology records reach back to the 1700s
 * (Marsham's Indicators of Spring began in 1736), so a filter must reach as far as the data does.
 */
export const yearRange = { first: 1500, last: 2100 } as const;

/** Whether any filter is on the links (goal, target, indicator, strength): a project without a link cannot match one. */
export const hasLinkFilter = (f: Filters) => f.goals.length > 0 || f.target !== null || f.indicator !== null || f.strengths.length > 0;

export interface FilterProblem {
	param: string;
	value: string;
	/** What was expected, in English: for logs, tests and machine readers. */
	note: string;
	/** The same, as data, for the page to say in its language (format/filter-labels.ts problemNote). */
	expects: Expectation;
}

/** What an address parameter's value must be, named for each language's message. */
export type Expectation =
	| { id: 'goal' | 'target-code' | 'target' | 'indicator-code' | 'indicator' | 'iso3' | 'country' | 'region' | 'year' | 'topic' | 'flag' | 'page' | 'column' }
	| { id: 'one-of'; options: string }
	| { id: 'year-not-before'; from: number }
	/** A country, region or topic filter a profile page does not apply: the page is that country or topic. */
	| { id: 'country-profile' | 'topic-page'; name: string };

/** What a value must look like, known without the data: the data may still not hold it. */
export interface Vocabulary {
	countries: ReadonlySet<string>;
	regions: ReadonlySet<string>;
	topics: ReadonlySet<string>;
	/**
	 * A topic by the value that names it in an address, where that is not the topic itself: its
	 * page's name ("jrc-air-quality" for the JRC field "Air quality", whose label is its name in the
	 * data and holds spaces, and commas in "Biodiversity, nature and landscapes").
	 */
	topicParams?: ReadonlyMap<string, string>;
	targets: ReadonlySet<string>;
	indicators: ReadonlySet<string>;
}

const list = (raw: string | null) =>
	(raw ?? '')
		.split(',')
		.map((s) => s.trim())
		.filter(Boolean);
const unique = <T>(xs: T[]) => [...new Set(xs)];

export function parseFilters(params: URLSearchParams, vocab?: Vocabulary): { filters: Filters; problems: FilterProblem[] } {
	const problems: FilterProblem[] = [];
	const problem = (param: string, value: string, note: string, expects: Expectation) => problems.push({ param, value, note, expects });
	const f: Filters = { ...emptyFilters, goals: [], strengths: [], countries: [], topics: [] };

	for (const v of list(params.get('goal'))) {
		const n = Number(v);
		if (/^\d{1,2}$/.test(v) && n >= 1 && n <= 17) f.goals.push(n);
		else problem('goal', v, 'expected a goal number from 1 to 17', { id: 'goal' });
	}
	const target = params.get('target');
	if (target !== null) {
		if (!/^\d{1,2}\.(\d{1,2}|[a-z])$/.test(target)) problem('target', target, 'expected a target code such as 15.5', { id: 'target-code' });
		else if (vocab && !vocab.targets.has(target)) problem('target', target, 'expected an official SDG target', { id: 'target' });
		else f.target = target;
	}
	const indicator = params.get('indicator');
	if (indicator !== null) {
		if (!/^\d{1,2}\.(\d{1,2}|[a-z])\.\d{1,2}$/.test(indicator))
			problem('indicator', indicator, 'expected an indicator code such as 15.5.1', { id: 'indicator-code' });
		else if (vocab && !vocab.indicators.has(indicator)) problem('indicator', indicator, 'expected an official SDG indicator', { id: 'indicator' });
		else f.indicator = indicator;
	}
	for (const v of list(params.get('strength'))) {
		if ((strengths as readonly string[]).includes(v)) f.strengths.push(v as Strength);
		else problem('strength', v, `expected one of: ${strengths.join(', ')}`, { id: 'one-of', options: strengths.join(', ') });
	}
	for (const raw of list(params.get('country'))) {
		const v = raw.toUpperCase();
		if (!/^[A-Z]{3}$/.test(v)) problem('country', raw, 'expected an ISO 3166-1 alpha-3 code such as KEN', { id: 'iso3' });
		else if (vocab && !vocab.countries.has(v)) problem('country', raw, 'expected a known ISO 3166-1 alpha-3 country code', { id: 'country' });
		else f.countries.push(v);
	}
	const region = params.get('region');
	if (region !== null) {
		if (region.length > 80 || (vocab && !vocab.regions.has(region)))
			problem('region', region, 'expected a UN M49 region or sub-region name such as Eastern Africa', { id: 'region' });
		else f.region = region;
	}
	for (const key of ['from', 'to'] as const) {
		const v = params.get(key);
		if (v === null) continue;
		if (/^\d{4}$/.test(v) && Number(v) >= yearRange.first && Number(v) <= yearRange.last) f[key] = Number(v);
		else problem(key, v, `expected a four-digit year between ${yearRange.first} and ${yearRange.last}`, { id: 'year' });
	}
	if (f.from !== null && f.to !== null && f.from > f.to) {
		problem('to', String(f.to), `expected a year not before from=${f.from}`, { id: 'year-not-before', from: f.from });
		f.to = null;
	}
	for (const v of list(params.get('topic'))) {
		const topic = vocab?.topicParams?.get(v) ?? v;
		if (!/^[a-z][a-z-]{0,60}$/.test(v) || (vocab && !vocab.topics.has(topic)))
			problem('topic', v, 'expected a topic of the inventory such as biodiversity', { id: 'topic' });
		else f.topics.push(topic);
	}
	f.goals = unique(f.goals).sort((a, b) => a - b);
	f.strengths = strengths.filter((s) => f.strengths.includes(s));
	f.countries = unique(f.countries).sort();
	f.topics = unique(f.topics).sort();
	return { filters: f, problems };
}

/**
 * The canonical query string of a filter state (no leading "?"); empty filters give "".
 * `topicParam` names a topic in the address (format/vocabulary.ts filterQuery gives the published
 * topics' page names, which parseFilters reads back through Vocabulary.topicParams).
 */
export function serializeFilters(f: Filters, topicParam: (topic: string) => string = (topic) => topic): string {
	const p = new URLSearchParams();
	if (f.goals.length) p.set('goal', [...f.goals].sort((a, b) => a - b).join(','));
	if (f.target) p.set('target', f.target);
	if (f.indicator) p.set('indicator', f.indicator);
	if (f.strengths.length) p.set('strength', strengths.filter((s) => f.strengths.includes(s)).join(','));
	if (f.countries.length) p.set('country', [...f.countries].sort().join(','));
	if (f.region) p.set('region', f.region);
	if (f.from !== null) p.set('from', String(f.from));
	if (f.to !== null) p.set('to', String(f.to));
	if (f.topics.length) p.set('topic', f.topics.map(topicParam).sort().join(','));
	// Commas stay readable in shared links.
	return p.toString().replaceAll('%2C', ',');
}

export function isEmpty(f: Filters): boolean {
	return serializeFilters(f) === '';
}

/** Add or remove one value of a list filter. */
export function toggle<K extends 'goals' | 'strengths' | 'countries' | 'topics'>(f: Filters, key: K, value: Filters[K][number]): Filters {
	const current = f[key] as unknown[];
	const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
	return { ...f, [key]: next };
}
