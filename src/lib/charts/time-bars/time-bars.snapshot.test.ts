// @vitest-environment jsdom
/** The time chart's drawing against committed snapshots (tests/svg-snapshot.ts): trimmed to the dense years, and in full. */
import { fireEvent, render, screen } from '@testing-library/svelte';
import { afterEach, beforeEach, describe, it } from 'vitest';
import { setLayoutWidth } from '../../../../tests/layout-width';
import { expectSvgSnapshot } from '../../../../tests/svg-snapshot';
import type { ActiveYearRow } from '../../domain/time';
import TimeBars from './TimeBars.svelte';

/**
 * One direct project from 1950; from 1990 two projects start a year (alternately indirect and
 * potential) and each runs twelve years.
 */
const rows: ActiveYearRow[] = Array.from({ length: 2026 - 1950 + 1 }, (_, i) => {
	const year = 1950 + i;
	const since = Math.max(0, year - 1989);
	const running = Math.min(since, 12);
	return {
		year,
		direct: 1,
		indirect: running,
		potential: running,
		'scored-2': 0,
		'scored-1': 0,
		projects: 1 + 2 * running,
		started: (year === 1950 ? 1 : 0) + (year >= 1990 ? 2 : 0)
	};
});

describe('time bars snapshot', () => {
	let restore: () => void;
	beforeEach(() => (restore = setLayoutWidth(720)));
	afterEach(() => restore());

	it('from the dense decade, with the earlier projects in words and a year range faded', () => {
		const { container } = render(TimeBars, { rows, undated: 4, from: 2000, to: 2010 });
		expectSvgSnapshot(container.querySelector('svg[role="img"]'), 'time-bars');
	});

	it('every year, once asked for', async () => {
		const { container } = render(TimeBars, { rows, undated: 0 });
		await fireEvent.click(screen.getByRole('button', { name: /Show every year/ }));
		expectSvgSnapshot(container.querySelector('svg[role="img"]'), 'time-bars-all-years');
	});
});
