/**
 * Country and region names in one language, for the page's catalogue (i18n/place-names.ts): the
 * Unicode CLDR names of their ISO 3166 and UN M49 codes, from Node's full ICU data. A code CLDR
 * does not name is left out, and the page shows its English UN M49 name.
 */
import { m49Codes } from '../domain/m49';
import type { PlaceNames } from '../i18n/place-names';

export function placeNamesIn(tag: string, countries: { iso3: string; iso2: string | null }[]): PlaceNames {
	const names = new Intl.DisplayNames([tag], { type: 'region', fallback: 'none' });
	const out: PlaceNames = { countries: {}, regions: {} };
	for (const c of countries) {
		const name = c.iso2 ? names.of(c.iso2) : undefined;
		if (name) out.countries[c.iso3] = name;
	}
	for (const [region, code] of Object.entries(m49Codes)) {
		const name = names.of(code);
		if (name) out.regions[region] = name;
	}
	return out;
}
