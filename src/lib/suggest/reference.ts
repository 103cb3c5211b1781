/**
 * What suggestions are made from: the official texts of the targets and indicators, and the
 * reviewed table of domain terms (data/suggest_terms.csv). The build writes it for the import
 * worker (src/lib/generated/suggest-reference.json); scripts and tests read the same files.
 */
export interface OfficialText {
	code: string;
	goal: number;
	title: string;
}

export interface TermRule {
	/** A short name shown as the rule that matched. */
	rule: string;
	/** Words or phrases, as written in the table. */
	phrases: string[];
	/** The SDG targets and indicators a match suggests. */
	codes: string[];
	/** Why the phrases suggest those codes, in words. */
	note: string;
}

export interface SuggestReference {
	targets: OfficialText[];
	indicators: OfficialText[];
	terms: TermRule[];
}

/** The term table's rows (as records of data/suggest_terms.csv) as rules. */
export const termRules = (records: Record<string, string>[]): TermRule[] =>
	records.map((r) => ({
		rule: r.rule,
		phrases: r.phrases
			.split(';')
			.map((p) => p.trim())
			.filter(Boolean),
		codes: r.codes
			.split(';')
			.map((c) => c.trim())
			.filter(Boolean),
		note: r.note
	}));
