/**
 * Pure data shaping for the projects-per-goal bar chart: rows from the goals query in, one bar per
 * goal with its strength segments laid end to end, plus the text summary the chart is labelled with.
 */
import { interpolateRgb } from 'd3-interpolate';
import type { GoalProjectsRow } from '../../queries/goals';
import { strengths, type Strength } from '../../data/package';

export interface Segment {
	strength: Strength;
	count: number;
	/** Where the segment starts, in projects from the axis. */
	start: number;
	fill: string;
	stroke: string;
}

export interface GoalBar {
	goal: number;
	shortTitle: string;
	title: string;
	colour: string;
	total: number;
	segments: Segment[];
}

/** How each strength is drawn in the goal's colour: solid, a light tint, an outline on a faint tint. */
export function strengthStyle(colour: string, strength: Strength): { fill: string; stroke: string } {
	if (strength === 'direct') return { fill: colour, stroke: colour };
	if (strength === 'indirect') return { fill: interpolateRgb(colour, '#ffffff')(0.5), stroke: colour };
	return { fill: interpolateRgb(colour, '#ffffff')(0.88), stroke: colour };
}

export function goalBars(rows: readonly GoalProjectsRow[]): GoalBar[] {
	return rows.map((r) => {
		let start = 0;
		const segments = strengths.map((strength) => {
			const segment = { strength, count: r[strength], start, ...strengthStyle(r.colour, strength) };
			start += r[strength];
			return segment;
		});
		return { goal: r.goal, shortTitle: r.short_title, title: r.title, colour: r.colour, total: r.projects, segments };
	});
}

/** One sentence a screen reader hears as the chart's label: what it shows and what stands out. */
export function describeGoalBars(bars: readonly GoalBar[]): string {
	const reached = bars.filter((b) => b.total > 0);
	if (reached.length === 0) return 'Bar chart of projects per SDG goal: no project contributes to any goal.';
	const top = [...reached].sort((a, b) => b.total - a.total || a.goal - b.goal).slice(0, 3);
	const list = top.map((b) => `goal ${b.goal} ${b.shortTitle} (${b.total})`).join(', ');
	return `Bar chart of citizen-science projects per SDG goal, split into direct, indirect and potential contributions. ${reached.length} of ${bars.length} goals have projects; the most are ${list}.`;
}

/** White or near-black text, whichever reads better on a goal colour (goal 7's yellow needs dark). */
export function textOn(colour: string): string {
	const [r, g, b] = [1, 3, 5].map((i) => parseInt(colour.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
	const luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
	return (1.05 / (luminance + 0.05)) >= 3 ? '#ffffff' : '#1b1b1b';
}
