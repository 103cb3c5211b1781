// @vitest-environment jsdom
import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import FilterBar from '../../src/lib/components/FilterBar.svelte';
import LinkProblems from '../../src/lib/components/LinkProblems.svelte';
import CountryFilter from '../../src/lib/components/filters/CountryFilter.svelte';
import RegionFilter from '../../src/lib/components/filters/RegionFilter.svelte';
import type { VocabularyData } from '../../src/lib/domain/vocabulary';
import { emptyFilters, type Filters, type FilterProblem } from '../../src/lib/domain/filters';
import { t } from '../../src/lib/i18n/i18n';

const lastCall = (fn: ReturnType<typeof vi.fn>) => fn.mock.calls.at(-1)![0] as Filters;

describe('<FilterBar>', () => {
	it('toggles goals and strengths with buttons that say whether they are pressed', async () => {
		const onchange = vi.fn();
		render(FilterBar, { filters: { ...emptyFilters, goals: [15] }, onchange });
		const goal15 = screen.getByRole('button', { name: 'Goal 15: Life on land' });
		expect(goal15.getAttribute('aria-pressed')).toBe('true');
		await fireEvent.click(goal15);
		expect(lastCall(onchange).goals).toEqual([]);
		await fireEvent.click(screen.getByRole('button', { name: 'Goal 6: Clean water and sanitation' }));
		expect(lastCall(onchange).goals).toEqual([15, 6]);
		await fireEvent.click(screen.getByRole('button', { name: 'Potential' }));
		expect(lastCall(onchange).strengths).toEqual(['potential']);
	});

	it('says that the counts in its lists are of the datasets shown, not of the filters', () => {
		for (const filters of [emptyFilters, { ...emptyFilters, goals: [15] }]) {
			const { unmount } = render(FilterBar, { filters, onchange: vi.fn() });
			const note = document.querySelector('.counts-note')!;
			expect(note.textContent).toBe(t('filters.countsNote'));
			for (const label of ['Country', 'Region', 'Topic']) expect(screen.getByLabelText(label).getAttribute('aria-describedby')).toBe(note.id);
			expect(screen.getByLabelText('From year').getAttribute('aria-describedby')).toBeNull();
			unmount();
		}
		// A bar without a country, region or topic list has no counts to explain.
		render(FilterBar, { filters: emptyFilters, onchange: vi.fn(), place: false, topics: false });
		expect(document.querySelector('.counts-note')).toBeNull();
	});

	it('adds countries and topics from selects, sets region and years', async () => {
		const onchange = vi.fn();
		render(FilterBar, { filters: emptyFilters, onchange });
		await fireEvent.change(screen.getByLabelText('Country'), { target: { value: 'KEN' } });
		expect(lastCall(onchange).countries).toEqual(['KEN']);
		await fireEvent.change(screen.getByLabelText('Region'), { target: { value: 'Europe' } });
		expect(lastCall(onchange).region).toBe('Europe');
		await fireEvent.change(screen.getByLabelText('From year'), { target: { value: '2010' } });
		expect(lastCall(onchange).from).toBe(2010);
		await fireEvent.change(screen.getByLabelText('Topic'), { target: { value: 'birds' } });
		expect(lastCall(onchange).topics).toEqual(['birds']);
	});

	it('offers the countries and regions of the datasets shown, and none while they are counted', async () => {
		const onchange = vi.fn();
		const options: VocabularyData = {
			countries: [
				{ iso3: 'BEL', iso2: 'BE', name: 'Belgium', region: 'Europe', sub_region: 'Western Europe', projects: 2 },
				{ iso3: 'KEN', iso2: 'KE', name: 'Kenya', region: 'Africa', sub_region: 'Sub-Saharan Africa', projects: 0 }
			],
			regions: [{ name: 'Europe', level: 'region', projects: 2 }],
			topics: [],
			goals: [],
			targets: [],
			indicators: [],
			years: { min: 2001, max: 2020 }
		};
		const { unmount } = render(CountryFilter, { filters: emptyFilters, onchange, options });
		const listed = (select: HTMLElement) => [...select.querySelectorAll('option')].map((o) => o.textContent);
		// Kenya has no project in these datasets: not offered, although the build's datasets have some.
		expect(listed(screen.getByLabelText('Country'))).toEqual(['Add a country…', 'Belgium (2)']);
		unmount();
		render(CountryFilter, { filters: emptyFilters, onchange, options: null });
		const pending = screen.getByLabelText('Country') as HTMLSelectElement;
		expect(pending.disabled).toBe(true);
		expect(pending.getAttribute('aria-busy')).toBe('true');
		expect(listed(pending)).toEqual(['Counting countries…']);
		render(RegionFilter, { filters: emptyFilters, onchange, options: null });
		expect((screen.getByLabelText('Region') as HTMLSelectElement).disabled).toBe(true);
	});

	it('lists active filters as removable chips, resets them all, and reports bad URL parameters', async () => {
		const onchange = vi.fn();
		const filters: Filters = { ...emptyFilters, countries: ['KEN'], indicator: '14.1.1', from: 2000 };
		render(FilterBar, { filters, onchange, problems: [{ param: 'goal', value: '99', note: 'expected a goal number from 1 to 17', expects: { id: 'goal' } }] });
		expect(screen.getByRole('alert')).toHaveTextContent('goal=99: expected a goal number from 1 to 17');
		await fireEvent.click(screen.getByRole('button', { name: 'Remove filter Kenya' }));
		expect(lastCall(onchange)).toEqual({ ...filters, countries: [] });
		expect(screen.getByRole('button', { name: 'Remove filter Active 2000–…' })).toBeInTheDocument();
		await fireEvent.click(screen.getByRole('button', { name: 'Reset all filters' }));
		expect(lastCall(onchange)).toEqual(emptyFilters);
	});

	it('keeps the focus in the row when a chip or the reset removes itself, for a keyboard user', async () => {
		const filters: Filters = { ...emptyFilters, countries: ['KEN', 'GBR'], from: 2000 };
		const shown = render(FilterBar, { filters, onchange: (next: Filters) => shown.rerender({ filters: next }) });
		const chip = (name: string) => screen.getByRole('button', { name: `Remove filter ${name}` });
		chip('Kenya').focus();
		await fireEvent.click(chip('Kenya'));
		// The chip now in its place.
		expect(document.activeElement).toBe(chip('United Kingdom of Great Britain and Northern Ireland'));
		await fireEvent.click(screen.getByRole('button', { name: 'Reset all filters' }));
		// No chip left: the row itself, not the document's body.
		expect(screen.queryAllByRole('button', { name: /^Remove filter/ })).toHaveLength(0);
		expect(document.activeElement).not.toBe(document.body);
		expect(document.activeElement?.classList.contains('active')).toBe(true);
	});

	it('hides the goal buttons on a goal page', () => {
		render(FilterBar, { filters: emptyFilters, onchange: () => {}, goals: false });
		expect(screen.queryByRole('button', { name: /^Goal 1:/ })).toBeNull();
		expect(screen.getByText('No filters: showing the whole inventory.')).toBeInTheDocument();
	});
});

describe('<LinkProblems>', () => {
	const problems: FilterProblem[] = [
		{ param: 'region', value: '002', note: 'expected a UN M49 region or sub-region name such as Eastern Africa', expects: { id: 'region' } },
		{ param: 'page', value: 'two', note: 'expected a page number such as 2', expects: { id: 'page' } }
	];
	it('names every parameter it could not use, as an alert on a page and as a quiet note in an embed', () => {
		const page = render(LinkProblems, { problems });
		expect(screen.getByRole('alert')).toHaveTextContent('region=002: expected a UN M49 region');
		expect(screen.getByRole('alert')).toHaveTextContent('page=two: expected a page number');
		page.unmount();
		render(LinkProblems, { problems, compact: true });
		expect(screen.queryByRole('alert')).toBeNull();
		expect(screen.getByRole('status').textContent?.replace(/\s+/g, ' ')).toBe(
			'Not used from this link: region=002 (expected a UN M49 region or sub-region name such as Eastern Africa); page=two (expected a page number such as 2).'
		);
	});

	it('says nothing when every parameter was used', () => {
		const { container } = render(LinkProblems, { problems: [], compact: true });
		expect(container.textContent?.trim()).toBe('');
	});
});
