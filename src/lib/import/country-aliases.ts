/**
 * Names for countries and areas besides their UN M49 names (which come from data/countries.csv),
 * keyed by ISO 3166-1 alpha-3. Matching ignores case, accents, punctuation and the word "the", so
 * `Netherlands (the)`, `The Netherlands` and `Netherlands` need one entry; forms that differ only
 * that way are not repeated here.
 *
 * Kept by hand because inventories write countries the way people do, not the way M49 does. A
 * name goes in only if it means one country: `Korea`, `America`, `Virgin Islands` and region
 * names such as `Europe` stay unresolved so that the user decides.
 */

/** ISO 3166-1 English short names (ISO's own, often comma-inverted) where M49 words them otherwise. */
export const isoShortNames: Readonly<Record<string, readonly string[]>> = {
	BOL: ['Bolivia, Plurinational State of'],
	COD: ['Congo, The Democratic Republic of the'],
	FSM: ['Micronesia, Federated States of'],
	GBR: ['United Kingdom'],
	HKG: ['Hong Kong'],
	IRN: ['Iran, Islamic Republic of'],
	KOR: ['Korea, Republic of'],
	MAC: ['Macao'],
	MDA: ['Moldova, Republic of'],
	MKD: ['Macedonia, the former Yugoslav Republic of'],
	NLD: ['Netherlands'],
	PRK: ["Korea, Democratic People's Republic of"],
	PSE: ['Palestine, State of'],
	SHN: ['Saint Helena, Ascension and Tristan da Cunha'],
	SJM: ['Svalbard and Jan Mayen'],
	TZA: ['Tanzania, United Republic of'],
	USA: ['United States'],
	VAT: ['Holy See (Vatican City State)'],
	VEN: ['Venezuela, Bolivarian Republic of'],
	VGB: ['Virgin Islands, British'],
	VIR: ['Virgin Islands, U.S.'],
	WLF: ['Wallis and Futuna']
};

/** Common English names, former names, abbreviations and World Bank forms (`Korea, Rep.`). */
export const commonNames: Readonly<Record<string, readonly string[]>> = {
	ARE: ['UAE', 'Emirates'],
	ATF: ['French Southern and Antarctic Lands'],
	BES: ['Caribbean Netherlands', 'Bonaire'],
	BIH: ['Bosnia', 'Bosnia-Herzegovina'],
	BOL: ['Bolivia'],
	BRN: ['Brunei'],
	CCK: ['Cocos Islands', 'Keeling Islands'],
	CIV: ['Ivory Coast'],
	COD: ['DR Congo', 'DRC', 'Congo DR', 'Congo, Dem. Rep.', 'Congo-Kinshasa', 'Zaire'],
	COG: ['Congo, Rep.', 'Congo-Brazzaville'],
	CPV: ['Cape Verde'],
	CZE: ['Czech Republic'],
	EGY: ['Egypt, Arab Rep.'],
	FLK: ['Falkland Islands'],
	FSM: ['Micronesia', 'Micronesia, Fed. Sts.'],
	GBR: ['UK', 'Great Britain', 'Britain', 'England', 'Scotland', 'Wales', 'Northern Ireland'],
	HKG: ['Hong Kong SAR', 'Hong Kong SAR, China', 'China, Hong Kong SAR'],
	IRL: ['Eire', 'Republic of Ireland'],
	IRN: ['Iran', 'Iran, Islamic Rep.'],
	KGZ: ['Kyrgyz Republic'],
	KOR: ['South Korea', 'Korea, South', 'Korea, Rep.'],
	LAO: ['Laos', 'Lao PDR'],
	MAC: ['Macau', 'Macao SAR', 'Macao SAR, China', 'China, Macao SAR'],
	// "Saint Martin" alone is usually the French side; the Dutch side is written "Sint Maarten".
	MAF: ['Saint Martin'],
	MDA: ['Moldova'],
	// The JRC inventory writes "Republic of North Macedonia".
	MKD: ['Macedonia', 'Republic of North Macedonia', 'FYROM', 'Former Yugoslav Republic of Macedonia'],
	MMR: ['Burma'],
	NLD: ['Holland'],
	PCN: ['Pitcairn Islands'],
	PRK: ['North Korea', 'Korea, North', "Korea, Dem. People's Rep.", 'DPRK'],
	PSE: ['Palestine', 'Occupied Palestinian Territory', 'West Bank and Gaza'],
	RUS: ['Russia'],
	SGS: ['South Georgia'],
	SVK: ['Slovak Republic'],
	SWZ: ['Swaziland'],
	SXM: ['Sint Maarten'],
	SYR: ['Syria'],
	TLS: ['East Timor'],
	TUR: ['Turkey'],
	// "Republic of China" must be named here: dropping its "Republic of" would make it China.
	TWN: ['Taiwan', 'Republic of China', 'Chinese Taipei'],
	TZA: ['Tanzania'],
	UMI: ['US Minor Outlying Islands'],
	USA: ['USA', 'US'],
	VAT: ['Vatican', 'Vatican City', 'Vatican City State'],
	VEN: ['Venezuela', 'Venezuela, RB'],
	VIR: ['US Virgin Islands'],
	VNM: ['Vietnam'],
	YEM: ['Yemen, Rep.']
};

/**
 * Two-letter codes that are not ISO 3166-1 alpha-2 but are used for one: the EU writes UK for the
 * United Kingdom and EL for Greece (both exceptionally reserved by ISO for that use).
 */
export const alpha2Exceptions: Readonly<Record<string, string>> = { UK: 'GBR', EL: 'GRC' };

/**
 * Alpha-2 codes not read as codes. Namibia's NA is far more often a spreadsheet's "not available";
 * left unresolved, the user can still say it is Namibia.
 */
export const alpha2Ignored: ReadonlySet<string> = new Set(['NA']);

/**
 * Leading words of official long names ("Kingdom of Spain", "Republic of North Macedonia"). A name
 * that resolves to nothing is tried once more without them. "Democratic Republic of" is not among
 * them: without it, the Congo of Kinshasa would become the Congo of Brazzaville.
 */
export const officialPrefixes: readonly string[] = [
	'republic of',
	'federal republic of',
	'kingdom of',
	'state of',
	'principality of',
	'grand duchy of',
	'sultanate of',
	'commonwealth of',
	'independent state of',
	'peoples republic of',
	'union of'
];

/** A cell that names the whole world gives a scale, not a country. */
export const globalNames: readonly string[] = ['World', 'Global', 'Worldwide', 'World-wide', 'International'];
