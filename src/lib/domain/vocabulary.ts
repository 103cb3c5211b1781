/** The values the filters offer, with how many projects each has. */

export interface VocabularyData {
	countries: { iso3: string; iso2: string | null; name: string; region: string | null; sub_region: string | null; projects: number }[];
	regions: { name: string; level: 'region' | 'sub_region' | 'intermediate_region'; projects: number }[];
	/** Topics with their projects; label, page and vocabulary where data/topics.csv describes them (null for an import's own). */
	topics: { topic: string; projects: number; label: string | null; page: string | null; vocabulary: 'curated' | 'jrc-field' | null }[];
	goals: { goal: number; short_title: string; colour: string }[];
	targets: string[];
	indicators: string[];
	years: { min: number | null; max: number | null };
}
