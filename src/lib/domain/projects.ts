/** Projects as lists, pages and inventory records. */
import type { LinkSource } from './evidence';

export interface ProjectRow {
	project_id: string;
	name: string;
	url: string | null;
	organisation: string | null;
	start_year: number | null;
	end_year: number | null;
	status: string;
	geographic_scale: string;
	/** Goals the project's links in scope reach, ascending. */
	goals: number[];
	/**
	 * Under a link filter (goal, target, indicator, strength), the project's other goals, ascending:
	 * those its links in the datasets shown reach and `goals` lacks (a repeated indicator's link
	 * counts under each goal that lists it, as in `goals`). A list shows them apart, so that a goal
	 * page's projects do not seem to reach that goal alone. Empty without a link filter, when
	 * `goals` are all of them.
	 */
	other_goals: number[];
	/** Number of countries the project names (0 for global scale). */
	countries: number;
}

export const projectSorts = ['name', 'start_year', 'goals', 'countries'] as const;

export type ProjectSort = (typeof projectSorts)[number];

/**
 * A profile page (a country's, a topic's) lists this many of its projects, the first by name, says
 * how many there are in all, and links the directory for them all (its export holds them all too).
 * The published data's longest lists, 332 rows on a JRC field's page and 183 on Great Britain's,
 * were most of their pages' HTML; at a million links a topic's tens of thousands of rows took
 * seconds to draw. A filter's projects are then named from the build's project list, which the
 * page preloads when its own rows are cut (queries/shipped.ts), as a goal page's are.
 */
export const profileListLimit = 50;

/** A page lists fewer projects than it counts: its rows cannot name every project a filter leaves. */
export const listIsCut = (page: { projects: readonly unknown[]; projectCount: number }): boolean => page.projects.length < page.projectCount;

export interface ProjectListOptions {
	/** Case-insensitive text found in the name, organisation or description. */
	search?: string;
	sort?: ProjectSort;
	descending?: boolean;
	limit?: number;
	offset?: number;
	/** Also the projects that list no SDG link at all (only while no SDG or strength filter is set, which they could not match). */
	withUnlinked?: boolean;
}

export interface ProjectDetail {
	project_id: string;
	name: string;
	url: string | null;
	organisation: string | null;
	description: string;
	start_year: number | null;
	end_year: number | null;
	status: string;
	geographic_scale: string;
	topics: string[];
	record_source: string | null;
	/** 'embedded', or the id of the imported dataset the project came from. */
	dataset: string;
	countries: { iso3: string; name: string; region: string | null }[];
	links: ({ sdg_code: string; level: string; strength: string; rationale: string; goal: number; title: string; colour: string } & LinkSource)[];
}

/** A project as the detail page knows it, with its topics as stored, its country names and its links. */
export type InventoryRecord = Pick<
	ProjectDetail,
	'project_id' | 'dataset' | 'name' | 'url' | 'organisation' | 'description' | 'start_year' | 'end_year' | 'status' | 'geographic_scale'
> & {
	/** Semicolon-separated, as stored. */
	topics: string | null;
	/** Country names (UN M49), alphabetical. */
	countries: string[];
	/** SDG codes in official order, each with its strength and evidence type (NULL where a file gave none). */
	links: { code: string; strength: string; evidence_type: string | null }[];
};
