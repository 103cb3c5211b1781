/**
 * A person's choices on the suggestions for a file, kept in this browser as they make them, and
 * offered again when the very same file (the same bytes, and the same sheet of a workbook) is
 * opened: reviewing 231 projects is work nobody should lose to a closed tab. Choices name projects
 * by their id in the file, or their row where it has none, so a file whose rows moved is another
 * file here. At most the last 20 files are kept.
 */
import type { SuggestionChoices } from '../suggest/evidence';

const key = 'citsci-sdg:suggestion-choices';
const keep = 20;

interface Entry {
	file: string;
	choices: SuggestionChoices;
	savedAt: string;
}

export const fileKey = (fingerprint: string, sheet: string) => `${fingerprint}|${sheet}`;

function entries(): Entry[] {
	try {
		const list = JSON.parse(localStorage.getItem(key) ?? '[]') as Entry[];
		return Array.isArray(list) ? list.filter((e) => e && typeof e.file === 'string' && e.choices?.accepted && e.choices?.rejected) : [];
	} catch {
		return [];
	}
}

export const savedChoices = (file: string): SuggestionChoices | undefined => entries().find((e) => e.file === file)?.choices;

export function saveChoices(file: string, choices: SuggestionChoices): void {
	const list = [...entries().filter((e) => e.file !== file), { file, choices, savedAt: new Date().toISOString() }].slice(-keep);
	try {
		localStorage.setItem(key, JSON.stringify(list));
	} catch {
		// Storage full or refused: the choices stay in the page and in the imported dataset's mapping.
	}
}
