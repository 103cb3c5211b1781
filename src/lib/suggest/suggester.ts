/**
 * Suggested SDG links from a project's own words: explainable and reproducible, never a claim.
 *
 * Two sources of reasons, each shown with the words that matched:
 * - the reviewed table of domain terms (data/suggest_terms.csv): a phrase such as "water quality"
 *   or "bird" found in the project's name, topics or description suggests the table's codes, for
 *   the reason the table gives;
 * - the official texts of the 169 targets and 231 indicators, ranked by MiniSearch (BM25) against
 *   the project's words; a text counts only when at least three of its meaningful words are the
 *   project's.
 * A code's score joins its reasons as independent pieces of evidence (1 − Π(1 − sᵢ)); a word in the
 * name weighs more than one in the description. Every suggestion is at most *potential*, and
 * stays a suggestion until a person accepts it.
 */
import MiniSearch from 'minisearch';
import type { OfficialText, SuggestReference, TermRule } from './reference';
import { defaultSuggestOptions, textMinWords } from './settings';
import { stems, words, type Word } from './words';

export interface ProjectText {
	id: string;
	name: string;
	description?: string | null;
	topics?: string | null;
}

export type SuggestionReason = { kind: 'rule'; rule: string; note: string; words: string[] } | { kind: 'text'; code: string; title: string; words: string[] };

export interface Suggestion {
	projectId: string;
	code: string;
	level: 'target' | 'indicator';
	goal: number;
	/** 0–1: how strongly the project's words point at the code. */
	score: number;
	/** The project's words that matched, as written. */
	words: string[];
	reasons: SuggestionReason[];
}

/** A suggested link as the review table shows it: with its project's key (its id in the file) and name. */
export type ReviewSuggestion = Suggestion & { key: string; name: string };

export interface SuggestOptions {
	/** Suggestions below this score are not made. */
	minScore?: number;
	/** At most this many suggestions per project, the strongest. */
	perProject?: number;
}

/** The weight of a word by where it is: a name says what a project is about more surely than a description. */
const fieldWeight = { name: 2, topics: 1.5, description: 1 } as const;
type Field = keyof typeof fieldWeight;

/** Evidence of weight w as a 0–1 strength: one word in a description 0.39, in a name 0.63. */
const strength = (weight: number, scale = 2) => 1 - Math.exp(-weight / scale);

/** The BM25 score at which an official text's match counts as strongly as a word in a description. */
const textScale = 14;
/** A match with an official text alone counts for less than a reviewed rule. */
const textWeight = 0.6;

interface CompiledRule extends TermRule {
	stemPhrases: string[][];
}

export interface Suggester {
	suggest(project: ProjectText): Suggestion[];
}

export function createSuggester(reference: SuggestReference, options: SuggestOptions = {}): Suggester {
	const { minScore, perProject } = { ...defaultSuggestOptions, ...options };
	const texts = new Map<string, OfficialText & { level: 'target' | 'indicator' }>();
	for (const t of reference.targets) texts.set(t.code, { ...t, level: 'target' });
	for (const i of reference.indicators) texts.set(i.code, { ...i, level: 'indicator' });
	const rules: CompiledRule[] = reference.terms.map((r) => ({ ...r, stemPhrases: r.phrases.map((p) => phraseStems(r.rule, p)) }));
	for (const r of rules)
		for (const code of r.codes) if (!texts.has(code)) throw new Error(`Suggestion rule "${r.rule}": ${code} is not a target or indicator of the framework`);

	const index = new MiniSearch<{ id: string; title: string }>({
		fields: ['title'],
		tokenize: stems,
		processTerm: (term) => term
	});
	index.addAll([...texts.values()].map((t) => ({ id: t.code, title: t.title })));
	// Equal scores in the framework's own order (its targets, then its indicators), as the reference lists them.
	const order = new Map([...texts.keys()].map((code, i) => [code, i]));

	function suggest(project: ProjectText): Suggestion[] {
		const fields: [Field, Word[]][] = [
			['name', words(project.name)],
			['topics', words((project.topics ?? '').replace(/[-_;]/g, ' '))],
			['description', words(project.description ?? '')]
		];
		const firstText = new Map<string, string>();
		for (const [, ws] of fields) for (const w of ws) if (!firstText.has(w.stem)) firstText.set(w.stem, w.text);

		const found = new Map<string, { reasons: SuggestionReason[]; miss: number; words: Set<string> }>();
		const add = (code: string, s: number, reason: SuggestionReason) => {
			let entry = found.get(code);
			if (!entry) found.set(code, (entry = { reasons: [], miss: 1, words: new Set() }));
			entry.reasons.push(reason);
			entry.miss *= 1 - s;
			for (const w of reason.words) entry.words.add(w);
		};

		for (const rule of rules) {
			let weight = 0;
			const matched: string[] = [];
			for (const phrase of rule.stemPhrases) {
				let best = 0;
				let as = '';
				for (const [field, ws] of fields) {
					const at = findPhrase(ws, phrase);
					if (at >= 0 && fieldWeight[field] > best) {
						best = fieldWeight[field];
						as = ws
							.slice(at, at + phrase.length)
							.map((w) => w.text)
							.join(' ');
					}
				}
				if (best > 0 && !matched.includes(as)) {
					weight += best;
					matched.push(as);
				}
			}
			if (weight === 0) continue;
			const s = strength(weight);
			for (const code of rule.codes) add(code, s, { kind: 'rule', rule: rule.rule, note: rule.note, words: matched });
		}

		const query = [...firstText.keys()].join(' ');
		if (query) {
			// The query is stems already: split, never stemmed again (Porter stems are not stable: diseas → disea).
			for (const hit of index.search(query, { combineWith: 'OR', tokenize: (q) => q.split(' ') })) {
				if (hit.terms.length < textMinWords) continue;
				const text = texts.get(String(hit.id))!;
				add(text.code, textWeight * strength(hit.score, textScale), {
					kind: 'text',
					code: text.code,
					title: text.title,
					words: hit.terms.map((t) => firstText.get(t) ?? t)
				});
			}
		}

		return [...found]
			.map(([code, e]) => {
				const text = texts.get(code)!;
				return { projectId: project.id, code, level: text.level, goal: text.goal, score: round(1 - e.miss), words: [...e.words], reasons: e.reasons };
			})
			.filter((s) => s.score >= minScore)
			.sort((a, b) => b.score - a.score || order.get(a.code)! - order.get(b.code)!)
			.slice(0, perProject);
	}

	return { suggest };
}

/**
 * A phrase's stems. A word the suggester ignores (a common word, a number) would silently widen
 * the phrase ("water monitoring" would match any "water"), so the table may not use one.
 */
function phraseStems(rule: string, phrase: string): string[] {
	const kept = stems(phrase);
	const written = phrase.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
	if (kept.length === 0 || kept.length !== written.length)
		throw new Error(`Suggestion rule "${rule}": the phrase "${phrase}" has a word the suggester ignores (a common word, a number or a single letter)`);
	return kept;
}

/** Where a phrase (a run of stems) starts in a text's words, or -1. */
function findPhrase(ws: Word[], phrase: string[]): number {
	outer: for (let i = 0; i + phrase.length <= ws.length; i++) {
		for (let j = 0; j < phrase.length; j++) if (ws[i + j].stem !== phrase[j]) continue outer;
		return i;
	}
	return -1;
}

const round = (x: number) => Math.round(x * 1000) / 1000;
