/**
 * Where the coverage matrix draws each goal and indicator, for a given width: one row per goal
 * (its badge, name and count, then its indicators), indicators in target groups that wrap as
 * whole groups. The SVG drawing and the links laid over it both read these positions.
 */
import type { IndicatorStatusRow } from '../../domain/indicators';
import type { CoverageGoal } from './shape';

export const cell = 14;
const cellGap = 2;
const targetGap = 7;
const lineGap = 3;
/** Space above and below each goal's row. */
export const rowPad = 4;
/** Wide screens: name column, then the count, then the cells. */
const nameColumn = 288;
const countColumn = 48;
/** The height of a goal's badge and name. */
export const labelHeight = 20;

export interface PlacedCell {
	row: IndicatorStatusRow;
	x: number;
	y: number;
}

export interface PlacedGoal {
	goal: number;
	used: number;
	potential: number;
	total: number;
	/** Top of the goal's row, and of its label. */
	y: number;
	height: number;
	/** Room for the name, in pixels. */
	nameWidth: number;
	/** Where the count ends (it is right-aligned). */
	countX: number;
	cells: PlacedCell[];
}

export interface MatrixLayout {
	narrow: boolean;
	goals: PlacedGoal[];
	height: number;
}

/** Lay out the goals from `top` down, within `width` pixels. Narrow: each goal's cells go under its name. */
export function matrixLayout(goals: readonly CoverageGoal[], width: number, top = 0): MatrixLayout {
	const narrow = width < 640;
	const left = narrow ? 0 : nameColumn + countColumn + 8;
	const countX = narrow ? width : nameColumn + countColumn;
	let y = top;
	const placed = goals.map((g) => {
		// Narrow: cells under the name. Wide: the first line of cells centred on the name.
		const inset = narrow ? labelHeight + lineGap : (labelHeight - cell) / 2;
		const cellsTop = y + rowPad + inset;
		let x = left;
		let line = 0;
		const cells: PlacedCell[] = [];
		const newLine = () => {
			x = left;
			line++;
		};
		for (const t of g.targets) {
			const groupWidth = t.indicators.length * (cell + cellGap) - cellGap;
			if (x > left && x + groupWidth > width) newLine();
			for (const row of t.indicators) {
				// A target wider than a whole line breaks within itself.
				if (x > left && x + cell > width) newLine();
				cells.push({ row, x, y: cellsTop + line * (cell + lineGap) });
				x += cell + cellGap;
			}
			x += targetGap - cellGap;
		}
		const cellsHeight = cells.length ? (line + 1) * (cell + lineGap) - lineGap : 0;
		const height = rowPad * 2 + Math.max(labelHeight, inset + cellsHeight);
		const goal = {
			goal: g.goal,
			used: g.used,
			potential: g.potential,
			total: g.total,
			y,
			height,
			nameWidth: (narrow ? width - 40 : nameColumn) - 30,
			countX,
			cells
		};
		y += height;
		return goal;
	});
	return { narrow, goals: placed, height: y };
}
