/**
 * Mappings the user saved, kept in this browser and offered again for a file with the same
 * columns (an inventory exported every month keeps its layout).
 */
import { layoutKey, type Mapping } from './mapping';

export interface SavedMapping {
	name: string;
	layout: string;
	mapping: Mapping;
	savedAt: string;
}

const key = 'citsci-sdg:import-mappings';

export function savedMappings(): SavedMapping[] {
	try {
		const list = JSON.parse(localStorage.getItem(key) ?? '[]') as SavedMapping[];
		return Array.isArray(list) ? list.filter((m) => m && typeof m.name === 'string' && m.mapping) : [];
	} catch {
		return [];
	}
}

export function saveMapping(name: string, header: string[], mapping: Mapping): SavedMapping[] {
	const entry: SavedMapping = { name, layout: layoutKey(header), mapping, savedAt: new Date().toISOString() };
	const list = [...savedMappings().filter((m) => m.name !== name), entry];
	localStorage.setItem(key, JSON.stringify(list));
	return list;
}

export function forgetMapping(name: string): SavedMapping[] {
	const list = savedMappings().filter((m) => m.name !== name);
	localStorage.setItem(key, JSON.stringify(list));
	return list;
}

/** The most recently saved mapping for a file with these columns, if any. */
export const mappingForLayout = (header: string[]) =>
	savedMappings()
		.filter((m) => m.layout === layoutKey(header))
		.at(-1);
