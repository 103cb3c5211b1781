/**
 * Names people type for countries whose UN M49 name is long or formal ("United Kingdom of Great
 * Britain and Northern Ireland"), so the site search finds them: a short list, by ISO alpha-3.
 */
export const countryAliases: Record<string, string> = {
	BOL: 'Bolivia',
	CIV: 'Ivory Coast',
	COD: 'DR Congo DRC Congo-Kinshasa',
	COG: 'Congo-Brazzaville',
	CZE: 'Czech Republic',
	FSM: 'Micronesia',
	GBR: 'UK Britain Great Britain England Scotland Wales',
	IRN: 'Iran Persia',
	KOR: 'South Korea',
	LAO: 'Laos',
	MDA: 'Moldova',
	MKD: 'Macedonia',
	NLD: 'Holland',
	PRK: 'North Korea',
	PSE: 'Palestine',
	RUS: 'Russia',
	SWZ: 'Swaziland',
	SYR: 'Syria',
	TUR: 'Turkey',
	TWN: 'Taiwan',
	TZA: 'Tanzania',
	USA: 'US United States America',
	VEN: 'Venezuela',
	VNM: 'Vietnam'
};
