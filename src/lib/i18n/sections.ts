/**
 * The catalogues' sections: messages only some pages need (the import flow's 225, the methodology's
 * prose), fetched by those pages' loads, so that every other page's first load carries only the
 * messages shared by all pages (the header, filters, charts, tables, exports: the "common" section).
 * A message belongs to a section by its key's first word. tests/unit/i18n-sections.test.ts checks
 * that a section's messages are named only in the files of the pages that fetch it.
 */
export const sections = {
	overview: ['overview'],
	goal: ['goalPage', 'goalTargets'],
	indicator: ['indicatorPage'],
	country: ['countryPage'],
	topic: ['topicPage', 'topicList', 'topicMatrix'],
	network: ['networkPage'],
	project: ['projectPage', 'projectList'],
	coverage: ['coveragePage'],
	flows: ['flowsPage'],
	tables: ['tablesPage'],
	sql: ['sql'],
	import: ['import', 'imported'],
	openData: ['openData', 'api', 'schema'],
	methodology: ['methodology']
} as const;

export type Section = keyof typeof sections;
export type Part = Section | 'common';

const owner = new Map<string, Section>(Object.entries(sections).flatMap(([section, prefixes]) => prefixes.map((p) => [p, section as Section])));

/** The section a message belongs to, by its key: 'methodology.lead' → 'methodology'. */
export const partOf = (key: string): Part => owner.get(key.split('.')[0]) ?? 'common';
