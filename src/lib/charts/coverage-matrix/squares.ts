/**
 * The matrix's squares drawn as few paths: one per strongest link (the squares' fill, edge and
 * dash are the link's alone) and one per tier mark, in place of a rectangle and a mark per
 * indicator. The page hydrates six elements instead of some 300, and a filter change rewrites six
 * attributes. SVG starts a dash pattern afresh at each subpath, so the dashed squares look as
 * single rectangles do. The links over the drawing (MatrixLinks) name each square.
 */
import type { IndicatorStatusRow } from '../../domain/indicators';
import { cell, type MatrixLayout } from './layout';
import { tierClass } from './shape';

type Strength = IndicatorStatusRow['strength'];

export interface MatrixSquares {
	/** Per strongest link (null: none yet), in drawing order, the squares' outline. */
	fills: { strength: Strength; d: string }[];
	/** Tier II: a triangle in the top right corner. */
	tier2: string;
	/** Mixed tiers: a dot in the middle. */
	mixed: string;
}

const order: Strength[] = [null, 'potential', 'indirect', 'direct'];

/** One square's outline, half a pixel in so its edge falls on the pixel grid (as MatrixDrawing's legend swatches). */
const squareAt = (x: number, y: number) => `M${x + 0.5} ${y + 0.5}h${cell - 1}v${cell - 1}h${1 - cell}Z`;
export const tier2At = (x: number, y: number) => `M${x + cell - 6} ${y}h6v6Z`;
export const mixedAt = (x: number, y: number) => `M${x + cell / 2 - 3} ${y + cell / 2 - 1}a2 2 0 1 0 4 0a2 2 0 1 0-4 0Z`;

export function matrixSquares(layout: MatrixLayout): MatrixSquares {
	const fills = new Map<Strength, string>(order.map((s) => [s, '']));
	let tier2 = '';
	let mixed = '';
	for (const g of layout.goals)
		for (const { row, x, y } of g.cells) {
			fills.set(row.strength, (fills.get(row.strength) ?? '') + squareAt(x, y));
			const tier = tierClass(row.tier);
			if (tier === 'tier-2') tier2 += tier2At(x, y);
			else if (tier === 'tier-mixed') mixed += mixedAt(x, y);
		}
	return { fills: order.map((strength) => ({ strength, d: fills.get(strength)! })).filter((f) => f.d !== ''), tier2, mixed };
}
