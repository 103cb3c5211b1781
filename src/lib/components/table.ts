import { isImportedProject } from '../import/dataset';
/** How a DataTable column reads a row: which field, its heading, alignment, text, link or action. */
export interface Column<Row> {
	key: keyof Row & string;
	label: string;
	numeric?: boolean;
	format?: (value: Row[keyof Row & string], row: Row) => string;
	/** Make the cell a link (only ever to a path of this app or an http(s) URL). */
	href?: (row: Row) => string | null;
	/** Make the cell a toggle button, such as "filter by this row". */
	action?: { onclick: (row: Row) => void; pressed: (row: Row) => boolean; label: (row: Row) => string; when?: (row: Row) => boolean };
}

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
	return { key, label: 'Filter', format: () => 'Filter', action: filter };
}
