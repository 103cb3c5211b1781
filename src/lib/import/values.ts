/** Reading one cell of a messy inventory into the dashboard's vocabulary; null means "could not". */
import { yearRange } from '../domain/filters';
import type { Strength } from '../domain/strength';
import type { IssueText } from './issues';

const blank = /^(|unknown|n\/?a|none|-|–|\?|not known|tbc|tbd|ongoing|present|current)$/i;

/** An error names the report's message (the note, with "; left empty") for the page's language. */
export type YearResult = { year: number | null } | { error: string; key: 'import.issue.yearInvalid' | 'import.issue.yearRange' };

/** 2015, 2015.0, 2015-06-01, 2011-12-31T23:59:59+00:00 (PPSR-Core), 01/06/2015, 1.6.2015. */
export function parseYear(cell: string): YearResult {
	const text = cell.trim();
	if (blank.test(text)) return { year: null };
	const m = /^(\d{4})(?:\.0+)?$/.exec(text) ?? /^(\d{4})-\d{1,2}(?:-\d{1,2})?(?:[T ].*)?$/.exec(text) ?? /^\d{1,2}[./-]\d{1,2}[./-](\d{4})$/.exec(text);
	if (!m) return { error: 'expected a year such as 2015 or a date such as 2015-06-01', key: 'import.issue.yearInvalid' };
	const year = Number(m[1]);
	if (year < yearRange.first || year > yearRange.last)
		return { error: `expected a year between ${yearRange.first} and ${yearRange.last}`, key: 'import.issue.yearRange' };
	return { year };
}

const statusWords: Record<string, 'active' | 'completed' | 'unknown'> = {
	active: 'active',
	ongoing: 'active',
	running: 'active',
	current: 'active',
	live: 'active',
	yes: 'active',
	y: 'active',
	true: 'active',
	completed: 'completed',
	complete: 'completed',
	finished: 'completed',
	ended: 'completed',
	closed: 'completed',
	inactive: 'completed',
	no: 'completed',
	n: 'completed',
	false: 'completed',
	unknown: 'unknown',
	'': 'unknown'
};

/** "Active", "Completed", or a "Still active" column's Yes / No. */
export const parseStatus = (cell: string) => statusWords[cell.trim().toLowerCase()] ?? null;

const scaleWords: [RegExp, string][] = [
	[/^(global|world|worldwide|international \(global\))$/, 'global'],
	[/^(macro.?regional|multi.?national|international|continental|transnational|cross.?border|european|eu)$/, 'multinational'],
	[/^(national|country|nationwide|country.?wide)$/, 'national'],
	[/^(sub.?national|regional|provincial|state|county|district)$/, 'subnational'],
	[/^(local|city|town|municipal|neighbou?rhood|site|village|urban)$/, 'local']
];

/** The European Commission's "Geographical extent" (City, Regional, Macro-regional, ...) and common words. */
export function parseScale(cell: string): string | null {
	const text = cell.trim().toLowerCase();
	for (const [pattern, scale] of scaleWords) if (pattern.test(text)) return scale;
	return null;
}

/** A web address, or a bare domain (www.example.org) made one. */
function oneUrl(text: string): string | null {
	if (/^https?:\/\/\S+$/i.test(text)) return text;
	if (/^(www\.)?[a-z0-9-]+(\.[a-z0-9-]+)+(\/\S*)?$/i.test(text) && !text.includes('@')) return `https://${text}`;
	return null;
}

/** The project's web address; a cell listing several ("a; b") keeps the first and says so. */
export function parseUrl(cell: string): { url: string | null; error?: string; text?: IssueText } {
	const text = cell.trim();
	if (blank.test(text)) return { url: null };
	const pieces = text.split(/\s*[;\s]\s*/).filter(Boolean);
	const urls = pieces.map(oneUrl);
	if (urls.some((u) => u === null))
		return { url: null, error: 'expected a web address (http:// or https://); left empty', text: { key: 'import.issue.urlInvalid' } };
	if (pieces.length === 1) return { url: urls[0] };
	return {
		url: urls[0],
		error: `${pieces.length} addresses; the first was kept`,
		text: { key: 'import.issue.urlMany', values: { addresses: String(pieces.length) } }
	};
}

/** A wide layout's goal score: 0 none, 1 indirect, 2 direct; the words too; a tick is tagged with the default strength. */
export function parseScore(cell: string, tick: Strength): Strength | 'none' | null {
	// Millions of cells in a large wide file: the common cases first, without allocating.
	if (cell === '0' || cell === '') return 'none';
	if (cell === '1') return 'indirect';
	if (cell === '2') return 'direct';
	const text = cell.trim().toLowerCase();
	if (text === '' || text === '0' || text === 'no' || text === 'none' || text === 'false') return 'none';
	if (text === '1' || text === 'indirect') return 'indirect';
	if (text === '2' || text === 'direct') return 'direct';
	if (text === 'potential') return 'potential';
	if (['x', 'yes', 'true', '✓', '✔'].includes(text)) return tick;
	return null;
}

export function parseStrength(cell: string): Strength | null {
	const text = cell.trim().toLowerCase();
	if (text === 'direct' || text === '2') return 'direct';
	if (text === 'indirect' || text === '1') return 'indirect';
	if (text === 'potential') return 'potential';
	return null;
}

export interface SdgCode {
	code: string;
	level: 'goal' | 'target' | 'indicator';
	strength: Strength | null;
	/** "(potential: suggested)": a suggestion a person accepted, as this dashboard's PPSR-Core export writes it. */
	suggested?: boolean;
}

/** "SDG 15", "Goal 3", "15.1", "15.a", "SDG 15.1.1 (direct)", "6.3.2: potential", "SDG 15.5 (potential: suggested)". */
export function parseSdgCode(piece: string): SdgCode | null {
	const m =
		/^(?:sdg|goal)?\s*[-_#]?\s*(\d{1,2}(?:\.(?:\d{1,2}|[a-z]))?(?:\.\d{1,2})?)\s*(?:[:(–-]\s*(direct|indirect|potential)(\s*:\s*suggested)?\s*\)?)?$/i.exec(
			piece.trim()
		);
	if (!m) return null;
	const code = m[1].toLowerCase().replace(/^0(\d)/, '$1');
	const parts = code.split('.').length;
	const strength = (m[2]?.toLowerCase() as Strength | undefined) ?? null;
	return { code, level: parts === 1 ? 'goal' : parts === 2 ? 'target' : 'indicator', strength, ...(m[3] ? { suggested: true } : {}) };
}
