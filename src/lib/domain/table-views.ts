/**
 * The query-string parameters of the table pages, beside the linked filters: the indicator tables
 * (/data), the project list (/projects) and the SQL console (/sql); and the overview's one switch.
 * Read and written by state/table-view.svelte.ts; what each parameter accepts is in
 * domain/url-params.ts.
 */
import { projectSorts } from './projects';
import { strengths } from './strength';
import { pivotDimensions, tableLevels } from './tables';
import { choice, flag, oneOf, pageNumber, text } from './url-params';

/** The UN regions a region pivot has a column for, in this order; global-scale projects name none. */
export const pivotRegions = ['Africa', 'Americas', 'Asia', 'Europe', 'Oceania', 'Global'] as const;

/** The indicator table's columns that do not depend on a pivot. */
export const indicatorColumnKeys = [
	'code',
	'title',
	'tier',
	'custodian_agencies',
	...strengths,
	'projects',
	'countries',
	'regions',
	'first_year',
	'last_year'
] as const;

/** A column the indicator table can have: a fixed one, or a region's or a year's under a pivot. */
const isIndicatorColumn = (key: string) =>
	(indicatorColumnKeys as readonly string[]).includes(key) || (pivotRegions as readonly string[]).includes(key) || /^\d{4}$/.test(key);

export const indicatorTableView = {
	level: choice(tableLevels, 'indicator'),
	pivot: choice(pivotDimensions, null),
	q: text(100),
	sort: oneOf(isIndicatorColumn, 'code', 'expected a column of the table, such as projects or first_year', { id: 'column' }),
	desc: flag(),
	only: flag()
};

export const projectListView = {
	q: text(200),
	sort: choice(projectSorts, 'name'),
	desc: flag(),
	page: pageNumber(),
	/** Also list the projects without an SDG link. */
	all: flag()
};

export const overviewView = {
	/** Place every project of the datasets shown on the map, the regions and the countries figure, with an SDG link or not. */
	all: flag()
};

/** Queries longer than this stay out of the address: servers refuse addresses of tens of kilobytes (HTTP 431). */
export const maxSharedQueryLength = 2000;

export const consoleView = {
	// A link made elsewhere may hold a longer query than this site would write; it is read whole.
	q: text(100_000),
	page: pageNumber()
};
