/**
 * A person's choices on the suggestions for a file, kept in this browser as they make them, and
 * offered again when the same file (same name, size and columns) is opened: reviewing 231 projects
 * is work nobody should lose to a closed tab. At most the last 20 files are kept.
 */
import { layoutKey } from './mapping';
import type { SuggestionChoices } from '../suggest/evidence';

const key = 'citsci-sdg:suggestion-choices';
const keep = 20;

interface Entry {
	file: string;
	choices: SuggestionChoices;
	savedAt: string;
}

export const fileKey = (name: string, size: number, header: string[]) => `${name}|${size}|${layoutKey(header)}`;

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
