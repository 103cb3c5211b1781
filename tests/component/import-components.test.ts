// @vitest-environment jsdom
/** The import page's parts: the mapping editor reports every change as a new mapping; the report shows hostile cells as text. */
import { readFileSync } from 'node:fs';
import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import IssueReport from '../../src/lib/components/import/IssueReport.svelte';
import MappingEditor from '../../src/lib/components/import/MappingEditor.svelte';
import CountryFixes from '../../src/lib/components/import/CountryFixes.svelte';
import SuggestionReview from '../../src/lib/components/import/SuggestionReview.svelte';
import SuggestionReviewHarness from './SuggestionReviewHarness.svelte';
import type { ReviewSuggestion } from '../../src/lib/import/protocol';
import { noChoices } from '../../src/lib/suggest/evidence';
import { choose, type Choice } from '../../src/lib/suggest/review';
import { detectMapping, type Mapping } from '../../src/lib/import/mapping';
import type { ImportIssue } from '../../src/lib/import/issues';
import { normalise } from '../../src/lib/import/normalise';
import { readTable } from '../../src/lib/import/read';
import { framework, resolverFor } from '../../src/lib/import/reference';

const header = ['UID', 'Name', 'Country', 'SDG 14 - Life below water', 'Notes'];
const preview = [['1', 'Reef Watch', 'Fiji', '2', '<img src=x onerror=alert(1)>']];

describe('<MappingEditor>', () => {
	it('shows the detected columns and sends a changed role as a new mapping', async () => {
		const mapping = detectMapping(header);
		const onchange = vi.fn<(m: Mapping) => void>();
		render(MappingEditor, { header, preview, mapping, onchange });
		expect((screen.getByLabelText(/Project name/) as HTMLSelectElement).value).toBe('Name');
		expect((screen.getByLabelText('Countries') as HTMLSelectElement).value).toBe('Country');
		expect(document.querySelector('.goals .goal')?.textContent).toBe('Goal 14');
		// Preview cells are text, never markup.
		expect(screen.getByText('<img src=x onerror=alert(1)>')).toBeInTheDocument();
		expect(document.querySelector('img')).toBeNull();

		await fireEvent.change(screen.getByLabelText('Description'), { target: { value: 'Notes' } });
		expect(onchange).toHaveBeenLastCalledWith({ ...mapping, columns: { ...mapping.columns, description: 'Notes' } });
		await fireEvent.click(screen.getByRole('button', { name: 'Do not use column SDG 14 - Life below water' }));
		expect(onchange).toHaveBeenLastCalledWith({ ...mapping, goalColumns: {} });
		// The original is never changed in place: the page compares and re-checks.
		expect(mapping.columns.description).toBeUndefined();
	});
});

describe('<IssueReport>', () => {
	const issues: ImportIssue[] = [
		{
			severity: 'error',
			type: 'type-error',
			resource: 'f.csv',
			row: 3,
			line: 4,
			field: 'Start year',
			cell: '=HYPERLINK("x")',
			note: 'expected a year; left empty'
		},
		{ severity: 'warning', type: 'unknown-country', resource: 'f.csv', row: 5, field: 'Country', cell: 'Atlantis', note: 'not a country' }
	];
	it('counts errors and warnings, locates each, and filters by severity', async () => {
		render(IssueReport, { fileName: 'f.csv', issues, stats: { rows: 5 } });
		expect(screen.getByRole('status').textContent?.replace(/\s+/g, ' ')).toContain('1 error (a row or value left out) and 1 warning');
		const rows = () => [...document.querySelectorAll('.issues tbody tr')].map((r) => [...r.querySelectorAll('td')].map((td) => td.textContent?.trim()));
		expect(rows()).toEqual([
			['error', 'type-error', '3', '4', 'Start year', '=HYPERLINK("x")', 'expected a year; left empty'],
			['warning', 'unknown-country', '5', '—', 'Country', 'Atlantis', 'not a country']
		]);
		await fireEvent.change(screen.getByLabelText('Show'), { target: { value: 'warning' } });
		expect(rows().map((r) => r[1])).toEqual(['unknown-country']);
	});
});

describe('<IssueReport> on real files', () => {
	const check = async (name: string, text: string | Uint8Array) => {
		const table = await readTable(name, typeof text === 'string' ? new TextEncoder().encode(text) : text);
		const mapping = detectMapping(table.header, table.rows);
		return normalise(table, mapping, { datasetId: 'test', framework, countries: resolverFor(mapping) });
	};
	const table = () => ({
		head: [...document.querySelectorAll('.issues thead th')].map((th) => th.textContent?.trim()),
		rows: [...document.querySelectorAll('.issues tbody tr')].map((r) => [...r.querySelectorAll('td')].map((td) => td.textContent?.trim()))
	});

	it('gives the physical line of each issue in a CSV, after a cell that spans lines too', async () => {
		const csv = 'id,Project name,Countries,Start year,SDG codes\n1,Rivers,France,someday,6\n2,"Two\nlines",Atlantis,2010,15\n3,Air,France,2011,99\n';
		const { issues } = await check('f.csv', csv);
		render(IssueReport, { fileName: 'f.csv', issues, stats: {} });
		const { head, rows } = table();
		expect(head.slice(0, 5)).toEqual(['Severity', 'Type', 'Row', 'Line', 'Column']);
		// Row 2 is line 2; row 3 starts on line 3 and spans two; row 4 is on line 5.
		expect(rows.map((r) => [r[2], r[3], r[4], r[5]])).toEqual([
			['2', '2', 'Start year', 'someday'],
			['3', '3', 'Countries', 'Atlantis'],
			['4', '5', 'SDG codes', '99']
		]);
	});

	it('has no Line column for a workbook, whose rows are not lines', async () => {
		const { issues } = await check('inventory.xlsx', new Uint8Array(readFileSync('tests/fixtures/import/inventory.xlsx')));
		expect(issues).toEqual([]);
		const bad = issues.concat({
			severity: 'error',
			type: 'type-error',
			resource: 'inventory.xlsx',
			row: 7,
			field: 'Start year',
			cell: 'x',
			note: 'left empty'
		});
		render(IssueReport, { fileName: 'inventory.xlsx', issues: bad, stats: {} });
		expect(table().head).toEqual(['Severity', 'Type', 'Row', 'Column', 'Cell', 'What happened']);
		expect(table().rows).toEqual([['error', 'type-error', '7', 'Start year', 'x', 'left empty']]);
	});

	it('reports an unknown strength word as a warning, and imports the links at the strength the report names', async () => {
		const csv = 'id,Project name,SDG codes,Strength\n1,Rivers,6.3.2; 14 (direct),strongly\n';
		const { issues, inventory } = await check('f.csv', csv);
		expect(inventory.contributions.map((c) => [c[1], c[3]])).toEqual([
			['6.3.2', 'potential'],
			['14', 'direct']
		]);
		expect(issues).toEqual([expect.objectContaining({ severity: 'warning', row: 2, line: 2, field: 'Strength', cell: 'strongly' })]);
		expect(issues[0].note).toContain('imported as potential');
		render(IssueReport, { fileName: 'f.csv', issues, stats: {} });
		expect(screen.getByRole('status').textContent?.replace(/\s+/g, ' ')).toContain('0 errors (a row or value left out) and 1 warning (imported; check them)');
	});
});

describe('<CountryFixes>', () => {
	it('offers every country, global scale and leaving out, and reports the choice', async () => {
		const onchange = vi.fn<(f: Record<string, string>) => void>();
		render(CountryFixes, {
			unresolved: [{ text: 'Holland-ish', rows: 2, firstRow: 7 }],
			fixes: {},
			countries: [
				{ iso3: 'NLD', iso2: 'NL', m49: '528', name: 'Netherlands (Kingdom of the)' },
				{ iso3: 'BEL', iso2: 'BE', m49: '056', name: 'Belgium' }
			],
			onchange
		});
		const select = screen.getByLabelText('Read “Holland-ish” as') as HTMLSelectElement;
		expect([...select.options].map((o) => o.value)).toEqual(['', 'ignore', 'global', 'BEL', 'NLD']);
		await fireEvent.change(select, { target: { value: 'NLD' } });
		expect(onchange).toHaveBeenLastCalledWith({ 'Holland-ish': 'NLD' });
	});
});

describe('<SuggestionReview>', () => {
	const reason = (words: string[]) => ({ kind: 'rule' as const, rule: 'birds', note: 'Bird counts track species (15.5).', words });
	const list: ReviewSuggestion[] = [
		{ key: 'a', name: 'Owl <b>watch</b>', projectId: 'x_a', code: '15.5', level: 'target', goal: 15, score: 0.8, words: ['owl'], reasons: [reason(['owl'])] },
		{ key: 'b', name: 'River watch', projectId: 'x_b', code: '6.3', level: 'target', goal: 6, score: 0.5, words: ['river'], reasons: [reason(['river'])] }
	];

	it('shows each suggestion with its reasons as text, and sends single and bulk choices', async () => {
		const onchoose = vi.fn<(targets: readonly ReviewSuggestion[], choice: Choice) => void>();
		const { rerender } = render(SuggestionReview, { suggestions: list, choices: noChoices(), onchoose });
		expect(screen.getByText('Owl <b>watch</b>')).toBeInTheDocument();
		expect(document.querySelector('b')).toBeNull();
		expect(screen.getAllByText(/rule “birds”: Bird counts track species/)).toHaveLength(2);

		await fireEvent.click(screen.getByRole('button', { name: 'Accept 6.3 for River watch' }));
		expect(onchoose).toHaveBeenLastCalledWith([list[1]], 'accepted');
		// Bulk: only those shown at or above the score, and not already accepted.
		await fireEvent.click(screen.getByRole('button', { name: 'Accept 1 suggestion' }));
		expect(onchoose).toHaveBeenLastCalledWith([list[0]], 'accepted');

		const chosen = choose(noChoices(), [list[0]], 'accepted');
		await rerender({ suggestions: list, choices: chosen, onchoose });
		expect(screen.getByRole('button', { name: 'Accept 15.5 for Owl <b>watch</b>' })).toHaveAttribute('aria-pressed', 'true');
		expect(screen.getByRole('status')).toHaveTextContent('2 suggestions for 2 projects: 1 accepted, 0 rejected, 1 not decided.');
		// A bulk accept leaves a rejection made one by one as it is.
		await rerender({ suggestions: list, choices: choose(noChoices(), [list[0]], 'rejected'), onchoose });
		expect(screen.getByRole('button', { name: /^Accept \d+ suggestion/ })).toHaveTextContent('Accept 0 suggestions');
		await rerender({ suggestions: list, choices: chosen, onchoose });
		// Pressing an accepted suggestion's Accept again undoes it.
		await fireEvent.click(screen.getByRole('button', { name: 'Accept 15.5 for Owl <b>watch</b>' }));
		expect(onchoose).toHaveBeenLastCalledWith([list[0]], 'undecided');

		await fireEvent.change(screen.getByLabelText('Goal'), { target: { value: '6' } });
		expect(screen.queryByText('Owl <b>watch</b>')).toBeNull();
		expect(screen.getByText('River watch')).toBeInTheDocument();
	});

	it('keeps the keyboard in the list when a decided row leaves the filtered view', async () => {
		render(SuggestionReviewHarness, { suggestions: list });
		await fireEvent.change(screen.getByLabelText('Choice'), { target: { value: 'undecided' } });
		const first = screen.getByRole('button', { name: 'Accept 15.5 for Owl <b>watch</b>' });
		first.focus();
		await fireEvent.click(first);
		await waitFor(() => expect(screen.queryByRole('button', { name: 'Accept 15.5 for Owl <b>watch</b>' })).toBeNull());
		await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Accept 6.3 for River watch' })));
	});
});
