/** The build's vocabulary, as lookups for labels and as sets for checking URL parameters. */
import data from '../generated/vocabulary.json';
import type { VocabularyData } from '../domain/vocabulary';
import type { Vocabulary } from '../domain/filters';
import { currentLocale } from '../i18n/current';
import { goalShortTitle } from '../i18n/framework-titles.svelte';

export const vocabularyData = data as VocabularyData;

export const vocabulary: Vocabulary = {
	countries: new Set(vocabularyData.countries.map((c) => c.iso3)),
	regions: new Set(vocabularyData.regions.map((r) => r.name)),
	topics: new Set(vocabularyData.topics.map((t) => t.topic)),
	targets: new Set(vocabularyData.targets),
	indicators: new Set(vocabularyData.indicators)
};

const countries = new Map(vocabularyData.countries.map((c) => [c.iso3, c]));
let regionNames: { tag: string; names: Intl.DisplayNames } | null = null;

/**
 * A country's or area's name in the page's language: the UN M49 name in English (data/countries.csv);
 * in the other languages, the Unicode CLDR name of its ISO 3166 code (the browser's own, through
 * Intl), which is close to but not always the UN's official name in that language.
 */
export function countryName(iso3: string): string {
	const country = countries.get(iso3);
	if (!country) return iso3;
	const { code, tag } = currentLocale();
	if (code === 'en' || !country.iso2) return country.name;
	if (regionNames?.tag !== tag) regionNames = { tag, names: new Intl.DisplayNames([tag], { type: 'region', fallback: 'none' }) };
	return regionNames.names.of(country.iso2) ?? country.name;
}

// UN M49 codes of the regions, sub-regions and intermediate regions the data names.
const m49: Record<string, string> = {
	World: '001',
	Africa: '002',
	'South America': '005',
	Oceania: '009',
	'Western Africa': '011',
	'Central America': '013',
	'Eastern Africa': '014',
	'Northern Africa': '015',
	'Middle Africa': '017',
	'Southern Africa': '018',
	Americas: '019',
	'Northern America': '021',
	Caribbean: '029',
	'Eastern Asia': '030',
	'Southern Asia': '034',
	'South-eastern Asia': '035',
	'Southern Europe': '039',
	'Australia and New Zealand': '053',
	Melanesia: '054',
	Micronesia: '057',
	Polynesia: '061',
	Asia: '142',
	'Central Asia': '143',
	'Western Asia': '145',
	Europe: '150',
	'Eastern Europe': '151',
	'Northern Europe': '154',
	'Western Europe': '155',
	'Sub-Saharan Africa': '202',
	'Latin America and the Caribbean': '419'
};

/**
 * A UN M49 region's name (as data/countries.csv writes it in English) in the page's language: the
 * CLDR name of its M49 code through Intl, which is close to but not always the UN's own (CLDR's
 * French for 419 is "Amérique latine"); unknown names as they are.
 */
export function regionName(name: string): string {
	const { code, tag } = currentLocale();
	if (code === 'en' || !m49[name]) return name;
	if (regionNames?.tag !== tag) regionNames = { tag, names: new Intl.DisplayNames([tag], { type: 'region', fallback: 'none' }) };
	return regionNames.names.of(m49[name]) ?? name;
}

const goals = new Map(vocabularyData.goals.map((g) => [g.goal, g]));
export const goalLabel = (goal: number) => `${goal} ${goalShortTitle(goal, goals.get(goal)?.short_title ?? '')}`.trim();
export const goalColour = (goal: number) => goals.get(goal)?.colour ?? '#888888';

const topics = new Map(vocabularyData.topics.map((t) => [t.topic, t]));
/** A topic's label from data/topics.csv ("marine-coastal" reads "Marine, coastal"); an undescribed one as words. */
export const topicLabel = (topic: string) => topics.get(topic)?.label ?? topic.replaceAll('-', ' ');
/** The address of a described topic's page, without the base path; null for an import's own topic. */
export const topicPath = (topic: string) => {
	const page = topics.get(topic)?.page;
	return page ? `/topics/${page}` : null;
};
export { textOn as textOnGoal } from './colour';
