// @vitest-environment jsdom
/**
 * DataTable, the app's one table: text cells stay text whatever the data, snippets draw custom
 * cells and headings, row groups get a rowgroup header, sortable headings say their sort and ask
 * for a new one, a scroll region can be reached from the keyboard, and rows carry data-* hooks.
 */
import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import DataTable from '../../src/lib/components/DataTable.svelte';
import { safeExternalUrl, type Column } from '../../src/lib/components/table';
import { hostileStrings } from '../fixtures/hostile';
import DataTableHarness, { type HarnessRow } from './DataTableHarness.svelte';

const rows: HarnessRow[] = [
	{ code: 'A', name: 'Alpha', count: 3, note: 'first' },
	{ code: 'B', name: 'Beta', count: 0, note: '' }
];
const texts = (els: Iterable<Element>) => [...els].map((e) => e.textContent?.trim());

describe('<DataTable> text cells', () => {
	it('renders hostile data, captions and headings as text: no element, handler or script link comes from data', () => {
		type Row = { name: string; url: string; n: number | null };
		const data: Row[] = hostileStrings.map((name, i) => ({ name, url: i % 2 ? 'javascript:alert(1)' : `https://example.org/${i}`, n: i }));
		const columns: Column<Row>[] = [
			{ key: 'name', label: '<b>Name</b>' },
			{ key: 'url', label: 'Site', href: (r) => safeExternalUrl(r.url), format: (_v, r) => r.name },
			{ key: 'n', label: 'N', numeric: true, format: (n, r) => `${n} ${r.name}` }
		];
		const { container } = render(DataTable<Row>, { caption: hostileStrings[6], columns, rows: data, rowHeader: 'name' });

		expect(container.querySelector('img, script, b, iframe')).toBeNull();
		for (const el of container.querySelectorAll('*'))
			for (const attr of el.attributes) expect(attr.name.startsWith('on'), `${el.tagName} ${attr.name}`).toBe(false);
		expect(container.querySelector('caption')?.textContent).toBe('<img src=x onerror=alert(1)>');
		expect(screen.getByRole('columnheader', { name: '<b>Name</b>' })).toBeInTheDocument();
		// Each cell's text is the data itself, character for character (newlines and tabs included).
		const body = [...container.querySelectorAll('tbody tr')];
		expect(body.map((tr) => tr.children[0].textContent)).toEqual(hostileStrings);
		expect(body.map((tr) => tr.children[2].textContent)).toEqual(hostileStrings.map((s, i) => `${i} ${s}`));
		// Only the http(s) addresses became links.
		const links = [...container.querySelectorAll('a')];
		expect(links.map((a) => a.getAttribute('href'))).toEqual(data.filter((_r, i) => i % 2 === 0).map((r) => r.url));
	});

	it('heads each row with the first column of the row-header key only, and leaves an empty value blank', () => {
		type Row = { region: string; projects: number | null };
		render(DataTable<Row>, {
			caption: 'Regions',
			columns: [
				{ key: 'region', label: 'Region' },
				{ key: 'projects', label: 'Projects', numeric: true },
				{ key: 'region', label: 'Again' }
			],
			rows: [{ region: 'Europe', projects: null }],
			rowHeader: 'region'
		});
		expect(texts(document.querySelectorAll('tbody th[scope="row"]'))).toEqual(['Europe']);
		expect(texts(document.querySelectorAll('tbody td'))).toEqual(['', 'Europe']);
		expect(document.querySelector('tbody td')).toHaveClass('numeric');
		// No scroll region unless asked for one.
		expect(screen.queryByRole('region')).toBeNull();
	});
});

describe('<DataTable> snippets, groups, sorting, scrolling and row hooks', () => {
	it('draws cells and headings from snippets, given the row and the formatted text, and an input in a cell reports back', async () => {
		const onnote = vi.fn();
		render(DataTableHarness, { rows, onnote });
		const badges = [...document.querySelectorAll('.badge')];
		expect(texts(badges)).toEqual(['«Alpha»', '«Beta»']);
		expect(badges.map((b) => b.getAttribute('data-code'))).toEqual(['A', 'B']);
		// A heading snippet: the name only a screen reader hears.
		expect(screen.getByRole('columnheader', { name: 'Note (editable)' }).querySelector('.visually-hidden')).not.toBeNull();
		// Columns without a snippet are text, as before.
		expect(texts(document.querySelectorAll('tbody td.numeric'))).toEqual(['3', '0']);
		await fireEvent.input(screen.getByLabelText('Note on B'), { target: { value: 'checked' } });
		expect(onnote).toHaveBeenCalledWith('B', 'checked');
	});

	it('puts each group in a <tbody> headed by a rowgroup header across all columns, with its anchor', () => {
		render(DataTableHarness, {
			groups: [
				{ label: 'Target 1.1: <i>first</i>', id: 'target-1.1', rows: [rows[0]] },
				{ label: 'Target 1.2', id: 'target-1.2', rows: [rows[1], { code: 'C', name: 'Gamma', count: 1, note: '' }] }
			]
		});
		const bodies = [...document.querySelectorAll('tbody')];
		expect(bodies).toHaveLength(2);
		const heads = bodies.map((b) => b.querySelector('tr:first-child > th')!);
		expect(heads.map((h) => h.getAttribute('scope'))).toEqual(['rowgroup', 'rowgroup']);
		expect(heads.map((h) => h.getAttribute('colspan'))).toEqual(['4', '4']);
		expect(texts(heads)).toEqual(['Target 1.1: <i>first</i>', 'Target 1.2']);
		expect(document.querySelector('i')).toBeNull();
		expect(heads.map((h) => h.closest('tr')!.id)).toEqual(['target-1.1', 'target-1.2']);
		// The rows follow their group's header, each headed by its code.
		expect(bodies.map((b) => texts(b.querySelectorAll('th[scope="row"]')))).toEqual([['A'], ['B', 'C']]);
	});

	it('sorts from heading buttons: aria-sort on the sorted column only, and a press asks the page for the new sort', async () => {
		const onsort = vi.fn();
		const { rerender } = render(DataTableHarness, { rows, sort: { key: 'count', desc: true, onsort } });
		expect(document.querySelector('caption')?.textContent).toBe('Harness table; select a column heading to sort');
		const count = screen.getByRole('columnheader', { name: 'Count ↓' });
		expect(count.getAttribute('aria-sort')).toBe('descending');
		expect(screen.getAllByRole('columnheader').filter((th) => th.hasAttribute('aria-sort'))).toEqual([count]);
		await fireEvent.click(within(screen.getByRole('columnheader', { name: 'Name' })).getByRole('button'));
		expect(onsort).toHaveBeenLastCalledWith('name');
		// The table keeps no sort of its own: the page's new state is what it shows.
		expect(screen.getByRole('columnheader', { name: 'Count ↓' })).toBeInTheDocument();
		await rerender({ rows, sort: { key: 'name', desc: false, onsort } });
		expect(screen.getByRole('columnheader', { name: 'Name ↑' }).getAttribute('aria-sort')).toBe('ascending');
		expect(screen.getByRole('columnheader', { name: 'Count' }).hasAttribute('aria-sort')).toBe(false);
	});

	it('scrolls in a labelled region the keyboard can reach, and marks rows with data-* and muted', () => {
		render(DataTableHarness, { rows, scroll: { label: 'Harness rows', maxHeight: '10rem' } });
		const region = screen.getByRole('region', { name: 'Harness rows' });
		expect(region.getAttribute('tabindex')).toBe('0');
		expect(region.style.maxHeight).toBe('10rem');
		expect(within(region).getByRole('table', { name: 'Harness table' })).toBeInTheDocument();
		const trs = [...document.querySelectorAll('tbody tr')];
		expect(trs.map((tr) => [tr.getAttribute('data-code'), tr.getAttribute('data-count')])).toEqual([
			['A', '3'],
			['B', '0']
		]);
		expect(trs.map((tr) => tr.classList.contains('muted'))).toEqual([false, true]);
	});
});
