// @vitest-environment jsdom
/** The goal chart's drawing at a desktop width and on a phone, against committed snapshots (tests/svg-snapshot.ts). */
import { render } from '@testing-library/svelte';
import { afterEach, describe, it } from 'vitest';
import { setLayoutWidth } from '../../../../tests/layout-width';
import { expectSvgSnapshot } from '../../../../tests/svg-snapshot';
import type { GoalProjectsRow } from '../../domain/goals';
import { vocabularyData } from '../../format/vocabulary';
import GoalBars from './GoalBars.svelte';

// Fixed counts for all 17 goals: some with all three strengths, some with none.
const counts: [number, number, number][] = [
	[1, 2, 0],
	[0, 5, 2],
	[4, 6, 0],
	[8, 4, 0],
	[0, 2, 0],
	[3, 6, 1],
	[0, 0, 1],
	[0, 0, 0],
	[0, 0, 2],
	[0, 0, 0],
	[2, 7, 7],
	[0, 4, 2],
	[5, 10, 0],
	[2, 8, 1],
	[6, 37, 2],
	[0, 3, 0],
	[0, 4, 0]
];
const rows: GoalProjectsRow[] = vocabularyData.goals.map((g, i) => {
	const [direct, indirect, potential] = counts[i];
	return {
		goal: g.goal,
		title: g.short_title,
		short_title: g.short_title,
		colour: g.colour,
		direct,
		indirect,
		potential,
		'scored-2': 0,
		'scored-1': 0,
		projects: direct + indirect + potential
	};
});

describe('goal bars snapshot', () => {
	let restore = () => {};
	afterEach(() => restore());

	it('at 720 pixels: labels left of the bars, legend and axis title inside the drawing', () => {
		restore = setLayoutWidth(720);
		const { container } = render(GoalBars, { rows, selected: [15] });
		expectSvgSnapshot(container.querySelector('svg[role="img"]'), 'goal-bars');
	});

	it('at 340 pixels: labels above the bars', () => {
		restore = setLayoutWidth(340);
		const { container } = render(GoalBars, { rows });
		expectSvgSnapshot(container.querySelector('svg[role="img"]'), 'goal-bars-340');
	});
});
