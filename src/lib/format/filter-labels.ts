/** The active filters in words: chips in the filter bar, and the filter line of every export; and what a bad address parameter should have been. */
import { t } from '../i18n/i18n';
import type { MessageKey } from '../i18n/translate';
import { strengthLabel } from './labels';
import type { Expectation, FilterProblem, Filters } from '../domain/filters';
import { countryName, distinctTopicLabel, goalLabel, regionName } from './vocabulary';

export interface FilterLabel {
	key: keyof Filters;
	/** The value, for list filters (to remove just this one). */
	value?: string | number;
	label: string;
}

export function filterLabels(f: Filters): FilterLabel[] {
	const labels: FilterLabel[] = [];
	for (const g of f.goals) labels.push({ key: 'goals', value: g, label: t('filters.label.goal', { goal: goalLabel(g) }) });
	if (f.target) labels.push({ key: 'target', label: t('filters.label.target', { target: f.target }) });
	if (f.indicator) labels.push({ key: 'indicator', label: t('filters.label.indicator', { indicator: f.indicator }) });
	for (const s of f.strengths) labels.push({ key: 'strengths', value: s, label: t('filters.label.strength', { strength: strengthLabel[s] }) });
	for (const c of f.countries) labels.push({ key: 'countries', value: c, label: countryName(c) });
	if (f.region) labels.push({ key: 'region', label: regionName(f.region) });
	if (f.from !== null || f.to !== null) labels.push({ key: 'from', label: t('filters.label.years', { from: f.from ?? '…', to: f.to ?? '…' }) });
	for (const topic of f.topics) labels.push({ key: 'topics', value: topic, label: t('filters.label.topic', { topic: distinctTopicLabel(topic) }) });
	return labels;
}

/** One line for a file's metadata: "Goal 15 Life on land; Kenya", or "none". */
export function describeFilters(f: Filters): string {
	const labels = filterLabels(f);
	return labels.length ? labels.map((l) => l.label).join('; ') : t('filters.label.none');
}

const expectations: Record<Exclude<Expectation['id'], 'one-of' | 'year-not-before' | 'country-profile' | 'topic-page'>, MessageKey> = {
	goal: 'filters.expects.goal',
	'target-code': 'filters.expects.targetCode',
	target: 'filters.expects.target',
	'indicator-code': 'filters.expects.indicatorCode',
	indicator: 'filters.expects.indicator',
	iso3: 'filters.expects.iso3',
	country: 'filters.expects.country',
	region: 'filters.expects.region',
	year: 'filters.expects.year',
	topic: 'filters.expects.topic',
	flag: 'filters.expects.flag',
	page: 'filters.expects.page',
	column: 'filters.expects.column'
};

/** What a parameter the page could not use should have been, in the page's language. */
export function problemNote({ expects }: FilterProblem): string {
	if (expects.id === 'one-of') return t('filters.expects.oneOf', { options: expects.options });
	if (expects.id === 'year-not-before') return t('filters.expects.yearNotBefore', { from: expects.from });
	if (expects.id === 'country-profile') return t('filters.expects.countryProfile', { name: expects.name });
	if (expects.id === 'topic-page') return t('filters.expects.topicPage', { topic: expects.name });
	return t(expectations[expects.id]);
}
