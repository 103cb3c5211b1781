/** The values the filters offer, with how many projects each has. */

export interface VocabularyData {
	countries: { iso3: string; name: string; region: string | null; sub_region: string | null; projects: number }[];
	regions: { name: string; level: 'region' | 'sub_region' | 'intermediate_region'; projects: number }[];
	topics: { topic: string; projects: number }[];
	goals: { goal: number; short_title: string; colour: string }[];
	targets: string[];
	indicators: string[];
	years: { min: number | null; max: number | null };
}
