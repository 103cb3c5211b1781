// @vitest-environment jsdom
import { fireEvent, render, screen } from '@testing-library/svelte';
import { openTables } from '../../../../tests/open-tables';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setLayoutWidth } from '../../../../tests/layout-width';
import type { ActiveYearRow } from '../../domain/time';
import { denseStart, describeYears, startedBefore, yearColumns, yearTicks } from './shape';
import TimeBars from './TimeBars.svelte';

const rows: ActiveYearRow[] = [
	{ year: 2018, direct: 1, indirect: 0, potential: 0, 'scored-2': 0, 'scored-1': 0, projects: 1, started: 1 },
	{ year: 2019, direct: 1, indirect: 2, potential: 1, 'scored-2': 0, 'scored-1': 0, projects: 4, started: 3 },
	{ year: 2020, direct: 0, indirect: 2, potential: 1, 'scored-2': 0, 'scored-1': 0, projects: 3, started: 0 }
];

/**
 * The curated inventory's shape: one project since 1900, the rest from 1966 on. Years 1900-1965
 * have that one project; from 1966, one more starts each year (so 2 in 1966, 3 in 1967...).
 */
function longTail(): ActiveYearRow[] {
	return Array.from({ length: 2026 - 1900 + 1 }, (_, i) => {
		const year = 1900 + i;
		const projects = year < 1966 ? 1 : year - 1964;
		const started = year === 1900 || year >= 1966 ? 1 : 0;
		return { year, direct: 0, indirect: projects, potential: 0, 'scored-2': 0, 'scored-1': 0, projects, started };
	});
}

describe('time shaping', () => {
	it('stacks strengths strongest first', () => {
		expect(yearColumns(rows)[1].segments).toEqual([
			{ strength: 'direct', start: 0, count: 1 },
			{ strength: 'indirect', start: 1, count: 2 },
			{ strength: 'potential', start: 3, count: 1 },
			{ strength: 'scored-2', start: 4, count: 0 },
			{ strength: 'scored-1', start: 4, count: 0 }
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

	it('starts the axis at the first decade where projects become common', () => {
		// 62 projects: 1% is under one, so the floor of two starts a decade decides. The 1900s have
		// one start, the 1960s four (1966-1969).
		expect(denseStart(longTail())).toBe(1960);
		expect(startedBefore(longTail(), 1960)).toBe(1);
		expect(describeYears(longTail(), 0, 1960)).toContain('from 1960 to 2026');
		expect(describeYears(longTail(), 0, 1960)).toContain('1 project started before 1960, from 1900.');
	});

	it('keeps every year when nothing early is sparse, or when too little would be left out', () => {
		expect(denseStart(rows)).toBeNull();
		// Dense from 2000, data from 1995: five years are not worth a button.
		const late = longTail().filter((r) => r.year >= 1995);
		late[0] = { ...late[0], started: 1 };
		expect(denseStart(late)).toBeNull();
		// With a thousand projects, a decade needs ten starts (1%), not two.
		const big = longTail().map((r) => ({ ...r, started: r.year >= 2000 ? 40 : r.started }));
		expect(denseStart(big)).toBe(2000);
	});
});

/** Columns drawn (one subpath per year and strength), in years in range or, with `faded`, out of it. */
const boxes = (container: Element, faded = false) =>
	[...container.querySelectorAll(`svg[role="img"] path[data-strength]${faded ? '.faded' : ':not(.faded)'}`)].reduce(
		(n, p) => n + (p.getAttribute('d')!.match(/M/g)?.length ?? 0),
		0
	);

const tickLabels = (container: HTMLElement) =>
	[...container.querySelectorAll('[data-chart-axis="bottom"] text:not(.axis-title)')].map((t) => Number(t.textContent));

describe('<TimeBars>', () => {
	let restore: () => void;
	beforeEach(() => (restore = setLayoutWidth(720)));
	afterEach(() => restore());

	it('draws one column per year, fades years outside the range, and has a table', async () => {
		const { container } = render(TimeBars, { rows, undated: 0, from: 2019, to: 2019 });
		await openTables(container);
		expect(screen.getByRole('img').getAttribute('aria-label')).toMatch(/^Column chart/);
		// 2019 has three strengths in range; 2018 (direct) and 2020 (indirect, potential) are faded.
		expect(boxes(container)).toBe(3);
		expect(boxes(container, true)).toBe(3);
		expect([...container.querySelectorAll('path.faded')].map((p) => p.getAttribute('data-strength'))).toEqual(['direct', 'indirect', 'potential']);
		expect(screen.getAllByRole('row', { hidden: true })).toHaveLength(4);
	});

	it('names the year under the pointer in one tooltip, and hides it when the pointer leaves', async () => {
		const { container } = render(TimeBars, { rows, undated: 0 });
		const svg = container.querySelector<SVGSVGElement>('svg[role="img"]')!;
		svg.getBoundingClientRect = () => ({ left: 0, top: 0, width: 720, height: 250 }) as DOMRect;
		expect(container.querySelector('.tip')).toBeNull();
		// Three columns share 36-712 px: the middle one is 2019.
		await fireEvent(svg, new MouseEvent('pointermove', { clientX: 374, bubbles: true }));
		const tip = container.querySelector('.tip')!;
		expect(tip.getAttribute('aria-hidden')).toBe('true');
		expect(tip.querySelector('strong')?.textContent).toBe('2019');
		const lines = [...tip.querySelectorAll('tr')].map((tr) => [...tr.cells].map((td) => td.textContent?.trim()));
		expect(lines).toEqual([
			['Direct', '1'],
			['Indirect', '2'],
			['Potential', '1'],
			['Projects', '4']
		]);
		expect(svg.querySelector('[data-hover-band]')).not.toBeNull();
		await fireEvent(svg, new MouseEvent('pointerleave'));
		expect(container.querySelector('.tip')).toBeNull();
		expect(svg.querySelector('[data-hover-band]')).toBeNull();
	});

	it('fades the years outside a drag while it lasts, and asks for the span dragged across', async () => {
		const onrange = vi.fn();
		const { container } = render(TimeBars, { rows, undated: 0, onrange });
		const svg = container.querySelector<SVGSVGElement>('svg[role="img"]')!;
		svg.getBoundingClientRect = () => ({ left: 0, top: 0, width: 720, height: 250 }) as DOMRect;
		svg.setPointerCapture = () => {};
		// Three columns share 36-712 px: 2018 from 36, 2019 from about 273, 2020 from about 510.
		await fireEvent(svg, new MouseEvent('pointerdown', { clientX: 100, bubbles: true }));
		await fireEvent(svg, new MouseEvent('pointermove', { clientX: 374, bubbles: true }));
		// 2020 (indirect, potential) is faded while the drag spans 2018-2019.
		expect(boxes(container, true)).toBe(2);
		expect(container.querySelector('.tip')).toBeNull();
		await fireEvent(svg, new MouseEvent('pointerup', { clientX: 374, bubbles: true }));
		expect(onrange).toHaveBeenCalledWith(2018, 2019);
		expect(boxes(container, true)).toBe(0);
	});

	it('says so when no project can be placed in time', () => {
		const { container } = render(TimeBars, {
			rows: rows.map((r) => ({ ...r, direct: 0, indirect: 0, potential: 0, 'scored-2': 0, 'scored-1': 0, projects: 0, started: 0 })),
			undated: 3
		});
		expect(screen.getByText('No project with a known start year matches the filters.')).toBeInTheDocument();
		expect(container.querySelector('figure')?.dataset.chartStatus).toBe('empty');
		// Projects come whole: no 0.2 project on the axis of an empty chart.
		const counts = [...container.querySelectorAll('[data-chart-axis="left"] text:not(.axis-title)')].map((t) => Number(t.textContent));
		expect(counts).toEqual([0, 1]);
	});

	it('starts at the dense decade, says how many projects started earlier, and shows every year on request', async () => {
		const { container } = render(TimeBars, { rows: longTail(), undated: 0 });
		const svg = container.querySelector('svg[role="img"]')!;
		expect(Math.min(...tickLabels(container))).toBe(1960);
		expect(boxes(container)).toBe(2026 - 1960 + 1);
		expect(svg.querySelector('[data-earlier]')?.textContent).toBe('← 1 project started before 1960');

		const button = screen.getByRole('button', { name: 'Show every year, from 1900' });
		await fireEvent.click(button);
		expect(Math.min(...tickLabels(container))).toBe(1900);
		expect(boxes(container)).toBe(2026 - 1900 + 1);
		expect(svg.querySelector('[data-earlier]')).toBeNull();
		expect(button.textContent?.trim()).toBe('Start at 1960 again');
		await fireEvent.click(button);
		expect(Math.min(...tickLabels(container))).toBe(1960);
	});

	it('shows the early years when the year filter reaches them', () => {
		const { container } = render(TimeBars, { rows: longTail(), undated: 0, from: 1950, to: 1970 });
		expect(Math.min(...tickLabels(container))).toBe(1900);
		expect(screen.queryByRole('button', { name: /Show every year/ })).toBeNull();
	});
});
