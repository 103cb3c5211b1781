/**
 * A suggestion's reasons in words: what the review table shows and what an accepted link keeps as
 * its rationale, so the dashboard can always say why a link was suggested and who confirmed it.
 */
import type { Suggestion, SuggestionReason } from './suggester';

export const quoted = (words: string[]) => words.map((w) => `“${w}”`).join(', ');

/** A reason in English, as an accepted link's rationale keeps it. */
export function reasonText(reason: SuggestionReason): string {
	return reason.kind === 'rule'
		? `${quoted(reason.words)}: rule “${reason.rule}”: ${reason.note}`
		: `${quoted(reason.words)} in the official text of ${reason.code}: “${reason.title}”`;
}

/** The rationale an accepted suggestion is imported with. */
export const acceptedRationale = (s: Pick<Suggestion, 'reasons' | 'score'>) =>
	`Suggested from the project's text (score ${s.score.toFixed(2)}) and confirmed by the importer. ${s.reasons.map(reasonText).join(' ')}`;

/** Which suggestions a person accepted or rejected, by project key (its id in the file) and code; saved with the mapping. */
export interface SuggestionChoices {
	accepted: Record<string, string[]>;
	rejected: Record<string, string[]>;
}

export const noChoices = (): SuggestionChoices => ({ accepted: {}, rejected: {} });

/** A project's codes in one list of choices. Own keys only: a project id may be "constructor" or "__proto__". */
export const codesFor = (list: Record<string, string[]>, key: string): string[] | undefined => (Object.hasOwn(list, key) ? list[key] : undefined);
