/**
 * Every way text from data is written into another language, one function per context, so that
 * "how is this escaped here?" has one answer (the SvelteKit way). Svelte escapes what it renders
 * itself; these are for text the app writes out: SVG files, HTML snippets, CSV and SQL.
 * tests/unit/escape.test.ts checks each with a real reader.
 */

/** Text content of an XML (SVG) element. A carriage return is written as a reference: XML parsers turn a raw one into a line feed. */
export const xmlText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r/g, '&#13;');

/** A double-quoted attribute value in XML or HTML. */
export const xmlAttribute = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** One RFC 4180 CSV cell: quoted when it holds a quote, a line break or the delimiter; numbers as they are. */
export function csvCell(value: unknown, delimiter = ','): string {
	if (value === null || value === undefined) return '';
	if (typeof value === 'number') return String(value);
	const text = String(value);
	return /["\r\n]/.test(text) || text.includes(delimiter) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * Spreadsheet formula injection: a text cell starting with = + - @, a tab or a carriage return can
 * be run as a formula by Excel, LibreOffice or Sheets. Such text is prefixed with an apostrophe,
 * which spreadsheets show as text (OWASP's advice).
 */
const formulaStart = /^[=+\-@\t\r]/;

/**
 * Whether a spreadsheet could read `text` as a formula. Full-width and small forms (＝ ＋ － ＠,
 * ﹦ ﹢ ﹣ ﹫) count too: some spreadsheets fold them to ASCII. NFKC is only used to detect them;
 * the text written stays as it was stored.
 */
export function looksLikeFormula(text: string): boolean {
	// A leading byte-order mark or zero-width space is invisible, and a spreadsheet reading the
	// file's first cell takes a BOM for the encoding mark: look past them.
	text = text.replace(/^[\ufeff\u200b]+/, '');
	if (formulaStart.test(text)) return true;
	if (!(text.charCodeAt(0) >= 0x80)) return false; // ASCII, or empty
	return formulaStart.test(String.fromCodePoint(text.codePointAt(0)!).normalize('NFKC'));
}

/** Text bound for a spreadsheet cell (CSV or XLSX): formula-like text gets an apostrophe. */
export function spreadsheetText(text: string): string {
	return looksLikeFormula(text) ? `'${text}` : text;
}

/** A table or column name in SQL: in double quotes, inner double quotes doubled. */
export function sqlIdentifier(name: string): string {
	if (name.includes('\0')) throw new Error('An SQL identifier cannot contain a NUL character');
	return `"${name.replaceAll('"', '""')}"`;
}

/**
 * A constant string literal in SQL, for the few places its grammar takes no parameter. Values from
 * data always go as prepared-statement parameters instead.
 */
export function sqlString(value: string): string {
	if (value.includes('\0')) throw new Error('An SQL string cannot contain a NUL character');
	return `'${value.replaceAll("'", "''")}'`;
}
