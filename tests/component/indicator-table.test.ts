// @vitest-environment jsdom
/** The indicator table on /data: years as years, counts grouped, sorting by any column in the framework's order. */
import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import IndicatorTable from '../../src/lib/components/indicator-table/IndicatorTable.svelte';
import { indicatorColumns } from '../../src/lib/components/indicator-table/columns';
import type { IndicatorTableRow } from '../../src/lib/domain/tables';
import { indicatorRows } from '../../src/lib/tables/indicator-rows';
import { pivotWide } from '../../src/lib/tables/pivot';

const row = (code: string, patch: Partial<IndicatorTableRow> = {}): IndicatorTableRow => ({
	code,
	goal: Number(code.split('.')[0]),
	title: `Title of ${code}`,
	tier: 'Tier I',
	custodian_agencies: 'UNEP',
	direct: 0,
	indirect: 0,
	potential: 0,
	'scored-2': 0,
	'scored-1': 0,
	projects: 0,
	countries: 0,
	regions: [],
	first_year: null,
	last_year: null,
	...patch
});

// In the framework's order, as the query returns them: 15.2 before 15.10.
const rows = [
	row('15.2.1', { direct: 1234, projects: 1234, countries: 12, regions: ['Africa', 'Europe'], first_year: 1967, last_year: 2009 }),
	row('15.10.1', { indirect: 3, projects: 3, first_year: 2015, last_year: 2026 }),
	row('6.3.2')
];
const cells = (tr: Element) => [...tr.querySelectorAll('th, td')].map((c) => c.textContent?.trim());

describe('<IndicatorTable>', () => {
	it('shows years without thousands separators, and counts with them', () => {
		render(IndicatorTable, {
			caption: 'SDG indicators',
			columns: indicatorColumns('indicator', null, []),
			rows: indicatorRows(rows, null, { search: '', onlyLinked: false, sort: 'code', desc: false }),
			sort: 'code',
			desc: false,
			onsort: () => {}
		});
		const first = cells(document.querySelectorAll('tbody tr')[0]);
		expect(first).toEqual(['15.2.1', 'Title of 15.2.1', 'Tier I', 'UNEP', '1,234', '0', '0', '1,234', '12', 'Africa, Europe', '1967', '2009']);
		const second = cells(document.querySelectorAll('tbody tr')[1]);
		expect(second.slice(-2)).toEqual(['2015', '2026']);
	});

	it('keeps year pivot columns as counts, headed by the year', () => {
		const wide = pivotWide(
			rows.map((r) => r.code),
			[{ code: '15.2.1', key: '2019', projects: 1500 }],
			['2019', '2020'],
			true
		);
		render(IndicatorTable, {
			caption: 'By year',
			columns: indicatorColumns('indicator', 'year', wide.keys),
			rows: indicatorRows(rows, wide, { search: '', onlyLinked: true, sort: '2019', desc: true }),
			sort: '2019',
			desc: true,
			onsort: () => {}
		});
		const head = [...document.querySelectorAll('thead th')].map((th) => th.textContent?.trim());
		expect(head).toEqual(['Indicator', 'Official title', 'Tier', 'Custodian', '2019 ↓', '2020', 'Projects', 'Countries', 'Regions', 'First year', 'Last year']);
		expect(cells(document.querySelectorAll('tbody tr')[0]).slice(4, 6)).toEqual(['1,500', '0']);
		// Only rows with a contribution: 6.3.2 has none.
		expect(document.querySelectorAll('tbody tr')).toHaveLength(2);
	});

	it('sorts from its column buttons and says which column is sorted which way', async () => {
		const onsort = vi.fn();
		render(IndicatorTable, {
			caption: 'SDG indicators',
			columns: indicatorColumns('target', null, []),
			rows: indicatorRows(rows, null, { search: '', onlyLinked: false, sort: 'projects', desc: true }),
			sort: 'projects',
			desc: true,
			onsort
		});
		expect(screen.getByRole('columnheader', { name: 'Projects ↓' }).getAttribute('aria-sort')).toBe('descending');
		await fireEvent.click(screen.getByRole('button', { name: 'First year' }));
		expect(onsort).toHaveBeenCalledWith('first_year');
		expect([...document.querySelectorAll('tbody th')].map((th) => th.textContent)).toEqual(['15.2.1', '15.10.1', '6.3.2']);
	});
});

describe('indicatorRows', () => {
	const view = { search: '', onlyLinked: false, sort: 'code', desc: false };
	it('sorts codes in the framework order, either way, and other columns with the code order breaking ties', () => {
		expect(indicatorRows(rows, null, view).map((r) => r.code)).toEqual(['15.2.1', '15.10.1', '6.3.2']);
		expect(indicatorRows(rows, null, { ...view, desc: true }).map((r) => r.code)).toEqual(['6.3.2', '15.10.1', '15.2.1']);
		expect(indicatorRows(rows, null, { ...view, sort: 'title' }).map((r) => r.code)).toEqual(['15.10.1', '15.2.1', '6.3.2']);
		expect(indicatorRows(rows, null, { ...view, sort: 'first_year' }).map((r) => r.code)).toEqual(['6.3.2', '15.2.1', '15.10.1']);
	});

	it('finds a search in the code or the title, in any case', () => {
		expect(indicatorRows(rows, null, { ...view, search: 'TITLE OF 6' }).map((r) => r.code)).toEqual(['6.3.2']);
		expect(indicatorRows(rows, null, { ...view, search: '15.1' }).map((r) => r.code)).toEqual(['15.10.1']);
	});
});
