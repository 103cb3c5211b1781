/**
 * A person's choices on the suggestions for a file, kept in this browser as they make them, and
 * offered again when the very same file (the same bytes, and the same sheet of a workbook) is
 * opened: reviewing 231 projects is work nobody should lose to a closed tab. Choices name projects
 * by their id in the file, or their row where it has none, so a file whose rows moved is another
 * file here. Each file's choices are an entry of their own, so a click rewrites that file's only;
 * an index keeps the last 20 files and drops the rest.
 */
import type { SuggestionChoices } from '../suggest/evidence';

const prefix = 'citsci-sdg:suggestion-choices:';
const indexKey = 'citsci-sdg:suggestion-choices';
const keep = 20;

export const fileKey = (fingerprint: string, sheet: string) => `${fingerprint}|${sheet}`;

function index(): string[] {
	try {
		const list = JSON.parse(localStorage.getItem(indexKey) ?? '[]');
		return Array.isArray(list) ? list.filter((f) => typeof f === 'string') : [];
	} catch {
		return [];
	}
}

export function savedChoices(file: string): SuggestionChoices | undefined {
	try {
		const choices = JSON.parse(localStorage.getItem(prefix + file) ?? 'null') as SuggestionChoices | null;
		return choices?.accepted && choices.rejected ? choices : undefined;
	} catch {
		return undefined;
	}
}

export function saveChoices(file: string, choices: SuggestionChoices): void {
	try {
		const files = [...index().filter((f) => f !== file), file];
		for (const old of files.slice(0, -keep)) localStorage.removeItem(prefix + old);
		localStorage.setItem(indexKey, JSON.stringify(files.slice(-keep)));
		localStorage.setItem(prefix + file, JSON.stringify(choices));
	} catch {
		// Storage full or refused: the choices stay in the page and in the imported dataset's mapping.
	}
}
