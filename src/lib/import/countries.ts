/**
 * Reads an imported inventory's countries cell ("Netherlands (the), Korea, Republic of; GB") as
 * ISO 3166-1 alpha-3 codes of the dashboard's countries table. No DOM or Node imports: it runs in
 * the import Web Worker.
 */
import { alpha2Exceptions, alpha2Ignored, commonNames, globalNames, isoShortNames, officialPrefixes } from './country-aliases';

export interface CountryRecord {
	iso3: string;
	iso2: string;
	m49: string;
	name: string;
}

export interface CountryResolution {
	/** ISO alpha-3 codes, de-duplicated, in input order. */
	countries: string[];
	/** The cell said World / Global / Worldwide / International: a scale, not a country. */
	global: boolean;
	/** The pieces of text that could not be resolved, trimmed, as written (each once). */
	unresolved: string[];
}

export interface CountryResolver {
	resolve(cell: string): CountryResolution;
	/** One name or code to an alpha-3 code, or null. */
	lookup(name: string): string | null;
}

/**
 * The form names are compared in: no case, accents, punctuation or "the"; "&" is "and" and "St" is
 * "Saint". Apostrophes and dots are dropped rather than spaced so that `Côte d’Ivoire` meets
 * `Cote d'Ivoire` and `U.S.A.` meets `USA`.
 */
export function normaliseCountryName(text: string): string {
	return text
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/['’‘`´ʼ.]/g, '')
		.replace(/&/g, ' and ')
		.split(/[^a-z0-9]+/)
		.filter((w) => w && w !== 'the')
		.map((w) => (w === 'st' ? 'saint' : w))
		.join(' ');
}

/** UN and ISO write "Iran (Islamic Republic of)" and "Korea, Republic of"; people also put the words the other way round. */
function withInversion(name: string): string[] {
	const m = /^(.+?)\s*\(([^()]+)\)$/.exec(name) ?? /^([^,]+),\s*(.+)$/.exec(name);
	return m ? [name, `${m[2]} ${m[1]}`] : [name];
}

export interface CountryNameEntry {
	/** Normalised name. */
	key: string;
	iso3: string;
	/** The name as kept (M49 name, ISO short name or common name). */
	name: string;
}

/**
 * Every name each country is known by, M49 names first. Exported so that a test can hold the
 * hand-kept tables to one country per name; the resolver itself keeps the first.
 */
export function countryNameEntries(countries: readonly CountryRecord[]): CountryNameEntry[] {
	const known = new Set(countries.map((c) => c.iso3));
	const entries: CountryNameEntry[] = [];
	const add = (iso3: string, names: readonly string[]) => {
		if (!known.has(iso3)) return;
		for (const name of names.flatMap(withInversion)) entries.push({ key: normaliseCountryName(name), iso3, name });
	};
	for (const c of countries) add(c.iso3, [c.name]);
	for (const table of [isoShortNames, commonNames]) for (const [iso3, names] of Object.entries(table)) add(iso3, names);
	return entries.filter((e) => e.key);
}

const globalKeys = new Set(globalNames.map(normaliseCountryName));
// Distinct country texts are few even in large files, but a mis-mapped column is not: cap the memo.
const memoLimit = 10_000;

/**
 * `fixes` maps a piece of text the user was shown as unresolved to the alpha-3 code they chose; it
 * wins over everything else, and also applies to the same text in another case or spacing. Values
 * that are not a known alpha-3 code (an importer's own "global" or "ignore") are left to the caller:
 * the piece stays in `unresolved`.
 */
export function createCountryResolver(countries: CountryRecord[], fixes: Record<string, string> = {}): CountryResolver {
	const names = new Map<string, string>();
	for (const e of countryNameEntries(countries)) if (!names.has(e.key)) names.set(e.key, e.iso3);

	const iso3s = new Set(countries.map((c) => c.iso3));
	const codes = new Map<string, string>();
	const numeric = new Map<string, string>();
	for (const c of countries) {
		codes.set(c.iso3, c.iso3);
		if (c.iso2 && !alpha2Ignored.has(c.iso2)) codes.set(c.iso2, c.iso3);
		numeric.set(c.m49, c.iso3);
	}
	for (const [code, iso3] of Object.entries(alpha2Exceptions)) if (iso3s.has(iso3)) codes.set(code, iso3);

	const fixExact = new Map<string, string>();
	const fixNormalised = new Map<string, string>();
	for (const [text, iso3] of Object.entries(fixes)) {
		if (!iso3s.has(iso3)) continue;
		fixExact.set(text.trim(), iso3);
		const key = normaliseCountryName(text);
		if (key) fixNormalised.set(key, iso3);
	}
	const fixed = (text: string) => fixExact.get(text) ?? (fixNormalised.size ? fixNormalised.get(normaliseCountryName(text)) : undefined);

	const memo = new Map<string, string | null>();
	function lookupUncached(text: string): string | null {
		// Codes only in capitals: lower-case "and", "can" or "per" are words, not Andorra, Canada or Peru.
		if (/^[A-Z]{2,3}$/.test(text) && codes.has(text)) return codes.get(text)!;
		// Spreadsheets drop leading zeros (040 → 40) and may add a decimal part.
		const number = /^(\d{1,3})(?:\.0+)?$/.exec(text);
		if (number) return numeric.get(number[1].padStart(3, '0')) ?? null;
		const key = normaliseCountryName(text);
		const found = names.get(key);
		if (found) return found;
		for (const prefix of officialPrefixes) {
			const rest = key.startsWith(prefix + ' ') ? names.get(key.slice(prefix.length + 1)) : undefined;
			if (rest) return rest;
		}
		return null;
	}
	function lookup(name: string): string | null {
		const text = name.trim();
		if (!text) return null;
		const fix = fixed(text);
		if (fix) return fix;
		let code = memo.get(text);
		if (code === undefined) {
			code = lookupUncached(text);
			if (memo.size < memoLimit) memo.set(text, code);
		}
		return code;
	}

	function resolve(value: string): CountryResolution {
		const cell = value ?? '';
		const found = new Set<string>();
		const unresolved = new Set<string>();
		let global = false;
		const list = pieces(cell);
		for (let i = 0; i < list.length;) {
			let step = 0;
			// Names with a comma ("Korea, Republic of") arrive split: try the longest run of comma-joined pieces first.
			for (let k = Math.min(3, list.length - i); k >= 1 && !step; k--) {
				if (list.slice(i + 1, i + k).some((p) => !p.afterComma)) continue;
				const text = cell.slice(list[i].start, list[i + k - 1].end);
				const code = lookup(text);
				if (code) {
					found.add(code);
					step = k;
				} else if (k === 1 && globalKeys.has(normaliseCountryName(text))) {
					global = true;
					step = 1;
				}
			}
			if (!step) unresolved.add(list[i].text);
			i += step || 1;
		}
		return { countries: [...found], global, unresolved: [...unresolved] };
	}

	return { resolve, lookup };
}

interface Piece {
	text: string;
	start: number;
	end: number;
	/** Only commas separate it from the previous piece, so the two may be one name. */
	afterComma: boolean;
}

/** Split on commas, semicolons, line breaks and bars, never on "and" (Trinidad and Tobago) or "/". */
function pieces(cell: string): Piece[] {
	const out: Piece[] = [];
	let onlyCommas = true;
	for (const m of cell.matchAll(/[^,;|\r\n]+|[,;|\r\n]/g)) {
		const part = m[0];
		if (/^[,;|\r\n]$/.test(part)) {
			if (part !== ',') onlyCommas = false;
			continue;
		}
		const text = part.trim();
		if (!text) continue;
		const start = m.index + part.indexOf(text);
		out.push({ text, start, end: start + text.length, afterComma: out.length > 0 && onlyCommas });
		onlyCommas = true;
	}
	return out;
}
