/**
 * Spreadsheet formula injection: a text cell starting with = + - @, a tab or a carriage return can
 * be run as a formula by Excel, LibreOffice or Sheets. Such text is prefixed with an apostrophe,
 * which spreadsheets show as text (OWASP's advice). Numbers are never touched: only text is.
 */
const dangerous = /^[=+\-@\t\r]/;

export function neutraliseFormula(text: string): string {
	return dangerous.test(text) ? `'${text}` : text;
}

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
