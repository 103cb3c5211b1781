/**
 * Spreadsheet formula injection: a text cell starting with = + - @, a tab or a carriage return can
 * be run as a formula by Excel, LibreOffice or Sheets. Such text is prefixed with an apostrophe,
 * which spreadsheets show as text (OWASP's advice). Numbers are never touched: only text is.
 */
const dangerous = /^[=+\-@\t\r]/;

/**
 * Whether a spreadsheet could read `text` as a formula. Full-width and small forms (＝ ＋ － ＠,
 * ﹦ ﹢ ﹣ ﹫) count too: some spreadsheets fold them to ASCII. NFKC is only used to detect them;
 * the text written stays as it was stored.
 */
export function looksLikeFormula(text: string): boolean {
	if (dangerous.test(text)) return true;
	if (!(text.charCodeAt(0) >= 0x80)) return false; // ASCII, or empty
	const first = String.fromCodePoint(text.codePointAt(0)!);
	return dangerous.test(first.normalize('NFKC'));
}

export function neutraliseFormula(text: string): string {
	return looksLikeFormula(text) ? `'${text}` : text;
}

/** What every export's metadata says about formula-like text, so a file explains itself. */
export const textHandling =
	'Spreadsheet formats (CSV, XLSX): text a spreadsheet could run as a formula (starting with = + - @, a tab or a carriage return, or their full-width forms) is prefixed with an apostrophe. ' +
	'Machine formats (JSON, Parquet): text is kept exactly as stored, formula-like text included; neutralise it before opening such a file in a spreadsheet.';

/** A cell for CSV or XLSX: numbers stay numbers, text is neutralised, null stays empty. */
export function safeCell(value: unknown): string | number | null {
	if (value === null || value === undefined) return null;
	if (typeof value === 'number') return Number.isFinite(value) ? value : null;
	if (typeof value === 'bigint') return Number(value);
	if (Array.isArray(value)) return neutraliseFormula(value.map((v) => (v !== null && typeof v === 'object' ? JSON.stringify(v) : String(v))).join('; '));
	// Structs and maps from the SQL console read as JSON, not "[object Object]".
	if (typeof value === 'object') return neutraliseFormula(JSON.stringify(value));
	return neutraliseFormula(String(value));
}
