/** The countries and SDG codes an import is checked against, from the build (see scripts/build-data.ts). */
import reference from '../generated/import-reference.json';
import { createCountryResolver, type CountryRecord } from './countries';
import type { Mapping } from './mapping';
import type { Framework } from './normalise';

export const countryRecords = reference.countries as CountryRecord[];
export const framework: Framework = { targets: new Set(reference.targets), indicators: new Set(reference.indicators) };

/** The user's fixes name a country (ISO alpha-3) or say "global" / "ignore"; only the first kind is a resolver fix. */
export function resolverFor(mapping: Mapping) {
	const fixes = Object.fromEntries(Object.entries(mapping.countryFixes).filter(([, v]) => /^[A-Z]{3}$/.test(v)));
	return createCountryResolver(countryRecords, fixes);
}
