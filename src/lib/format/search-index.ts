/**
 * The site search's index: built once at build time (search-index/<language>.json) and loaded by the search
 * box, so both sides must tokenise alike, which is why the options live here and nowhere else.
 *
 * SDG codes stay whole tokens ("15.5.1", "14.b"), where MiniSearch's default would split them at
 * the dots and find every indicator with a 5 in it. Words are folded (case, accents) and matched by
 * prefix and with typos: up to two edits from five letters on, so "Keyna" finds Kenya (a swap of
 * two letters is two edits). Codes are matched exactly or by prefix, never fuzzily: 15.5.2 is not a
 * typo of 15.5.1.
 */
import MiniSearch, { type Options, type SearchOptions } from 'minisearch';
import { searchKinds, type SearchDoc, type SearchHit, type SearchKind } from '../domain/search';
import { countryAliases } from './country-aliases';

const code = /^[(]?(\d{1,2}(?:\.[0-9a-z]{1,2}){1,2})[.,;:)]*$/i;

// Chinese (and Japanese) write words without spaces between them: a run of Han or kana characters
// is indexed and searched as its overlapping pairs ("生物多样性" → 生物 物多 多样 样性), so that any
// word of two characters or more within it is found, and one character finds the pairs it begins.
const cjkRun = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]+/gu;

function pairs(word: string): string[] {
	const out: string[] = [];
	let last = 0;
	for (const m of word.matchAll(cjkRun)) {
		out.push(word.slice(last, m.index));
		const run = m[0];
		if (run.length === 1) out.push(run);
		else for (let i = 0; i + 1 < run.length; i++) out.push(run.slice(i, i + 2));
		last = m.index + run.length;
	}
	out.push(word.slice(last));
	return out;
}

export function tokenize(text: string): string[] {
	const tokens: string[] = [];
	for (const word of text.split(/\s+/)) {
		const sdg = code.exec(word);
		if (sdg) tokens.push(sdg[1]);
		else for (const piece of word.split(/[\p{P}\p{S}]+/u)) tokens.push(...pairs(piece));
	}
	return tokens.filter(Boolean);
}

const isCjk = (term: string) => /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(term);

const stopWords = new Set(['a', 'an', 'and', 'by', 'for', 'in', 'of', 'on', 'or', 'the', 'to', 'with']);

export function processTerm(term: string): string | null {
	const folded = term.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
	return stopWords.has(folded) ? null : folded;
}

const isCode = (term: string) => /\d/.test(term);

/** Kinds that are a page of their own rank a little above projects that only mention them. */
const kindBoost: Record<SearchKind, number> = { goal: 1.4, country: 1.4, topic: 1.3, network: 1.3, indicator: 1.1, target: 1, project: 1 };

const searchOptions: SearchOptions = {
	fields: ['keys', 'title', 'text'],
	boost: { keys: 6, title: 3, text: 1 },
	prefix: (term) => term.length >= 2 || isCjk(term),
	// A pair of Chinese characters is a word, not letters to misspell.
	fuzzy: (term) => (isCode(term) || isCjk(term) ? false : term.length >= 5 ? 2 : term.length === 4 ? 1 : false),
	combineWith: 'AND',
	weights: { fuzzy: 0.3, prefix: 0.375 },
	boostDocument: (_id, _term, stored) => kindBoost[(stored?.kind as SearchKind) ?? 'project'] ?? 1
};

const options: Options<SearchDoc> = {
	fields: ['keys', 'title', 'text'],
	storeFields: ['kind', 'code', 'title', 'href', 'goal'],
	tokenize,
	processTerm,
	searchOptions
};

const hrefOf = (r: Pick<SearchDoc, 'kind' | 'code' | 'goal'>): string => {
	switch (r.kind) {
		case 'goal':
			return `/goals/${r.code}`;
		case 'target':
			return `/goals/${r.goal}#target-${r.code}`;
		case 'indicator':
			return `/indicators/${r.code}`;
		case 'country':
			return `/countries/${r.code}`;
		case 'topic':
			return `/topics/${r.code}`;
		case 'network':
			return `/networks/${r.code}`;
		case 'project':
			return `/projects/${encodeURIComponent(r.code)}`;
	}
};

/** The documents, with each one's page, from the rows of queries/search.ts. */
export function searchDocs(rows: Omit<SearchDoc, 'id' | 'href'>[]): SearchDoc[] {
	return rows.map((r) => ({
		...r,
		id: `${r.kind} ${r.code}`,
		keys: r.kind === 'country' ? `${r.keys} ${countryAliases[r.code] ?? ''}`.trim() : (r.keys ?? ''),
		text: r.text ?? '',
		href: hrefOf(r)
	}));
}

/** The index as JSON, for search-index/<language>.json. */
export function buildSearchIndex(docs: SearchDoc[]): string {
	const index = new MiniSearch<SearchDoc>(options);
	index.addAll(docs);
	return JSON.stringify(index);
}

export const loadSearchIndex = (json: string) => MiniSearch.loadJSON<SearchDoc>(json, options);

export interface SearchGroup {
	kind: SearchKind;
	hits: SearchHit[];
}

const terms = (text: string) =>
	tokenize(text)
		.map(processTerm)
		.filter((t): t is string => t !== null)
		.join(' ');

/**
 * Results grouped by kind, at most `perKind` each, the groups in the order of their best result:
 * the first result shown is the best of all. All words must match; if none does, any word may. A
 * page whose whole name or code is what was typed ("Kenya", "15.5.1") comes before those that
 * merely contain it ("Kenya Bird Map").
 */
export function searchSite(index: MiniSearch<SearchDoc>, query: string, perKind = 5): SearchGroup[] {
	const typed = terms(query);
	if (!typed) return [];
	let results = index.search(query);
	if (!results.length) results = index.search(query, { combineWith: 'OR' });
	const scored = results.map((r) => ({ r, score: r.score * (terms(r.title) === typed || terms(r.code) === typed ? 4 : 1) })).sort((a, b) => b.score - a.score);
	const groups = new Map<SearchKind, SearchHit[]>();
	for (const { r, score } of scored) {
		const kind = r.kind as SearchKind;
		if (!searchKinds.includes(kind)) continue;
		const hits = groups.get(kind) ?? [];
		if (hits.length < perKind) hits.push({ id: r.id, kind, code: r.code, title: r.title, href: r.href, goal: r.goal ?? null, score });
		groups.set(kind, hits);
	}
	return [...groups].map(([kind, hits]) => ({ kind, hits }));
}
