/** The build's vocabulary, as lookups for labels and as sets for checking URL parameters. */
import data from '../generated/vocabulary.json';
import type { VocabularyData } from '../domain/vocabulary';
import { serializeFilters, type Filters, type Vocabulary } from '../domain/filters';
import { currentLocale } from '../i18n/current';
import { t } from '../i18n/i18n';
import { translatedCountryName, translatedRegionName } from '../i18n/place-names';
import { goalShortTitle } from '../i18n/framework-titles.svelte';
import { topicTextLang, translatedTopicLabel } from '../i18n/topic-labels';

export const vocabularyData = data as VocabularyData;

// A published topic is named in an address by its page's name (a JRC field's name is its label).
const topicPages = vocabularyData.topics.flatMap((row) => (row.page && row.page !== row.topic ? [[row.topic, row.page] as const] : []));
const pageOfTopic = new Map(topicPages);

export const vocabulary: Vocabulary = {
	countries: new Set(vocabularyData.countries.map((c) => c.iso3)),
	regions: new Set(vocabularyData.regions.map((r) => r.name)),
	topics: new Set(vocabularyData.topics.map((t) => t.topic)),
	topicParams: new Map(topicPages.map(([topic, page]) => [page, topic])),
	targets: new Set(vocabularyData.targets),
	indicators: new Set(vocabularyData.indicators)
};

/** How an address names a topic: a published one by its page's name (parseFilters reads it back with `vocabulary`). */
export const topicParam = (topic: string): string => pageOfTopic.get(topic) ?? topic;
/** A filter state as an address's query string, each topic as `topicParam` names it. */
export const filterQuery = (f: Filters): string => serializeFilters(f, topicParam);

const countries = new Map(vocabularyData.countries.map((c) => [c.iso3, c]));

/**
 * A country's or area's name in the page's language: the UN M49 name in English (data/countries.csv);
 * in the other languages, the Unicode CLDR name of its ISO 3166 code, which is close to but not
 * always the UN's official name in that language. The build looks the names up (i18n/place-names.ts)
 * and the page's catalogue brings them, so the browser shows what the prerendered page shows.
 */
export function countryName(iso3: string): string {
	const country = countries.get(iso3);
	if (!country) return iso3;
	return translatedCountryName(iso3) ?? country.name;
}

/**
 * A UN M49 region's name (as data/countries.csv writes it in English) in the page's language: the
 * CLDR name of its M49 code, close to but not always the UN's own (CLDR's French for 419 is
 * "Amérique latine"); unknown names as they are.
 */
export const regionName = (name: string): string => translatedRegionName(name) ?? name;

const goals = new Map(vocabularyData.goals.map((g) => [g.goal, g]));
export const goalLabel = (goal: number) => `${goal} ${goalShortTitle(goal, goals.get(goal)?.short_title ?? '')}`.trim();
export const goalColour = (goal: number) => goals.get(goal)?.colour ?? '#888888';

const topics = new Map(vocabularyData.topics.map((t) => [t.topic, t]));
/**
 * A topic's label in the page's language (data/translations/topics.csv), else as data/topics.csv
 * gives it ("marine-coastal" reads "Marine, coastal"); an undescribed one as words.
 */
export const topicLabel = (topic: string) => translatedTopicLabel(topic, topics.get(topic)?.label ?? topic.replaceAll('-', ' '));
/**
 * A topic's label where topics of both vocabularies appear together (the flow diagram, the filter
 * chips and exports' filter lines): a JRC field whose label a curated topic also carries ("Air
 * quality", "Climate") is named as a JRC field, so the two are not read as one.
 */
export function distinctTopicLabel(topic: string): string {
	const label = topicLabel(topic);
	if (topics.get(topic)?.vocabulary !== 'jrc-field') return label;
	for (const other of topics.values())
		if (other.vocabulary !== 'jrc-field' && topicLabel(other.topic) === label) return t('topics.jrcFieldLabel', { topic: label });
	return label;
}
/**
 * Topics in the order of their labels in the page's language (the data list them by their English
 * labels, which is the order on English pages).
 */
export function inTopicLabelOrder<T extends { topic: string }>(rows: readonly T[]): T[] {
	const locale = currentLocale();
	if (locale.code === 'en') return [...rows];
	const collator = new Intl.Collator(locale.tag);
	return [...rows].sort((a, b) => collator.compare(topicLabel(a.topic), topicLabel(b.topic)));
}
/**
 * `lang` for a published topic's label: 'en' for a JRC field (published in English) on a page in
 * another language; undefined for an import's own topic, whose language nobody knows.
 */
export const topicLang = (topic: string) => (topics.has(topic) ? topicTextLang(topic) : undefined);
/** The address of a described topic's page, without the base path; null for an import's own topic. */
export const topicPath = (topic: string) => {
	const page = topics.get(topic)?.page;
	return page ? `/topics/${page}` : null;
};
export { textOn as textOnGoal } from './colour';
