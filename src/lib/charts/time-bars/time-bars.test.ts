// @vitest-environment jsdom
import { render, screen } from '@testing-library/svelte';
import { openTables } from '../../../../tests/open-tables';
import { describe, expect, it } from 'vitest';
import type { ActiveYearRow } from '../../domain/time';
import { describeYears, yearColumns, yearTicks } from './shape';
import TimeBars from './TimeBars.svelte';

const rows: ActiveYearRow[] = [
	{ year: 2018, direct: 1, indirect: 0, potential: 0, projects: 1 },
	{ year: 2019, direct: 1, indirect: 2, potential: 1, projects: 4 },
	{ year: 2020, direct: 0, indirect: 2, potential: 1, projects: 3 }
];

describe('time shaping', () => {
	it('stacks strengths strongest first', () => {
		expect(yearColumns(rows)[1].segments).toEqual([
			{ strength: 'direct', start: 0, count: 1 },
			{ strength: 'indirect', start: 1, count: 2 },
			{ strength: 'potential', start: 3, count: 1 }
		]);
	});

	it('describes the span, the peak and the projects it leaves out', () => {
		expect(describeYears(rows, 2)).toBe(
			'Column chart of citizen-science projects active per year from 2018 to 2020: 1 in 2018, 3 in 2020, at most 4 (2019). 2 projects have no known start year and are left out.'
		);
		expect(describeYears([], 1)).toContain('no project has a known start year');
	});

	it('labels round years', () => {
		const years = Array.from({ length: 127 }, (_, i) => 1900 + i);
		expect(yearTicks(years, 8)).toEqual([1900, 1920, 1940, 1960, 1980, 2000, 2020]);
		expect(yearTicks([2018, 2019, 2020], 8)).toEqual([2018, 2019, 2020]);
	});
});

describe('<TimeBars>', () => {
	it('draws one column per year, fades years outside the range, and has a table', async () => {
		const { container } = render(TimeBars, { rows, undated: 0, from: 2019, to: 2019 });
		await openTables(container);
		expect(screen.getByRole('img').getAttribute('aria-label')).toMatch(/^Column chart/);
		expect(container.querySelectorAll('svg[role="img"] g.faded')).toHaveLength(2);
		expect(container.querySelectorAll('svg[role="img"] rect')).toHaveLength(6);
		expect(screen.getAllByRole('row', { hidden: true })).toHaveLength(4);
	});

	it('says so when no project can be placed in time', () => {
		render(TimeBars, { rows: rows.map((r) => ({ ...r, direct: 0, indirect: 0, potential: 0, projects: 0 })), undated: 3 });
		expect(screen.getByText('No project with a known start year matches the filters.')).toBeInTheDocument();
	});
});
