/**
 * The country resolver for imported inventories, built from the real data/countries.csv: the names
 * and codes inventories actually use must land on the right country, and anything else must come
 * back as written so the user can say what it is.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { csvRecords, parseCsv } from '../../src/lib/format/csv';
import { commonNames, isoShortNames } from '../../src/lib/import/country-aliases';
import { countryNameEntries, createCountryResolver, normaliseCountryName, type CountryRecord } from '../../src/lib/import/countries';

const rows = csvRecords(parseCsv(readFileSync('data/countries.csv', 'utf8')));
const countries: CountryRecord[] = rows.map(({ iso3, iso2, m49, name }) => ({ iso3, iso2, m49, name }));
const { resolve, lookup } = createCountryResolver(countries);
const lookups = (names: string[]) => Object.fromEntries(names.map((n) => [n, lookup(n)]));

describe('data/countries.csv carries ISO 3166-1 alpha-2 codes', () => {
	it('has a unique two-letter code for every country and area, in the last column', () => {
		expect(parseCsv(readFileSync('data/countries.csv', 'utf8')).header.at(-1)).toBe('iso2');
		expect(countries).toHaveLength(249);
		expect(countries.every((c) => /^[A-Z]{2}$/.test(c.iso2))).toBe(true);
		expect(new Set(countries.map((c) => c.iso2)).size).toBe(countries.length);
	});

	it('pairs alpha-2 with alpha-3 as ISO does, including the pairs whose letters differ', () => {
		const iso2 = Object.fromEntries(countries.map((c) => [c.iso3, c.iso2]));
		expect(iso2).toMatchObject({ GBR: 'GB', NLD: 'NL', DEU: 'DE', CHE: 'CH', AUT: 'AT', AUS: 'AU', ZAF: 'ZA', ESP: 'ES', KOR: 'KR', PRK: 'KP' });
		expect(iso2).toMatchObject({ TWN: 'TW', SRB: 'RS', MNE: 'ME', COM: 'KM', CYM: 'KY', MYT: 'YT', SGS: 'GS', SPM: 'PM', UKR: 'UA', ALA: 'AX', ATA: 'AQ' });
	});
});

describe('lookup: one name or code', () => {
	it('finds every M49 name in data/countries.csv, and in capitals', () => {
		for (const c of countries) {
			expect(lookup(c.name), c.name).toBe(c.iso3);
			expect(lookup(c.name.toUpperCase()), c.name).toBe(c.iso3);
		}
	});

	it('ignores case, accents, punctuation and surrounding whitespace', () => {
		expect(
			lookups([
				"  cote d'ivoire ",
				'CÔTE D’IVOIRE',
				'Turkiye',
				'curacao',
				'Guinea Bissau',
				'Timor Leste',
				'Aland Islands',
				'saint barthelemy',
				'Sao Tome & Principe',
				'St. Vincent and the Grenadines',
				'Reunion'
			])
		).toEqual({
			"  cote d'ivoire ": 'CIV',
			'CÔTE D’IVOIRE': 'CIV',
			Turkiye: 'TUR',
			curacao: 'CUW',
			'Guinea Bissau': 'GNB',
			'Timor Leste': 'TLS',
			'Aland Islands': 'ALA',
			'saint barthelemy': 'BLM',
			'Sao Tome & Principe': 'STP',
			'St. Vincent and the Grenadines': 'VCT',
			Reunion: 'REU'
		});
	});

	it('finds ISO 3166-1 short names, with "(the)" and comma-inverted forms', () => {
		expect(
			lookups([
				'Netherlands (the)',
				'United Kingdom of Great Britain and Northern Ireland (the)',
				'Korea (the Republic of)',
				'Korea, Republic of',
				"Korea (the Democratic People's Republic of)",
				'Iran (Islamic Republic of)',
				'Tanzania, United Republic of',
				'Bolivia (Plurinational State of)',
				'Moldova (the Republic of)',
				'Congo (the Democratic Republic of the)',
				'Congo (the)',
				'Russian Federation (the)',
				'Czechia',
				'Türkiye',
				"Côte d'Ivoire",
				'Viet Nam',
				"Lao People's Democratic Republic (the)",
				'Taiwan (Province of China)',
				'Philippines (the)',
				'Faroe Islands (the)',
				'United States of America (the)',
				'Falkland Islands (the) [Malvinas]',
				'Virgin Islands (U.S.)',
				'Palestine, State of',
				'Holy See (Vatican City State)'
			])
		).toEqual({
			'Netherlands (the)': 'NLD',
			'United Kingdom of Great Britain and Northern Ireland (the)': 'GBR',
			'Korea (the Republic of)': 'KOR',
			'Korea, Republic of': 'KOR',
			"Korea (the Democratic People's Republic of)": 'PRK',
			'Iran (Islamic Republic of)': 'IRN',
			'Tanzania, United Republic of': 'TZA',
			'Bolivia (Plurinational State of)': 'BOL',
			'Moldova (the Republic of)': 'MDA',
			'Congo (the Democratic Republic of the)': 'COD',
			'Congo (the)': 'COG',
			'Russian Federation (the)': 'RUS',
			Czechia: 'CZE',
			Türkiye: 'TUR',
			"Côte d'Ivoire": 'CIV',
			'Viet Nam': 'VNM',
			"Lao People's Democratic Republic (the)": 'LAO',
			'Taiwan (Province of China)': 'TWN',
			'Philippines (the)': 'PHL',
			'Faroe Islands (the)': 'FRO',
			'United States of America (the)': 'USA',
			'Falkland Islands (the) [Malvinas]': 'FLK',
			'Virgin Islands (U.S.)': 'VIR',
			'Palestine, State of': 'PSE',
			'Holy See (Vatican City State)': 'VAT'
		});
	});

	it('finds common English names and abbreviations', () => {
		const expected: Record<string, string> = {
			UK: 'GBR',
			'Great Britain': 'GBR',
			England: 'GBR',
			Scotland: 'GBR',
			Wales: 'GBR',
			'Northern Ireland': 'GBR',
			USA: 'USA',
			'U.S.A.': 'USA',
			US: 'USA',
			'United States': 'USA',
			Russia: 'RUS',
			'Czech Republic': 'CZE',
			Turkey: 'TUR',
			'Ivory Coast': 'CIV',
			Vietnam: 'VNM',
			Laos: 'LAO',
			'South Korea': 'KOR',
			'North Korea': 'PRK',
			Iran: 'IRN',
			Syria: 'SYR',
			Bolivia: 'BOL',
			Venezuela: 'VEN',
			Tanzania: 'TZA',
			Moldova: 'MDA',
			'DR Congo': 'COD',
			DRC: 'COD',
			'Democratic Republic of Congo': 'COD',
			Holland: 'NLD',
			'The Netherlands': 'NLD',
			Swaziland: 'SWZ',
			Eswatini: 'SWZ',
			Macedonia: 'MKD',
			'North Macedonia': 'MKD',
			'Republic of North Macedonia': 'MKD',
			Burma: 'MMR',
			Myanmar: 'MMR',
			'Cape Verde': 'CPV',
			'Cabo Verde': 'CPV',
			'East Timor': 'TLS',
			'Timor-Leste': 'TLS',
			Vatican: 'VAT',
			Palestine: 'PSE',
			Brunei: 'BRN',
			Micronesia: 'FSM',
			'Hong Kong': 'HKG',
			Macao: 'MAC',
			Macau: 'MAC',
			Taiwan: 'TWN',
			'The Gambia': 'GMB',
			'Korea, Rep.': 'KOR',
			'St Kitts & Nevis': 'KNA'
		};
		expect(lookups(Object.keys(expected))).toEqual(expected);
	});

	it('reads official long names without their "Republic of" or "Kingdom of", but not into another country', () => {
		expect(
			lookups([
				'Kingdom of Spain',
				'Federal Republic of Germany',
				"People's Republic of China",
				'Republic of the Congo',
				'Republic of China',
				'Republic of Ireland'
			])
		).toEqual({
			'Kingdom of Spain': 'ESP',
			'Federal Republic of Germany': 'DEU',
			"People's Republic of China": 'CHN',
			'Republic of the Congo': 'COG',
			'Republic of China': 'TWN',
			'Republic of Ireland': 'IRL'
		});
	});

	it('leaves ambiguous names and places that are not M49 countries unresolved', () => {
		expect(lookups(['America', 'Korea', 'Virgin Islands', 'Kosovo', 'Republic of Kosovo', 'Atlantis', '', '  '])).toEqual({
			America: null,
			Korea: null,
			'Virgin Islands': null,
			Kosovo: null,
			'Republic of Kosovo': null,
			Atlantis: null,
			'': null,
			'  ': null
		});
	});

	it('reads every alpha-2, alpha-3 and numeric code in data/countries.csv, Namibia’s NA aside', () => {
		for (const c of countries) {
			expect(lookup(c.iso3), c.iso3).toBe(c.iso3);
			expect(lookup(c.m49), c.m49).toBe(c.iso3);
			if (c.iso2 !== 'NA') expect(lookup(c.iso2), c.iso2).toBe(c.iso3);
		}
		expect(lookups(['GB', 'NL', 'UK', 'EL', 'GBR', '826', '528', '040', '40', '4', '40.0', 'NA'])).toEqual({
			GB: 'GBR',
			NL: 'NLD',
			UK: 'GBR',
			EL: 'GRC',
			GBR: 'GBR',
			'826': 'GBR',
			'528': 'NLD',
			'040': 'AUT',
			'40': 'AUT',
			'4': 'AFG',
			'40.0': 'AUT',
			NA: null
		});
	});

	it('reads codes only in capitals, so that English words stay words', () => {
		expect(lookups(['and', 'can', 'per', 'it', 'CAN', 'IT', 'xk', 'XKX', '999', '1000'])).toEqual({
			and: null,
			can: null,
			per: null,
			it: null,
			CAN: 'CAN',
			IT: 'ITA',
			xk: null,
			XKX: null,
			'999': null,
			'1000': null
		});
	});
});

describe('resolve: a whole cell', () => {
	const none = { countries: [], global: false, unresolved: [] };

	it('splits lists on commas, semicolons, line breaks and bars', () => {
		expect(resolve('Spain, Italy; France\nGermany\r\nAustria | Belgium').countries).toEqual(['ESP', 'ITA', 'FRA', 'DEU', 'AUT', 'BEL']);
		expect(resolve('GB;NL;826').countries).toEqual(['GBR', 'NLD']);
	});

	it('never splits on "and" or "/", which are inside names', () => {
		expect(resolve('Trinidad and Tobago, Bosnia and Herzegovina, Saint Kitts and Nevis, Antigua & Barbuda').countries).toEqual(['TTO', 'BIH', 'KNA', 'ATG']);
		expect(resolve('Spain / France')).toEqual({ countries: [], global: false, unresolved: ['Spain / France'] });
		expect(resolve('Spain and France')).toEqual({ countries: [], global: false, unresolved: ['Spain and France'] });
	});

	it('keeps names that contain a comma whole inside comma-separated lists', () => {
		expect(resolve('Kenya, Korea, Republic of, Tanzania, United Republic of, Japan').countries).toEqual(['KEN', 'KOR', 'TZA', 'JPN']);
		expect(resolve('Bonaire, Sint Eustatius and Saba, Curaçao, Aruba').countries).toEqual(['BES', 'CUW', 'ABW']);
		expect(resolve('Congo, The Democratic Republic of the, Congo, Gabon').countries).toEqual(['COD', 'COG', 'GAB']);
		expect(resolve('Iran, Islamic Republic of, Netherlands (the), Korea, Democratic People’s Republic of').countries).toEqual(['IRN', 'NLD', 'PRK']);
		expect(resolve('Gambia, The, Senegal').countries).toEqual(['GMB', 'SEN']);
		expect(resolve('Taiwan, Province of China').countries).toEqual(['TWN']);
		// Two countries that happen to be neighbours in a list are not joined into a name neither is.
		expect(resolve('China, Hong Kong, Taiwan, China').countries).toEqual(['CHN', 'HKG', 'TWN']);
		expect(resolve('Ireland, Northern Ireland').countries).toEqual(['IRL', 'GBR']);
	});

	it('joins pieces into one name only across commas', () => {
		expect(resolve('Korea; Republic of')).toEqual({ countries: [], global: false, unresolved: ['Korea', 'Republic of'] });
	});

	it('lists each country once, in the order first named', () => {
		expect(resolve('UK, England, GB, United Kingdom of Great Britain and Northern Ireland (the), Wales').countries).toEqual(['GBR']);
		expect(resolve('France, Spain, FRA, france, Spain').countries).toEqual(['FRA', 'ESP']);
	});

	it('reads World, Global, Worldwide and International as a global scale, not a country', () => {
		for (const cell of ['World', 'GLOBAL', '  worldwide ', 'International', 'World-wide']) expect(resolve(cell), cell).toEqual({ ...none, global: true });
		expect(resolve('World, Kenya')).toEqual({ countries: ['KEN'], global: true, unresolved: [] });
	});

	it('gives nothing for an empty cell', () => {
		for (const cell of ['', '   ', '\n', ' , ; | ']) expect(resolve(cell), JSON.stringify(cell)).toEqual(none);
	});

	it('returns regions and unknown places as written, trimmed, once each', () => {
		expect(resolve('Europe')).toEqual({ ...none, unresolved: ['Europe'] });
		expect(resolve('Netherlands (the), Europe')).toEqual({ countries: ['NLD'], global: false, unresolved: ['Europe'] });
		expect(resolve('Africa; Asia, Americas, Latin America and the Caribbean, Sub-Saharan Africa, European Union').unresolved).toEqual([
			'Africa',
			'Asia',
			'Americas',
			'Latin America and the Caribbean',
			'Sub-Saharan Africa',
			'European Union'
		]);
		expect(resolve('  Kosovo ;  Atlantis, Kosovo, Peru')).toEqual({ countries: ['PER'], global: false, unresolved: ['Kosovo', 'Atlantis'] });
		expect(resolve('America, N/A')).toEqual({ ...none, unresolved: ['America', 'N/A'] });
	});
});

describe('fixes chosen by the user', () => {
	const fixed = createCountryResolver(countries, { Europe: 'BEL', 'Holand ': 'NLD', Congo: 'COD', Atlantis: 'global', Kosovo: 'ignore', Mars: 'XXX' });

	it('resolve the text they were given for, also in another case or spacing', () => {
		expect(fixed.resolve('Europe, Spain')).toEqual({ countries: ['BEL', 'ESP'], global: false, unresolved: [] });
		expect(fixed.resolve('holand')).toEqual({ countries: ['NLD'], global: false, unresolved: [] });
		expect(fixed.lookup('Congo')).toBe('COD');
	});

	it('win over the resolver’s own reading', () => {
		expect(fixed.resolve('Congo, Gabon').countries).toEqual(['COD', 'GAB']);
		expect(resolve('Congo, Gabon').countries).toEqual(['COG', 'GAB']);
	});

	it('leave values that are not a country code (an importer’s "global" or "ignore") to the caller', () => {
		expect(fixed.resolve('Atlantis, Kosovo, Mars')).toEqual({ countries: [], global: false, unresolved: ['Atlantis', 'Kosovo', 'Mars'] });
	});
});

describe('the alias tables', () => {
	it('never give one name to two countries', () => {
		const owners = new Map<string, Set<string>>();
		for (const e of countryNameEntries(countries)) owners.set(e.key, (owners.get(e.key) ?? new Set()).add(e.iso3));
		const conflicts = [...owners].filter(([, codes]) => codes.size > 1).map(([key, codes]) => `${key}: ${[...codes].join(', ')}`);
		expect(conflicts).toEqual([]);
	});

	it('name only countries in data/countries.csv, and no name reads as nothing', () => {
		const known = new Set(countries.map((c) => c.iso3));
		for (const table of [isoShortNames, commonNames]) {
			for (const [iso3, names] of Object.entries(table)) {
				expect(known.has(iso3), iso3).toBe(true);
				for (const name of names) expect(lookup(name), name).toBe(iso3);
			}
		}
	});

	it('hold no region, sub-region or global name', () => {
		const regions = new Set(rows.flatMap((r) => [r.region, r.sub_region, r.intermediate_region]).filter(Boolean));
		// Micronesia is both an M49 sub-region and a country's common name; as a single piece it means the country.
		regions.delete('Micronesia');
		expect(regions.size).toBeGreaterThan(20);
		for (const region of regions) expect(lookup(region), region).toBeNull();
		for (const name of ['World', 'Global', 'Worldwide', 'International']) expect(lookup(name), name).toBeNull();
	});

	it('compare names in one normal form', () => {
		expect(normaliseCountryName('  Côte d’Ivoire (the) ')).toBe('cote divoire');
		expect(normaliseCountryName('St. Kitts & Nevis')).toBe('saint kitts and nevis');
		expect(normaliseCountryName('U.S.A.')).toBe('usa');
	});
});
