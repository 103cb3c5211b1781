/** Citizen-science networks: associations, national networks, consortia and platforms (/networks). */
import type { CountryProjectsRow } from './geography';

export const networkKinds = ['global network', 'regional association', 'national network', 'thematic consortium', 'platform'] as const;
export type NetworkKind = (typeof networkKinds)[number];
export interface NetworkRow {
	network_id: string;
	name: string;
	website: string | null;
	kind: NetworkKind;
	/** UN M49 regions served, or World. */
	regions: string[];
	/** ISO alpha-3 codes of the countries served; empty for a network of a whole region or the world. */
	countries: string[];
	founded: number | null;
	/** Curated topics it works on (the maintainers' reading of its focus). */
	topics: string[];
	/** Projects of the inventory linked to it. */
	projects: number;
}

export interface NetworkSource {
	field: string;
	source_url: string;
	quote: string;
}

export interface NetworkInfo extends NetworkRow {
	gp_relation: string | null;
	focus: string | null;
	description: string | null;
	sources: NetworkSource[];
}

export interface NetworkProject {
	project_id: string;
	name: string;
	role: string;
	source_url: string;
	quote: string;
	goals: number[];
}

/** A UN M49 area (intermediate region, else sub-region) where projects work and no association does. */
export interface UnservedPlace {
	region: string;
	area: string;
	projects: number;
}

export interface NetworksOverview {
	networks: NetworkRow[];
	/** For the map: networks naming each country (in the map's row shape, `projects` counting networks). */
	perCountry: CountryProjectsRow[];
	/** Networks naming no country: of a whole region or the world. */
	unplaced: number;
	/** Distinct projects of the inventory in at least one network (a project may be in several). */
	linkedProjects: number;
	unserved: UnservedPlace[];
}
