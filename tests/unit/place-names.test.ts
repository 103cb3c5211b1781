/**
 * Names of places in the page's language come from the build (Node's full ICU), with the page's
 * catalogue, not from the browser's Intl: Chromium names no UN M49 region but 419, so a page would
 * turn "Afrique" back into "Africa" as it hydrated (seen on /fr/topics).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { placeNamesIn } from '../../src/lib/server/place-names';
import { m49Codes } from '../../src/lib/domain/m49';
import { countryName, regionName, vocabularyData } from '../../src/lib/format/vocabulary';
import { loadCatalogue, setLocale } from '../../src/lib/i18n/i18n';

afterEach(() => setLocale('en'));

describe('place names', () => {
	it('name every region the data name, and every country with an ISO code, in each of the five languages', () => {
		for (const tag of ['ar', 'es', 'fr', 'ru', 'zh-Hans']) {
			const names = placeNamesIn(tag, vocabularyData.countries);
			expect(Object.keys(names.regions).sort()).toEqual(Object.keys(m49Codes).sort());
			const named = vocabularyData.countries.filter((c) => c.iso2).map((c) => c.iso3);
			expect(Object.keys(names.countries).length).toBeGreaterThanOrEqual(named.length - 2);
			for (const name of [...Object.values(names.regions), ...Object.values(names.countries)]) expect(name).not.toMatch(/^\d+$/);
		}
		expect(placeNamesIn('fr', vocabularyData.countries).regions.Africa).toBe('Afrique');
	});

	it('are what a page shows once its catalogue is loaded, English on English pages', async () => {
		expect(regionName('Africa')).toBe('Africa');
		expect(countryName('KEN')).toBe('Kenya');
		await loadCatalogue('fr');
		setLocale('fr');
		expect(regionName('Africa')).toBe('Afrique');
		expect(regionName('Sub-Saharan Africa')).toBe('Afrique subsaharienne');
		expect(countryName('KEN')).toBe('Kenya');
		expect(countryName('GBR')).toBe('Royaume-Uni');
		expect(regionName('Not a region')).toBe('Not a region');
		await loadCatalogue('zh');
		setLocale('zh');
		expect(regionName('Africa')).toBe('非洲');
	});
});
