/** The active filters in words: chips in the filter bar, and the filter line of every export. */
import { strengthLabel } from '../domain/strength';
import type { Filters } from '../domain/filters';
import { countryName, goalLabel, topicLabel } from './vocabulary';

export interface FilterLabel {
	key: keyof Filters;
	/** The value, for list filters (to remove just this one). */
	value?: string | number;
	label: string;
}

export function filterLabels(f: Filters): FilterLabel[] {
	const labels: FilterLabel[] = [];
	for (const g of f.goals) labels.push({ key: 'goals', value: g, label: `Goal ${goalLabel(g)}` });
	if (f.target) labels.push({ key: 'target', label: `Target ${f.target}` });
	if (f.indicator) labels.push({ key: 'indicator', label: `Indicator ${f.indicator}` });
	for (const s of f.strengths) labels.push({ key: 'strengths', value: s, label: `${strengthLabel[s]} links` });
	for (const c of f.countries) labels.push({ key: 'countries', value: c, label: countryName(c) });
	if (f.region) labels.push({ key: 'region', label: f.region });
	if (f.from !== null || f.to !== null) labels.push({ key: 'from', label: `Active ${f.from ?? '…'}–${f.to ?? '…'}` });
	for (const t of f.topics) labels.push({ key: 'topics', value: t, label: `Topic: ${topicLabel(t)}` });
	return labels;
}

/** One line for a file's metadata: "Goal 15 Life on land; Kenya", or "none". */
export function describeFilters(f: Filters): string {
	const labels = filterLabels(f);
	return labels.length ? labels.map((l) => l.label).join('; ') : 'none';
}
