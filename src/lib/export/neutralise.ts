/**
 * Cells bound for spreadsheets (CSV, XLSX), and what every export's metadata says about it. The
 * escaping itself is format/escape.ts's spreadsheetText.
 */
import { spreadsheetText } from '../format/escape';
import { t } from '../i18n/i18n';

/** What every export's metadata says about formula-like text, so a file explains itself (in the page's language). */
export const textHandling = (): string => t('export.textHandling');

/** A cell for CSV or XLSX: numbers stay numbers, text is neutralised, null stays empty. */
export function safeCell(value: unknown): string | number | null {
	if (value === null || value === undefined) return null;
	if (typeof value === 'number') return Number.isFinite(value) ? value : null;
	if (typeof value === 'bigint') return Number(value);
	if (Array.isArray(value)) return spreadsheetText(value.map((v) => (v !== null && typeof v === 'object' ? JSON.stringify(v) : String(v))).join('; '));
	// Structs and maps from the SQL console read as JSON, not "[object Object]".
	if (typeof value === 'object') return spreadsheetText(JSON.stringify(value));
	return spreadsheetText(String(value));
}
