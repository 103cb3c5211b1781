/**
 * The ink every chart draws with. Charts set these as SVG attributes rather than page CSS, so an
 * exported file, a pasted PNG and a test snapshot look as on screen without the app's style sheet.
 * Colours follow app.css; text colours keep at least 4.5:1 contrast on white.
 */
export const ink = {
	/** Labels and legend text. */
	text: '#1b2433',
	/** Ticks, axis titles and notes. */
	muted: '#5a6576',
	/** Grid lines. */
	grid: '#dde1e7',
	/** Axis lines and the edge of pale swatches. */
	axis: '#9aa3ae',
	/** Cells and areas with nothing in them. */
	blank: '#eef0f3'
} as const;

/** Type sizes in pixels. */
export const size = {
	tick: 11,
	label: 13,
	legend: 12,
	title: 12
} as const;

/** Height of one legend line; swatches are `swatch` pixels square. */
export const legendLine = 20;
export const swatch = 14;
