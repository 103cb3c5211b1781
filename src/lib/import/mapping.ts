/**
 * Which column means what. Detected from the labels (our own names, the European Commission
 * inventory's, PPSR-Core's and common spreadsheet variants), shown to the user to confirm or
 * change, and saved for reuse with files of the same layout.
 */
import type { Strength } from '../domain/strength';
import type { SuggestionChoices } from '../suggest/evidence';
import type { IssueText } from './issues';

export const roles = [
	{ role: 'name', label: 'Project name', required: true, synonyms: ['name', 'project name', 'projectname', 'title', 'project title', 'project'] },
	{ role: 'id', label: 'Project identifier', synonyms: ['id', 'uid', 'project id', 'projectid', 'identifier', 'project_id', 'code', 'reference', 'ref'] },
	{ role: 'url', label: 'Website', synonyms: ['website', 'url', 'projecturl', 'project url', 'web site', 'homepage', 'web', 'link'] },
	{ role: 'description', label: 'Description', synonyms: ['description', 'brief description', 'projectdescription', 'summary', 'abstract', 'aim'] },
	{
		role: 'organisation',
		label: 'Organisation',
		synonyms: [
			'organisation',
			'organization',
			'lead organisation name',
			'lead organization name',
			'projectresponsiblepartyname',
			'lead organisation',
			'host',
			'coordinator'
		]
	},
	{
		role: 'countries',
		label: 'Countries',
		synonyms: ['countries', 'country', 'geographic coverage', 'geographical coverage', 'country codes', 'projectlocality', 'location']
	},
	{
		role: 'start_year',
		label: 'Start year',
		synonyms: ['start year', 'start', 'projectstartdate', 'start date', 'year started', 'started', 'start_year', 'from']
	},
	{ role: 'end_year', label: 'End year', synonyms: ['end year', 'end', 'projectenddate', 'end date', 'year ended', 'ended', 'end_year', 'to'] },
	{ role: 'status', label: 'Status (or "still active")', synonyms: ['status', 'projectstatus', 'still active', 'active', 'project status'] },
	{
		role: 'scale',
		label: 'Geographic scale',
		synonyms: ['geographic scale', 'geographical extent', 'geographic extent', 'scale', 'extent', 'geographic_scale']
	},
	{
		role: 'topics',
		label: 'Topics',
		synonyms: ['topics', 'topic', 'primary environmental field', 'projectaim', 'theme', 'themes', 'field', 'domain', 'keywords', 'category', 'categories']
	},
	{
		role: 'sdg_codes',
		label: 'SDG codes (goals, targets or indicators)',
		synonyms: ['sdg', 'sdgs', 'sdg codes', 'sdg code', 'sdg_code', 'hastag', 'sdg indicators', 'indicators', 'goals']
	},
	{ role: 'strength', label: 'Strength of the SDG link', synonyms: ['strength', 'contribution', 'link strength', 'contribution strength'] }
] as const;

export type Role = (typeof roles)[number]['role'];

export interface Mapping {
	columns: Partial<Record<Role, string>>;
	/** Wide layouts: a column per goal, scored 0 (none), 1 (indirect) or 2 (direct). Label → goal. */
	goalColumns: Record<string, number>;
	/** The strength of an SDG code or a ticked goal when the file does not say. */
	defaultStrength: Strength;
	/** Country texts the user resolved by hand: text as written → ISO alpha-3, or "global". */
	countryFixes: Record<string, string>;
	/** Suggested links the user accepted or rejected (suggest/evidence.ts); absent until they chose. */
	suggestions?: SuggestionChoices;
}

/** Labels compared without case, accents, punctuation or spacing differences. */
export const normaliseLabel = (label: string) =>
	label
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9.]+/g, ' ')
		.trim();

/** "SDG 15 - Life on land", "SDG15", "Goal 3", "sdg_06": the goal a wide layout's column scores. */
export function goalOfLabel(label: string): number | null {
	const m = /^(?:sdg|goal)\s*[-_#:]?\s*0?(\d{1,2})(?!\d|\.\d)/i.exec(label.trim());
	if (!m) return null;
	const goal = Number(m[1]);
	return goal >= 1 && goal <= 17 ? goal : null;
}

/** PPSR-Core has no SDG field; this dashboard's PPSR-Core export writes the links into `keyword`. */
const sdgKeyword = /\bSDG\s*\d/i;

/** @param rows a sample of the data, to tell a keyword column holding SDG codes from one holding words */
export function detectMapping(header: string[], rows: string[][] = []): Mapping {
	const columns: Mapping['columns'] = {};
	const goalColumns: Record<string, number> = {};
	const taken = new Set<string>();
	for (const label of header) {
		const goal = goalOfLabel(label);
		if (goal !== null && !Object.values(goalColumns).includes(goal)) {
			goalColumns[label] = goal;
			taken.add(label);
		}
	}
	const normalised = header.map((label) => ({ label, key: normaliseLabel(label) }));
	// Exact synonyms first, in the order of each role's list, so "Name" wins over "Project" for the name.
	for (const { role, synonyms } of roles) {
		for (const synonym of synonyms) {
			const hit = normalised.find((c) => c.key === synonym && !taken.has(c.label));
			if (hit) {
				columns[role] = hit.label;
				taken.add(hit.label);
				break;
			}
		}
	}
	const keyword = header.indexOf('keyword');
	if (!columns.sdg_codes && keyword >= 0 && rows.some((r) => sdgKeyword.test(r[keyword] ?? ''))) columns.sdg_codes = 'keyword';
	return { columns, goalColumns, defaultStrength: 'potential', countryFixes: {} };
}

/** What is wrong with a mapping: in English, and as a message for the page's language. */
export type MappingProblem = { note: string; text: IssueText };

/** What a mapping needs before anything can be imported; each message names the missing choice. */
export function mappingProblems(mapping: Mapping, header: string[]): MappingProblem[] {
	const problems: MappingProblem[] = [];
	const labels = new Set(header);
	if (!mapping.columns.name && header.length === 1) {
		const column = header[0].slice(0, 60);
		problems.push({
			note: `The file has a single column ("${column}"): it is probably separated by a character other than the one used. Choose the delimiter, or map the project name.`,
			text: { key: 'import.problem.singleColumn', values: { column } }
		});
	} else if (!mapping.columns.name) {
		problems.push({ note: 'Choose the column that holds the project name.', text: { key: 'import.problem.noName' } });
	}
	for (const [role, label] of Object.entries(mapping.columns)) {
		if (label && !labels.has(label))
			problems.push({
				note: `The column "${label}" chosen for ${role.replace('_', ' ')} is not in this file.`,
				text: { key: 'import.problem.missingColumn', values: { column: label, role } }
			});
	}
	for (const label of Object.keys(mapping.goalColumns)) {
		if (!labels.has(label))
			problems.push({ note: `The goal column "${label}" is not in this file.`, text: { key: 'import.problem.missingGoalColumn', values: { column: label } } });
	}
	return problems;
}

/** Two files share a layout when they have the same labels (in any order). */
export const layoutKey = (header: string[]) => [...header].map(normaliseLabel).sort().join('|');
