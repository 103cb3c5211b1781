/** Number formats used across the app: one place, so a figure reads the same everywhere. */
import { currentLocale } from '../i18n/current';

const integers = new Map<string, Intl.NumberFormat>();

/** A count in the page's language: 1,234 in English, 1 234 in French (Arabic keeps Western digits: locales.ts). */
export function formatCount(n: number): string {
	const tag = currentLocale().formatTag;
	let f = integers.get(tag);
	if (!f) integers.set(tag, (f = new Intl.NumberFormat(tag, { maximumFractionDigits: 0 })));
	return f.format(n);
}

const decimals = new Map<string, Intl.NumberFormat>();

/** A measure with a fixed number of decimals in the page's language: 2.8 s, 2,8 s in French. */
export function formatDecimal(n: number, digits: number): string {
	const key = `${currentLocale().formatTag} ${digits}`;
	let f = decimals.get(key);
	if (!f) decimals.set(key, (f = new Intl.NumberFormat(currentLocale().formatTag, { minimumFractionDigits: digits, maximumFractionDigits: digits })));
	return f.format(n);
}

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
