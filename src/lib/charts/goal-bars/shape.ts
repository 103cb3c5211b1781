/**
 * Pure data shaping for the projects-per-goal bar chart: rows from the goals query in, one bar per
 * goal with its strength segments laid end to end, plus the text summary the chart is labelled with.
 */
import type { GoalProjectsRow } from '../../domain/goals';
import { isCurated, strengths, type Strength } from '../../domain/strength';
import { strengthStyle } from '../../format/colour';

export interface Segment {
	strength: Strength;
	count: number;
	/** Where the segment starts, in projects from the axis. */
	start: number;
	fill: string;
	stroke: string;
	dash: string | null;
}

export interface GoalBar {
	goal: number;
	shortTitle: string;
	title: string;
	colour: string;
	total: number;
	segments: Segment[];
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
	const jrc = bars.some((b) => b.segments.some((s) => !isCurated(s.strength) && s.count > 0));
	const split = jrc ? 'direct, indirect and potential contributions, and the JRC study scores 2 and 1' : 'direct, indirect and potential contributions';
	return `Bar chart of citizen-science projects per SDG goal, split into ${split}. ${reached.length} of ${bars.length} goals have projects; the most are ${list}.`;
}
