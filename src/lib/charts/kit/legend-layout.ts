/**
 * Where legend entries go inside a chart's SVG: a title, then swatches with their labels in a row
 * that wraps to the chart's width. Charts read the height to leave room above the plot.
 */
import { textWidth } from '../../format/text-width';
import { legendLine, size, swatch } from './ink';

export interface Placed<Item> {
	item: Item;
	x: number;
	y: number;
}

export interface LegendLayout<Item> {
	title: string | null;
	entries: Placed<Item>[];
	height: number;
}

const gap = 18;
const labelGap = 6;

/** Lay out `items` (each with a label) in rows no wider than `width`, after an optional title. */
export function legendLayout<Item extends { label: string }>(items: readonly Item[], width: number, title?: string): LegendLayout<Item> {
	let x = title ? textWidth(title, size.legend, true) + gap - 6 : 0;
	let y = 0;
	const entries = items.map((item) => {
		const w = swatch + labelGap + textWidth(item.label, size.legend);
		if (x > 0 && x + w > width) {
			x = 0;
			y += legendLine;
		}
		const placed = { item, x, y };
		x += w + gap;
		return placed;
	});
	return { title: title ?? null, entries, height: y + legendLine };
}

export interface ScaleClass {
	label: string;
	colour: string;
}

export interface ColourScaleLayout {
	title: string;
	boxes: (ScaleClass & { x: number; width: number })[];
	height: number;
}

/**
 * A colour scale as a row of touching boxes, labels under each, title above: classes read in
 * order, light to dark. Boxes share the width when there is not room for their natural size.
 */
export function colourScaleLayout(title: string, classes: readonly ScaleClass[], width: number): ColourScaleLayout {
	const natural = Math.max(30, ...classes.map((c) => textWidth(c.label, size.tick) + 10));
	const box = Math.min(natural, width / Math.max(1, classes.length));
	return {
		title,
		boxes: classes.map((c, i) => ({ ...c, x: i * box, width: box })),
		height: scaleBoxTop + scaleBoxHeight + 16
	};
}

/** The boxes' top and height within the colour scale (the title sits above). */
export const scaleBoxTop = 20;
export const scaleBoxHeight = 12;
