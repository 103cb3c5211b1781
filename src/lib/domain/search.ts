/** The site search: one document per page a visitor can look for. */

export const searchKinds = ['goal', 'target', 'indicator', 'country', 'topic', 'network', 'project'] as const;
export type SearchKind = (typeof searchKinds)[number];

export interface SearchDoc {
	/** Unique over the index: kind and code, e.g. "indicator 15.5.1". */
	id: string;
	kind: SearchKind;
	/** The SDG code, ISO alpha-3 code, topic or project id: what the page is named by in its address. */
	code: string;
	/** What a visitor may type to name it exactly: the SDG code; a country's ISO codes and common names. */
	keys: string;
	/** What the result shows: the goal's short title, the official title, the country's or project's name. */
	title: string;
	/** Words searched with less weight: the goal's full title, a project's organisation, topics and description. */
	text: string;
	/** The page, without the site's base path. */
	href: string;
	/** The goal it belongs to (for its colour), if any. */
	goal: number | null;
}

/** One result, as the search box lists it. */
export type SearchHit = Pick<SearchDoc, 'id' | 'kind' | 'code' | 'title' | 'href' | 'goal'> & { score: number };
