/** The build's vocabulary, as lookups for labels and as sets for checking URL parameters. */
import data from '../generated/vocabulary.json';
import type { VocabularyData } from '../domain/vocabulary';
import type { Vocabulary } from '../domain/filters';

export const vocabularyData = data as VocabularyData;

export const vocabulary: Vocabulary = {
	countries: new Set(vocabularyData.countries.map((c) => c.iso3)),
	regions: new Set(vocabularyData.regions.map((r) => r.name)),
	topics: new Set(vocabularyData.topics.map((t) => t.topic)),
	targets: new Set(vocabularyData.targets),
	indicators: new Set(vocabularyData.indicators)
};

const countryNames = new Map(vocabularyData.countries.map((c) => [c.iso3, c.name]));
export const countryName = (iso3: string) => countryNames.get(iso3) ?? iso3;

const goals = new Map(vocabularyData.goals.map((g) => [g.goal, g]));
export const goalLabel = (goal: number) => `${goal} ${goals.get(goal)?.short_title ?? ''}`.trim();
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
