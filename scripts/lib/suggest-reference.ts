/** The suggester's reference from the data package's files: what the build ships and the evaluation and tests use. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { csvRecords, parseCsv } from '../../src/lib/format/csv.ts';
import { termRules, type SuggestReference } from '../../src/lib/suggest/reference.ts';

export function readSuggestReference(dataDir = 'data'): SuggestReference {
	const read = (name: string) => csvRecords(parseCsv(readFileSync(join(dataDir, name), 'utf8')));
	return {
		targets: read('sdg_targets.csv').map((t) => ({ code: t.target, goal: Number(t.goal), title: t.title })),
		indicators: read('sdg_indicators.csv')
			.filter((i) => !i.repeat_of)
			.map((i) => ({ code: i.indicator, goal: Number(i.goal), title: i.title })),
		terms: termRules(read('suggest_terms.csv'))
	};
}
