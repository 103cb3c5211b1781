/** Topic communities: projects on one topic across the world (/topics, /topics/ID). */
import type { FeedRow } from './countries';
import type { Filters } from './filters';
import type { CountryProjectsRow } from './geography';
import type { GoalProjectsRow } from './goals';
import type { ProjectRow } from './projects';

export type TopicVocabulary = 'curated' | 'jrc-field';

export interface TopicInfo {
	/** The value projects carry in their topics. */
	topic: string;
	page: string;
	label: string;
	vocabulary: TopicVocabulary;
	description: string;
	/** For a JRC field, the curated topics closest to it (links only, never merged). */
	related: { topic: string; page: string; label: string }[];
}

/** One row of the topic × region matrix. */
export interface TopicMatrixRow {
	topic: string;
	/** Null for a topic no vocabulary describes (an import's own). */
	page: string | null;
	label: string;
	vocabulary: TopicVocabulary | 'other';
	projects: number;
	/** Projects naming a country in each UN region, in the order of `TopicMatrix.regions`. */
	byRegion: number[];
	/** Global-scale projects naming no country (one naming countries counts in their regions). */
	global: number;
}

export interface TopicMatrix {
	regions: string[];
	rows: TopicMatrixRow[];
}

/** A sub-region and how many projects work there: on the topic, and on any topic. */
export interface TopicPlaceRow {
	region: string;
	sub_region: string;
	on_topic: number;
	all_topics: number;
}

export interface TopicPage {
	perGoal: GoalProjectsRow[];
	/** The projects the page lists, by name: the first `profileListLimit` of `projectCount`. */
	projects: ProjectRow[];
	projectCount: number;
	/** For the map: every country the topic's projects name, whatever the place filters (the map's own dimension). */
	countries: CountryProjectsRow[];
	/** Countries named by the projects in scope, place filters applied (the figure). */
	countriesInScope: number;
	/** UN M49 regions (those with sub-regions, as `places` lists them) of the countries counted in `countriesInScope`. */
	regionsInScope: number;
	/** Global-scale projects in scope that name no country, every filter applied (the figure, as the topics' matrix counts its Global column). */
	globalProjects: number;
	/** The same, the place filters left out as the map leaves them: what the map says it cannot draw. */
	unplacedGlobal: number;
	/** Targets and indicators the topic's projects feed, at their strongest link. */
	feeds: FeedRow[];
	/** Every M49 sub-region, with projects on the topic and on any topic there. */
	places: TopicPlaceRow[];
}

/** The page's filters: the topic is the page's own, whatever topics the address names. */
export const onTopic = (f: Filters, topic: string): Filters => ({ ...f, topics: [topic] });
