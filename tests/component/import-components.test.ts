// @vitest-environment jsdom
/** The import page's parts: the mapping editor reports every change as a new mapping; the report shows hostile cells as text. */
import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import IssueReport from '../../src/lib/components/import/IssueReport.svelte';
import MappingEditor from '../../src/lib/components/import/MappingEditor.svelte';
import CountryFixes from '../../src/lib/components/import/CountryFixes.svelte';
import { detectMapping, type Mapping } from '../../src/lib/import/mapping';
import type { ImportIssue } from '../../src/lib/import/issues';

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
			['warning', 'unknown-country', '5', '', 'Country', 'Atlantis', 'not a country']
		]);
		await fireEvent.change(screen.getByLabelText('Show'), { target: { value: 'warning' } });
		expect(rows().map((r) => r[1])).toEqual(['unknown-country']);
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
