/**
 * What a claimed contribution rests on. One enumeration for the validator, the pages, the exports
 * and anything later that creates links, so "direct" means the same thing everywhere: shown by
 * the agencies that compile the indicator, not by us.
 */
import type { Strength } from './strength';

/** Kinds of document, strongest first. */
export const evidenceTypes = ['custodian', 'official', 'peer-reviewed', 'project', 'inference', 'suggested'] as const;

export type EvidenceType = (typeof evidenceTypes)[number];

/** A curated link rests on a document or the curators' judgement; suggestions are an importer's, never the curators'. */
export const curatedEvidenceTypes = evidenceTypes.filter((t) => t !== 'suggested');

/** What a link says about its evidence; the fields of a row of data/contributions.csv. */
export interface LinkEvidence {
	level: string;
	strength: string;
	evidence_type: string | null;
	/** 'yes' when the cited document names the project or its dataset. */
	names_project: string | null;
	source_url: string | null;
	locator: string | null;
}

/** A link's evidence as pages show it (NULL in imports, which carry none). */
export interface LinkSource {
	source_url: string | null;
	evidence_type: EvidenceType | null;
	names_project: 'yes' | 'no' | null;
	locator: string | null;
}

/** The rules, in the order the validator reports them; each names the column at fault. Notes stay English: they are the validator's, for curators. */
export interface EvidenceProblem {
	field: 'evidence_type' | 'names_project' | 'source_url' | 'locator' | 'strength';
	note: string;
}

const officialTypes: readonly EvidenceType[] = ['custodian', 'official'];

/**
 * The curated inventory's rules: *direct* needs custodian or official evidence naming the project;
 * *indirect* needs a document (not the curators' own inference) that names the project together
 * with the code; a document that does not name the project supports *potential* at most; and an
 * indicator-level claim cites a document that names the project or its dataset.
 */
export function evidenceProblems(link: LinkEvidence): EvidenceProblem[] {
	const problems: EvidenceProblem[] = [];
	const type = link.evidence_type as EvidenceType | null;
	if (!type || type === 'suggested') problems.push({ field: 'evidence_type', note: `expected one of: ${curatedEvidenceTypes.join(', ')}` });
	if (!link.source_url) problems.push({ field: 'source_url', note: 'expected the DOI or address of the document the link rests on' });
	if (!link.locator?.trim()) problems.push({ field: 'locator', note: 'expected where the document says it (page, section or a short quoted phrase)' });
	if (link.names_project !== 'yes' && link.names_project !== 'no') problems.push({ field: 'names_project', note: 'expected yes or no' });
	if (problems.length) return problems;
	const names = link.names_project === 'yes';
	const strength = link.strength as Strength;
	if (strength === 'direct' && !(officialTypes.includes(type!) && names)) {
		problems.push({
			field: 'strength',
			note: 'expected custodian or official evidence that names the project for a direct link (otherwise indirect or potential)'
		});
	} else if (strength === 'indirect' && (type === 'inference' || type === 'suggested' || !names)) {
		problems.push({
			field: 'strength',
			note: names
				? "expected a document that ties the project to the code for an indirect link; a curator's inference supports potential only"
				: 'expected potential: the document does not name the project'
		});
	}
	if (link.level === 'indicator' && !names) {
		problems.push({
			field: 'names_project',
			note: "expected a document that names the project or its dataset for an indicator-level link (e.g. the project's own description of its data)"
		});
	}
	return problems;
}
