/**
 * Country and region names in the page's language. The build looks them up once, with Node's full
 * ICU data (the Unicode CLDR names of each ISO 3166 and UN M49 code, server/place-names.ts), and
 * each language's catalogue brings its own. The browser's Intl cannot be asked instead: Chromium
 * names no M49 region but Latin America (002 "Africa" has no French name there), and browsers' CLDR
 * versions differ, so a page would change its names as it hydrated.
 */
import { currentLocale } from './current';

export interface PlaceNames {
	/** By ISO 3166 alpha-3 code. */
	countries: Record<string, string>;
	/** By the region's English M49 name. */
	regions: Record<string, string>;
}

const names = new Map<string, PlaceNames>();

/** Keep a language's place names (by its UN tag: fr, zh-Hans). */
export function registerPlaceNames(tag: string, places: PlaceNames): void {
	names.set(tag, places);
}

const current = () => {
	const { tag } = currentLocale();
	return tag === 'en' ? undefined : names.get(tag);
};

/** A country's name in the page's language, or undefined (English pages; a code CLDR does not name). */
export const translatedCountryName = (iso3: string): string | undefined => current()?.countries[iso3];

/** A region's name in the page's language, or undefined. */
export const translatedRegionName = (name: string): string | undefined => current()?.regions[name];
