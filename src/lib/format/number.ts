/** Number formats used across the app: one place, so a figure reads the same everywhere. */
import { currentLocale } from '../i18n/current';

const formats = new Map<string, Intl.NumberFormat>();

/** The page's language's format with exactly `digits` decimals, made once (formatting runs for every figure drawn). */
function numberFormat(digits: number): Intl.NumberFormat {
	const tag = currentLocale().formatTag;
	const key = `${tag} ${digits}`;
	let f = formats.get(key);
	if (!f) formats.set(key, (f = new Intl.NumberFormat(tag, { minimumFractionDigits: digits, maximumFractionDigits: digits })));
	return f;
}

/** A count in the page's language: 1,234 in English, 1 234 in French (Arabic keeps Western digits: locales.ts). */
export const formatCount = (n: number): string => numberFormat(0).format(n);

/** A measure with a fixed number of decimals in the page's language: 2.8 s, 2,8 s in French. */
export const formatDecimal = (n: number, digits: number): string => numberFormat(digits).format(n);

/** A share as a whole percent, or one decimal below 10% so small shares do not read as 0%. */
export function formatPercent(part: number, whole: number): string {
	if (whole === 0) return '–';
	const p = (100 * part) / whole;
	return `${p < 10 && p > 0 ? p.toFixed(1) : Math.round(p)}%`;
}

/** An ISO date (2026-11-27) as people read it (27 November 2026), the same on server and client. */
export function formatDate(iso: string): string {
	const [y, m, d] = iso.split('-').map(Number);
	const month = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'][m - 1];
	return month && d ? `${d} ${month} ${y}` : iso;
}
