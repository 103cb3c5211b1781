import { describe, expect, it } from 'vitest';
import type { IndicatorStatusRow } from '../../domain/indicators';
import { cell, matrixLayout } from './layout';
import { coverageByGoal } from './shape';
import { matrixSquares } from './squares';

const r = (indicator: string, strength: IndicatorStatusRow['strength'], tier = 'Tier I'): IndicatorStatusRow => {
	const [g, t] = indicator.split('.');
	return { indicator, target: `${g}.${t}`, goal: Number(g), title: indicator, tier, repeat_of: null, strength, projects: strength ? 1 : 0 };
};
const rows = [
	r('6.3.1', null),
	r('6.3.2', 'direct', 'Tier II'),
	r('6.6.1', 'potential', 'Tier I (a)/Tier II (b)'),
	r('14.1.1', 'direct'),
	r('14.1.2', 'indirect', 'Tier II')
];
const starts = (d: string) => [...d.matchAll(/M([\d.]+) ([\d.]+)/g)].map(([, x, y]) => [Number(x), Number(y)]);

describe('matrixSquares', () => {
	it('draws each indicator once, in the path of its strongest link, where the layout placed it', () => {
		const layout = matrixLayout(coverageByGoal(rows), 900);
		const squares = matrixSquares(layout);
		expect(squares.fills.map((f) => [f.strength, starts(f.d).length])).toEqual([
			[null, 1],
			['potential', 1],
			['indirect', 1],
			['direct', 2]
		]);
		const placed = layout.goals.flatMap((g) => g.cells);
		const direct = placed.filter((c) => c.row.strength === 'direct').map((c) => [c.x + 0.5, c.y + 0.5]);
		expect(starts(squares.fills.find((f) => f.strength === 'direct')!.d)).toEqual(direct);
		// Each square is closed and cell-1 pixels wide.
		expect(squares.fills[0].d).toMatch(new RegExp(`h${cell - 1}v${cell - 1}h${1 - cell}Z$`));
	});

	it('marks Tier II in a corner and mixed tiers with a dot, and nothing for Tier I', () => {
		const squares = matrixSquares(matrixLayout(coverageByGoal(rows), 900));
		expect(starts(squares.tier2)).toHaveLength(2);
		expect(starts(squares.mixed)).toHaveLength(1);
		expect(matrixSquares(matrixLayout(coverageByGoal([r('1.1.1', null)]), 900))).toEqual({
			fills: [{ strength: null, d: expect.stringMatching(/^M/) }],
			tier2: '',
			mixed: ''
		});
	});
});
