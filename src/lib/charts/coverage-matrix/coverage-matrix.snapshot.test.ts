// @vitest-environment jsdom
/** The coverage matrix's drawing against committed snapshots (tests/svg-snapshot.ts), on a desktop and on a phone. */
import { render } from '@testing-library/svelte';
import { afterEach, describe, it } from 'vitest';
import { setLayoutWidth } from '../../../../tests/layout-width';
import { expectSvgSnapshot } from '../../../../tests/svg-snapshot';
import type { IndicatorStatusRow } from '../../domain/indicators';
import CoverageMatrix from './CoverageMatrix.svelte';

const strengths = [null, 'direct', 'indirect', 'potential', null, null] as const;
const tiers = ['Tier I', 'Tier II', 'Tier I', 'Tier I (a)/Tier II (b)', 'Tier II', 'Tier I'];
/** Goals 1, 3, 14 and 15 with `perTarget` indicators in each of their targets: every strength and tier appears. */
function goal(goal: number, perTarget: number[]): IndicatorStatusRow[] {
	let n = 0;
	return perTarget.flatMap((count, t) =>
		Array.from({ length: count }, (_, i) => {
			const strength = strengths[n % strengths.length];
			const tier = tiers[n++ % tiers.length];
			return {
				indicator: `${goal}.${t + 1}.${i + 1}`,
				target: `${goal}.${t + 1}`,
				goal,
				title: `Indicator ${goal}.${t + 1}.${i + 1}`,
				tier,
				repeat_of: null,
				strength,
				projects: strength ? (n % 4) + 1 : 0
			};
		})
	);
}
const rows = [...goal(1, [2, 3, 1, 2, 1]), ...goal(3, [3, 2, 1, 4, 1, 2, 3, 2, 1, 2, 3, 2, 1]), ...goal(14, [1, 2, 1]), ...goal(15, [2, 1, 1, 1, 2, 1])];

describe('coverage matrix snapshot', () => {
	let restore = () => {};
	afterEach(() => restore());

	it('at 900 pixels: names, counts and cells on one line per goal', () => {
		restore = setLayoutWidth(900);
		const { container } = render(CoverageMatrix, { rows });
		expectSvgSnapshot(container.querySelector('svg[role="img"]'), 'coverage-matrix');
	});

	it('at 340 pixels (a phone): cells under each name, wrapping by target', () => {
		restore = setLayoutWidth(340);
		const { container } = render(CoverageMatrix, { rows });
		expectSvgSnapshot(container.querySelector('svg[role="img"]'), 'coverage-matrix-340');
	});
});
