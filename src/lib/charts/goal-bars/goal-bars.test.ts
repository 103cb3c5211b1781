// @vitest-environment jsdom
/** The goal chart: its data shaping, and what it renders (a labelled image and the same numbers as a table). */
import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { openTables } from '../../../../tests/open-tables';
import { describe, expect, it } from 'vitest';
import type { GoalProjectsRow } from '../../domain/goals';
import GoalBars from './GoalBars.svelte';
import { textOn } from '../../format/colour';
import { describeGoalBars, goalBars } from './shape';

const row = (goal: number, short_title: string, colour: string, direct: number, indirect: number, potential: number): GoalProjectsRow => ({
	goal,
	title: `Goal ${goal} official title`,
	short_title,
	colour,
	direct,
	indirect,
	potential,
	'scored-2': 0,
	'scored-1': 0,
	projects: direct + indirect + potential
});
const rows = [
	row(6, 'Clean water and sanitation', '#26BDE2', 2, 1, 0),
	row(7, 'Affordable and clean energy', '#FCC30B', 0, 0, 0),
	row(15, 'Life on land', '#56C02B', 3, 0, 4)
];

describe('goalBars', () => {
	it('lays strength segments end to end, strongest first, in the goal colour', () => {
		const bars = goalBars(rows);
		expect(bars[2].segments.map((s) => [s.strength, s.start, s.count])).toEqual([
			['direct', 0, 3],
			['indirect', 3, 0],
			['potential', 3, 4],
			['scored-2', 7, 0],
			['scored-1', 7, 0]
		]);
		expect(bars[2].total).toBe(7);
		expect(bars[2].segments[0].fill).toBe('#56C02B');
		expect(bars[2].segments[1].fill).not.toBe('#56C02B');
	});

	it('describes the chart with the goals that stand out', () => {
		expect(describeGoalBars(goalBars(rows))).toContain(
			'2 of 3 goals have projects; the most are goal 15 Life on land (7), goal 6 Clean water and sanitation (3)'
		);
		expect(describeGoalBars(goalBars([rows[1]]))).toContain('no project contributes');
	});

	it('picks readable badge text on light and dark goal colours', () => {
		expect(textOn('#FCC30B')).toBe('#1b1b1b');
		expect(textOn('#19486A')).toBe('#ffffff');
	});
});

describe('<GoalBars>', () => {
	it('renders an image with a text label and one bar segment per non-zero strength', () => {
		const { container } = render(GoalBars, { rows, title: 'Projects per goal' });
		const img = screen.getByRole('img');
		expect(img.getAttribute('aria-label')).toMatch(/^Bar chart of citizen-science projects per SDG goal/);
		const segments = container.querySelectorAll('svg[role="img"] rect[stroke-width]');
		expect(segments).toHaveLength(4);
	});

	it("names the goal under the pointer in one tooltip, with its strengths' counts, and hides it when the pointer leaves", async () => {
		const { container } = render(GoalBars, { rows });
		expect(container.querySelectorAll('svg[role="img"] title')).toHaveLength(0);
		const goal15 = container.querySelector('g[data-goal="15"]')!;
		await fireEvent(goal15, new MouseEvent('pointerenter'));
		const tip = container.querySelector('.tip')!;
		expect(tip.getAttribute('aria-hidden')).toBe('true');
		expect(tip.querySelector('strong')?.textContent).toBe('15 Life on land');
		expect([...tip.querySelectorAll('tr')].map((tr) => [...tr.cells].map((td) => td.textContent?.trim()))).toEqual([
			['Direct', '3'],
			['Potential', '4'],
			['Projects', '7']
		]);
		await fireEvent(goal15, new MouseEvent('pointerleave'));
		expect(container.querySelector('.tip')).toBeNull();
	});

	it('carries the same numbers as an accessible table', async () => {
		const { container } = render(GoalBars, { rows });
		expect(screen.queryByRole('table', { hidden: true })).toBeNull();
		await openTables(container);
		const table = screen.getByRole('table', { hidden: true });
		const body = within(table).getAllByRole('row', { hidden: true }).slice(1);
		expect(body.map((r) => r.textContent?.replace(/\s+/g, ' ').trim())).toEqual([
			'6 Clean water and sanitation2103',
			'7 Affordable and clean energy0000',
			'15 Life on land3047'
		]);
		expect(within(table).getAllByRole('rowheader', { hidden: true })[2].textContent).toBe('15 Life on land');
	});
});
