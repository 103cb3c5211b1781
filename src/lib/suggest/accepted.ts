/**
 * Accepted suggestions become links at import. Each is made again from the project's text, so the
 * link keeps the reasons it was accepted for; a code the text no longer suggests (the file or the
 * mapping changed) is named, never linked on trust.
 */
import type { ProjectText, Suggester, Suggestion } from './suggester';

export function acceptedSuggestions(suggester: Suggester, project: ProjectText, codes: readonly string[]): { kept: Suggestion[]; gone: string[] } {
	const made = new Map(suggester.suggest(project).map((s) => [s.code, s]));
	const kept: Suggestion[] = [];
	const gone: string[] = [];
	for (const code of codes) {
		const suggestion = made.get(code);
		if (suggestion) kept.push(suggestion);
		else gone.push(code);
	}
	return { kept, gone };
}
