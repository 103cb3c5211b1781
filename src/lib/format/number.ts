/** Number formats used across the app: one place, so a figure reads the same everywhere. */
import { currentLocale } from '../i18n/current';

const formats = new Map<string, Intl.NumberFormat>();

/** The page's language's format with exactly `digits` decimals, made once (formatting runs for every figure drawn). */
function numberFormat(digits: number, style: 'decimal' | 'percent' = 'decimal'): Intl.NumberFormat {
	const tag = currentLocale().formatTag;
	const key = `${tag} ${digits} ${style}`;
	let f = formats.get(key);
	if (!f) formats.set(key, (f = new Intl.NumberFormat(tag, { style, minimumFractionDigits: digits, maximumFractionDigits: digits })));
	return f;
}

/** A count in the page's language: 1,234 in English, 1 234 in French (Arabic keeps Western digits: locales.ts). */
export const formatCount = (n: number): string => numberFormat(0).format(n);

/** A measure with a fixed number of decimals in the page's language: 2.8 s, 2,8 s in French. */
export const formatDecimal = (n: number, digits: number): string => numberFormat(digits).format(n);

/** A share as a whole percent, or one decimal below 10% so small shares do not read as 0%: 8.2%, 33%; 8,2 % in French. */
export function formatPercent(part: number, whole: number): string {
	if (whole === 0) return '–';
	const p = part / whole;
	return numberFormat(p < 0.1 && p > 0 ? 1 : 0, 'percent').format(p);
}

/** A size in bytes in the page's language, as the import page states limits and storage use: 12 bytes, 340 kB, 1.5 MB; 1,5 Mo in French. */
export function formatBytes(n: number): string {
	const [unit, value, digits] = n >= 1024 * 1024 ? ['megabyte', n / 1024 / 1024, 1] : n >= 1024 ? ['kilobyte', n / 1024, 0] : ['byte', n, 0];
	return new Intl.NumberFormat(currentLocale().formatTag, {
		style: 'unit',
		unit: unit as string,
		// "12 bytes", not "12 byte"; the larger units read best as symbols.
		unitDisplay: unit === 'byte' ? 'long' : 'short',
		minimumFractionDigits: digits as number,
		maximumFractionDigits: digits as number
	}).format(value as number);
}

const dates = new Map<string, Intl.DateTimeFormat>();

/** An ISO date (2026-11-27) as people read it in the page's language (27 November 2026; 27 novembre 2026), the same on server and client. */
export function formatDate(iso: string): string {
	const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
	if (!m || Number(m[2]) < 1 || Number(m[2]) > 12 || Number(m[3]) < 1 || Number(m[3]) > 31) return iso;
	const tag = currentLocale().formatTag;
	let f = dates.get(tag);
	if (!f) dates.set(tag, (f = new Intl.DateTimeFormat(tag, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })));
	return f.format(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
}
