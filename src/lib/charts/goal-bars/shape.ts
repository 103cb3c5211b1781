/**
 * Pure data shaping for the projects-per-goal bar chart: rows from the goals query in, one bar per
 * goal with its strength segments laid end to end, plus the text summary the chart is labelled with.
 */
import { goalShortTitle, sdgTitle } from '../../i18n/framework-titles.svelte';
import type { GoalProjectsRow } from '../../domain/goals';
import { isCurated, strengths, type Strength } from '../../domain/strength';
import { strengthStyle } from '../../format/colour';
import { formatCount } from '../../format/number';
import { t } from '../../i18n/i18n';
import { commaSeries, sentences } from '../kit/words';

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
		// Titles in the page's language: the UN's official translations.
		return { goal: r.goal, shortTitle: goalShortTitle(r.goal, r.short_title), title: sdgTitle(r.goal, r.title), colour: r.colour, total: r.projects, segments };
	});
}

/** The sentences a screen reader hears as the chart's label: what it shows and what stands out. */
export function describeGoalBars(bars: readonly GoalBar[]): string {
	const reached = bars.filter((b) => b.total > 0);
	if (reached.length === 0) return t('goalBars.describeNone');
	const top = [...reached].sort((a, b) => b.total - a.total || a.goal - b.goal).slice(0, 3);
	const list = commaSeries(top.map((b) => t('goalBars.describeItem', { goal: b.goal, title: b.shortTitle, count: formatCount(b.total) })));
	const jrc = bars.some((b) => b.segments.some((s) => !isCurated(s.strength) && s.count > 0));
	return sentences(
		t(jrc ? 'goalBars.describeJrc' : 'goalBars.describe'),
		t('goalBars.describeReached', { count: formatCount(reached.length), total: formatCount(bars.length), n: bars.length, list })
	);
}
