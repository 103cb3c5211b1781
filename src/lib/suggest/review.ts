/**
 * The review of suggested links as plain functions: which suggestions a filter shows, what a
 * person chose for each, and choosing many at once. The component and the import session use
 * them; nothing here knows about Svelte or the worker.
 */
import type { ReviewSuggestion } from './suggester';
import { codesFor, type SuggestionChoices } from './evidence';

export type Choice = 'accepted' | 'rejected' | 'undecided';

export interface ReviewFilter {
	/** Words in the project's name, any case. */
	project: string;
	goal: number | null;
	choice: Choice | 'all';
	minScore: number;
}

export const openFilter: ReviewFilter = { project: '', goal: null, choice: 'all', minScore: 0 };

export function choiceOf(choices: SuggestionChoices, s: Pick<ReviewSuggestion, 'key' | 'code'>): Choice {
	if (codesFor(choices.accepted, s.key)?.includes(s.code)) return 'accepted';
	if (codesFor(choices.rejected, s.key)?.includes(s.code)) return 'rejected';
	return 'undecided';
}

export function filterSuggestions(list: readonly ReviewSuggestion[], choices: SuggestionChoices, f: ReviewFilter): ReviewSuggestion[] {
	const words = f.project.trim().toLowerCase();
	return list.filter(
		(s) =>
			s.score >= f.minScore &&
			(f.goal === null || s.goal === f.goal) &&
			(!words || s.name.toLowerCase().includes(words)) &&
			(f.choice === 'all' || choiceOf(choices, s) === f.choice)
	);
}

/** A new set of choices with each of `targets` set to `choice` (undecided removes it from both lists). */
export function choose(choices: SuggestionChoices, targets: readonly Pick<ReviewSuggestion, 'key' | 'code'>[], choice: Choice): SuggestionChoices {
	// Maps, then records with own properties only: a key such as "__proto__" stays a key.
	const lists = { accepted: new Map(Object.entries(choices.accepted)), rejected: new Map(Object.entries(choices.rejected)) };
	for (const { key, code } of targets) {
		for (const list of ['accepted', 'rejected'] as const) {
			const codes = (lists[list].get(key) ?? []).filter((c) => c !== code);
			if (list === choice) codes.push(code);
			if (codes.length) lists[list].set(key, codes);
			else lists[list].delete(key);
		}
	}
	return { accepted: Object.fromEntries(lists.accepted), rejected: Object.fromEntries(lists.rejected) };
}

export const countChoices = (choices: SuggestionChoices, list: readonly ReviewSuggestion[]) => {
	let accepted = 0;
	let rejected = 0;
	for (const s of list) {
		const c = choiceOf(choices, s);
		if (c === 'accepted') accepted++;
		else if (c === 'rejected') rejected++;
	}
	return { accepted, rejected, undecided: list.length - accepted - rejected };
};

/** Two sets of choices say the same (an order of codes aside): whether the report shows the accepted links yet. */
export function sameChoices(a: SuggestionChoices | undefined, b: SuggestionChoices | undefined): boolean {
	const flat = (c: SuggestionChoices | undefined) =>
		JSON.stringify(
			(['accepted', 'rejected'] as const).map((k) =>
				Object.entries(c?.[k] ?? {})
					.map(([key, codes]) => [key, [...codes].sort()])
					.sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0))
			)
		);
	return flat(a) === flat(b);
}
