/** Colour helpers shared by charts and controls. */
import { interpolateRgb } from 'd3-interpolate';
import type { Strength } from '../domain/strength';

function luminance(hex: string): number {
	const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
	return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio of two #rrggbb colours. */
export function contrast(a: string, b: string): number {
	const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
	return (hi + 0.05) / (lo + 0.05);
}

const textColours = new Map<string, string>();

/**
 * White or near-black text, whichever contrasts more with a goal colour. Several official goal
 * colours (7's yellow, 3's green) give white text too little contrast at small sizes.
 */
export function textOn(colour: string): string {
	// Kept per colour: a goal page draws some 200 goal badges in 17 colours (8 ms of its start in profiles).
	let text = textColours.get(colour);
	if (text === undefined) textColours.set(colour, (text = contrast(colour, '#ffffff') >= contrast(colour, '#1b1b1b') ? '#ffffff' : '#1b1b1b'));
	return text;
}

/**
 * The JRC study's scores in their own greys, whatever the goal: never to be read as a shade of
 * the curated grades. Scored 1 has a dotted edge, as potential has a dashed one.
 */
const jrcStyles = {
	'scored-2': { fill: '#98a3b3', stroke: '#4a5566', dash: null },
	'scored-1': { fill: '#e1e5eb', stroke: '#4a5566', dash: '1 2' }
} as const;

const styles = new Map<string, { fill: string; stroke: string; dash: string | null }>();

/**
 * How each strength is drawn in the goal's colour: solid, a light tint, or a dashed outline on a
 * faint tint; the JRC scores in grey. A darker edge keeps even goal 7's yellow visible against white.
 */
export function strengthStyle(colour: string, strength: Strength): { fill: string; stroke: string; dash: string | null } {
	if (strength === 'scored-2' || strength === 'scored-1') return jrcStyles[strength];
	// Kept: a goal page's table draws a bar per indicator in one colour, and d3's colour parsing is
	// slow on a page's cold start (17 ms of a goal page's in profiles, for the same few answers).
	const key = `${colour} ${strength}`;
	let style = styles.get(key);
	if (!style) {
		const stroke = interpolateRgb(colour, '#000000')(0.3);
		if (strength === 'direct') style = { fill: colour, stroke, dash: null };
		else if (strength === 'indirect') style = { fill: interpolateRgb(colour, '#ffffff')(0.5), stroke, dash: null };
		else style = { fill: interpolateRgb(colour, '#ffffff')(0.88), stroke, dash: '3 2' };
		styles.set(key, style);
	}
	return style;
}

/** Strength colours for charts not tied to one goal: one blue, solid to faint, like the goal bars. */
export const strengthColours: Record<Strength, { fill: string; stroke: string; dash: string | null }> = {
	direct: { fill: '#1f5f8b', stroke: '#123a55', dash: null },
	indirect: { fill: '#7fb0d6', stroke: '#2f6d98', dash: null },
	potential: { fill: '#e3eff8', stroke: '#2f6d98', dash: '3 2' },
	...jrcStyles
};
