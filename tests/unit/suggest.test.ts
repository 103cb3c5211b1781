/**
 * Suggested links on the real reference (the official texts and the reviewed term table in
 * data/): the domain examples people expect, reasons that name the words that matched, the same
 * answer every time, nothing from text that says nothing, and accepted suggestions imported as
 * potential links with their evidence type, which DuckDB then holds.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { openWithImports } from '../../src/lib/data/duckdb-node';
import { inventoryCsv } from '../../src/lib/import/dataset';
import { detectMapping } from '../../src/lib/import/mapping';
import { normalise } from '../../src/lib/import/normalise';
import { readTable } from '../../src/lib/import/read';
import { framework, resolverFor } from '../../src/lib/import/reference';
import { acceptedRationale, noChoices } from '../../src/lib/suggest/evidence';
import { choiceOf, choose, countChoices, filterSuggestions, openFilter, sameChoices } from '../../src/lib/suggest/review';
import { createSuggester } from '../../src/lib/suggest/suggester';
import { readSuggestReference } from '../../scripts/lib/suggest-reference';
import type { ReviewSuggestion } from '../../src/lib/import/protocol';

const reference = readSuggestReference();
const suggester = createSuggester(reference);
const codes = (name: string, description = '', topics = '') => suggester.suggest({ id: 'p', name, description, topics }).map((s) => s.code);

describe('the suggester', () => {
	it('refuses a rule whose code is not in the framework, naming the rule', () => {
		const broken = { ...reference, terms: [{ rule: 'made-up', phrases: ['owl'], codes: ['15.99'], note: '' }] };
		expect(() => createSuggester(broken)).toThrow(/"made-up": 15\.99/);
	});

	it('suggests what the domain terms say, for the examples people expect', () => {
		expect(codes('Garden bird count', 'Households count the birds in their gardens.')).toContain('15.5');
		expect(codes('River sampling', 'Volunteers measure water quality in local streams.')).toEqual(expect.arrayContaining(['6.3', '6.3.2']));
		expect(codes('Beach litter survey', 'Record every item of litter on a stretch of beach.')).toEqual(expect.arrayContaining(['14.1', '14.1.1']));
		expect(codes('Street air', 'Residents host air quality sensors.')).toEqual(expect.arrayContaining(['11.6', '3.9']));
		expect(codes('Letters home', 'Volunteers transcribe letters from the archives to open this heritage to all.')).toContain('11.4');
	});

	it('gives each suggestion its reasons: the words that matched and the rule or official text they matched', () => {
		const [first] = suggester.suggest({ id: 'p', name: 'Garden Bird Count', description: 'Counting birds in gardens.' });
		expect(first).toMatchObject({ projectId: 'p', level: 'target', goal: 15 });
		const rule = first.reasons.find((r) => r.kind === 'rule');
		expect(rule).toMatchObject({ kind: 'rule', rule: 'birds', words: expect.arrayContaining(['bird']) });
		expect(first.words).toContain('bird');
		const withText = suggester
			.suggest({ id: 'q', name: 'Seawater acidity', description: 'Average marine acidity (pH) measured at sampling stations along the coast.' })
			.find((s) => s.code === '14.3.1')!;
		const text = withText.reasons.find((r) => r.kind === 'text');
		expect(text).toMatchObject({ kind: 'text', code: '14.3.1', words: expect.arrayContaining(['acidity', 'marine']) });
		expect(acceptedRationale(withText)).toMatch(/confirmed by the importer.*“acidity”/);
		// Words whose Porter stem would change if stemmed twice ("diseases" → diseas → disea) still match the official text.
		const tropical = suggester.suggest({ id: 'r', name: 'Village health reports', description: 'Volunteers report cases of neglected tropical diseases.' });
		expect(tropical.find((s) => s.code === '3.3')?.reasons).toContainEqual(
			expect.objectContaining({ kind: 'text', words: ['neglected', 'tropical', 'diseases'] })
		);
	});

	it('weighs a word in the name above the same word in the description, and gives the same answer every time', () => {
		const inName = suggester.suggest({ id: 'a', name: 'Owl watch', description: 'Evening walks.' })[0];
		const inDescription = suggester.suggest({ id: 'a', name: 'Evening walks', description: 'We watch for owls.' })[0];
		expect(inName.code).toBe('15.5');
		expect(inName.score).toBeGreaterThan(inDescription.score);
		expect(suggester.suggest({ id: 'a', name: 'Owl watch', description: 'Evening walks.' })).toEqual(
			suggester.suggest({ id: 'a', name: 'Owl watch', description: 'Evening walks.' })
		);
	});

	it('suggests nothing from text that names no subject', () => {
		expect(codes("Annual members' meeting", "The yearly gathering of the association's members to approve the accounts and elect the board.")).toEqual([]);
		expect(codes('')).toEqual([]);
	});
});

describe('reviewing suggestions', () => {
	const list = [
		{ key: 'a', code: '15.5', goal: 15, score: 0.8, name: 'Owl watch' },
		{ key: 'a', code: '15.1', goal: 15, score: 0.4, name: 'Owl watch' },
		{ key: 'b', code: '6.3', goal: 6, score: 0.7, name: 'River watch' }
	] as ReviewSuggestion[];

	it('accepts, rejects and clears choices, and filters by project, goal, choice and score', () => {
		let choices = choose(noChoices(), [list[0], list[2]], 'accepted');
		choices = choose(choices, [list[1]], 'rejected');
		expect(choices).toEqual({ accepted: { a: ['15.5'], b: ['6.3'] }, rejected: { a: ['15.1'] } });
		expect(countChoices(choices, list)).toEqual({ accepted: 2, rejected: 1, undecided: 0 });
		expect(filterSuggestions(list, choices, { ...openFilter, project: 'river' }).map((s) => s.code)).toEqual(['6.3']);
		expect(filterSuggestions(list, choices, { ...openFilter, goal: 15, choice: 'rejected' }).map((s) => s.code)).toEqual(['15.1']);
		expect(filterSuggestions(list, choices, { ...openFilter, minScore: 0.5 }).length).toBe(2);
		const cleared = choose(choices, [list[0]], 'undecided');
		expect(cleared).toEqual({ accepted: { b: ['6.3'] }, rejected: { a: ['15.1'] } });
		expect(sameChoices(cleared, { rejected: { a: ['15.1'] }, accepted: { b: ['6.3'] } })).toBe(true);
		expect(sameChoices(cleared, choices)).toBe(false);
	});

	it('takes any project id as a key, "__proto__" and "constructor" too', () => {
		const odd = [
			{ ...list[0], key: '__proto__' },
			{ ...list[0], key: 'constructor' }
		];
		expect(choiceOf(noChoices(), odd[1])).toBe('undecided');
		const choices = choose(noChoices(), odd, 'accepted');
		expect(Object.keys(choices.accepted).sort()).toEqual(['__proto__', 'constructor']);
		expect(odd.map((s) => choiceOf(choices, s))).toEqual(['accepted', 'accepted']);
		expect(JSON.parse(JSON.stringify(choices))).toEqual(choices);
	});
});

describe('accepted suggestions on import', () => {
	const file = 'plain-list.csv';
	const table = () => readTable(file, new Uint8Array(readFileSync(`tests/fixtures/import/${file}`)));

	it('become potential links with the evidence type "suggested" and their reasons; a suggestion no longer made is left out with a warning', async () => {
		const raw = await table();
		const mapping = { ...detectMapping(raw.header, raw.rows), suggestions: { accepted: { 'p-001': ['15.5', '6.3'] }, rejected: {} } };
		const result = normalise(raw, mapping, { datasetId: 'plain', framework, countries: resolverFor(mapping), suggester });
		expect(result.inventory.contributions).toHaveLength(1);
		const [projectId, code, level, strength, evidence, rationale] = result.inventory.contributions[0];
		expect([projectId, code, level, strength, evidence]).toEqual(['plain_p-001', '15.5', 'target', 'potential', 'suggested']);
		expect(rationale).toMatch(/“bird”/);
		expect(result.issues).toContainEqual(expect.objectContaining({ type: 'suggestion-gone', severity: 'warning', row: 2, cell: 'Garden Bird Count' }));

		const db = await openWithImports([{ id: 'plain', title: 'Plain list', csv: inventoryCsv(result.inventory) }], false);
		const rows = await db.query<{ evidence_type: string; strength: string }>(
			`SELECT evidence_type, strength FROM contributions WHERE project_id = 'plain_p-001'`
		);
		expect(rows).toEqual([{ evidence_type: 'suggested', strength: 'potential' }]);
	});

	it('are never made without a suggester, and a dataset stored before evidence types loads with none', async () => {
		const raw = await table();
		const mapping = { ...detectMapping(raw.header, raw.rows), suggestions: { accepted: { 'p-001': ['15.5'] }, rejected: {} } };
		expect(normalise(raw, mapping, { datasetId: 'plain', framework, countries: resolverFor(mapping) }).inventory.contributions).toEqual([]);
		const legacy = {
			projects:
				'project_id,name,url,organisation,description,start_year,end_year,status,geographic_scale,topics,record_source\nold_1,Old,,,,,,unknown,unknown,,f.csv row 2\n',
			project_countries: 'project_id,country\n',
			contributions: 'project_id,sdg_code,level,strength,rationale,source_url\nold_1,15.5,target,potential,listed,\n'
		};
		const db = await openWithImports([{ id: 'old', title: 'Old', csv: legacy, layout: 1 }], false);
		expect(await db.query(`SELECT sdg_code, evidence_type FROM contributions`)).toEqual([{ sdg_code: '15.5', evidence_type: null }]);
	});
});
