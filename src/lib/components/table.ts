import { t } from '../i18n/i18n';
import { hasLinkFilter, type Filters } from '../domain/filters';
import { filterQuery } from '../format/vocabulary';
import type { Snippet } from 'svelte';
import { isImportedProject } from '../import/dataset';

/** How a DataTable column reads a row: which field, its heading, alignment, text, link, action or custom content. */
export interface Column<Row> {
	key: keyof Row & string;
	label: string;
	numeric?: boolean;
	format?: (value: Row[keyof Row & string], row: Row) => string;
	/** Make the cell a link (only ever to a path of this app or an http(s) URL). */
	href?: (row: Row) => string | null;
	/** Make the cell a toggle button, such as "filter by this row". */
	action?: { onclick: (row: Row) => void; pressed: (row: Row) => boolean; label: (row: Row) => string; when?: (row: Row) => boolean };
	/**
	 * Custom content for the cell (badges, a bar, an input), given the row and the cell's text.
	 * Svelte escapes what a snippet prints, as it does the text cells: data never becomes markup.
	 */
	cell?: Snippet<[Row, string]>;
	/** Custom content for the heading (a badge under the name, a name only a screen reader hears). */
	head?: Snippet<[Column<Row>]>;
	/** A tooltip on the heading, such as a query result column's SQL type. */
	title?: string;
	/** The heading's share of the table's width, such as "32%". */
	width?: string;
	/** Left out on a phone (under 40rem), where the text would squeeze the rest: the row's page, or another table, has it. */
	hideOnPhone?: boolean;
}

/** Rows under a heading of their own: a `<tbody>` whose first row is a `scope="rowgroup"` header. */
export interface RowGroup<Row> {
	label: string;
	/** An anchor for links to the group, such as "target-15.1". */
	id?: string;
	rows: Row[];
}

/** The sort a page keeps (in its URL) and shows in the headings; a heading's button asks to change it. */
export interface TableSort {
	key: string;
	desc: boolean;
	onsort: (key: string) => void;
}

/** `data-*` attributes for a row, for tests and styles; nothing else can be set from data. */
export type RowData = Partial<Record<`data-${string}`, string | number | boolean | undefined>>;

/** Only http(s) URLs from data become links: never javascript:, data: or anything else. */
export function safeExternalUrl(url: string | null | undefined): string | null {
	if (!url) return null;
	try {
		const parsed = new URL(url);
		return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : null;
	} catch {
		return null;
	}
}

/** A project's page: prerendered for the embedded inventory, built in the browser for an imported project. */
export function projectHref(base: string, projectId: string): string {
	return isImportedProject(projectId) ? `${base}/projects/imported?id=${encodeURIComponent(projectId)}` : `${base}/projects/${projectId}`;
}

/**
 * The column of "Filter" buttons in a chart's table alternative: each row's button toggles the
 * page's filter by that row, says so to a screen reader, and shows whether it is on. One pattern,
 * so every chart's table filters alike.
 */
export function filterColumn<Row>(
	key: keyof Row & string,
	filter: {
		onclick: (row: Row) => void;
		pressed: (row: Row) => boolean;
		/** What the button does, for a screen reader: "Show only goal 6 Clean water". */
		label: (row: Row) => string;
		/** Rows that cannot be filtered by get no button. */
		when?: (row: Row) => boolean;
	}
): Column<Row> {
	return { key, label: t('table.filterColumn'), format: () => t('table.filterColumn'), action: filter };
}

/** A country's profile, keeping the filters other than place (the profile is the place). */
export function countryHref(base: string, iso3: string, f?: Filters): string {
	const query = f ? filterQuery({ ...f, countries: [], region: null }) : '';
	return `${base}/countries/${iso3}${query ? `?${query}` : ''}`;
}

/**
 * The project directory listing what a page's list of projects (a goal's, a profile's) shows for `f`
 * (its scope): the same projects in the same order, those without an SDG link too unless a link
 * filter is set (the directory's `all`; a goal's list always has one).
 */
export function directoryHref(base: string, f: Filters): string {
	const query = [filterQuery(f), hasLinkFilter(f) ? '' : 'all=1'].filter(Boolean).join('&');
	return `${base}/projects?${query}`;
}

/** The page of a goal, target or indicator code: targets open on their goal's page, at the target. */
export function sdgHref(base: string, level: 'goal' | 'target' | 'indicator', code: string, query = ''): string {
	const q = query ? `?${query}` : '';
	if (level === 'indicator') return `${base}/indicators/${code}${q}`;
	if (level === 'goal') return `${base}/goals/${code}${q}`;
	return `${base}/goals/${code.split('.')[0]}${q}#target-${code}`;
}
