/** Pure shaping for the projects-active-per-year chart. */
import type { ActiveYearRow } from '../../domain/time';
import { strengths, type Strength } from '../../domain/strength';
import { formatCount } from '../../format/number';
import { t } from '../../i18n/i18n';
import { sentences } from '../kit/words';

export interface YearColumn {
	year: number;
	total: number;
	segments: { strength: Strength; start: number; count: number }[];
}

export function yearColumns(rows: readonly ActiveYearRow[]): YearColumn[] {
	return rows.map((r) => {
		let start = 0;
		const segments = strengths.map((strength) => {
			const s = { strength, start, count: r[strength] };
			start += r[strength];
			return s;
		});
		return { year: r.year, total: r.projects, segments };
	});
}

/**
 * The chart's label. `start`: the first year drawn, when earlier years are left out (denseStart).
 */
export function describeYears(rows: readonly ActiveYearRow[], undated: number, start: number | null = null): string {
	const left = undated ? t('timeBars.undatedLeftOut', { count: formatCount(undated), n: undated }) : null;
	if (rows.length === 0) return sentences(t('timeBars.describeNone'), left);
	const shown = start === null ? rows : rows.filter((r) => r.year >= start);
	const first = shown[0];
	const last = shown[shown.length - 1];
	const peak = shown.reduce((a, b) => (b.projects > a.projects ? b : a));
	const before = start === null ? 0 : startedBefore(rows, start);
	const earlier =
		start === null ? null : t('timeBars.startedBeforeSince', { count: formatCount(before), n: before, year: String(start), first: String(rows[0].year) });
	const main = t('timeBars.describe', {
		from: String(first.year),
		to: String(last.year),
		first: formatCount(first.projects),
		last: formatCount(last.projects),
		peak: formatCount(peak.projects),
		peakYear: String(peak.year)
	});
	return sentences(main, earlier, left);
}

/**
 * The first year worth drawing: the start of the first decade in which at least 1% of the projects
 * (and at least two) started. A lone early project (one runs since 1900) would otherwise give half
 * the width to decades with nothing else in them. Null when that leaves out fewer than ten years.
 */
export function denseStart(rows: readonly ActiveYearRow[], share = 0.01): number | null {
	const total = rows.reduce((n, r) => n + r.started, 0);
	if (total === 0) return null;
	const need = Math.max(2, total * share);
	const perDecade = new Map<number, number>();
	for (const r of rows) {
		const decade = Math.floor(r.year / 10) * 10;
		perDecade.set(decade, (perDecade.get(decade) ?? 0) + r.started);
	}
	const dense = [...perDecade.keys()].sort((a, b) => a - b).find((d) => perDecade.get(d)! >= need);
	return dense !== undefined && dense - rows[0].year >= 10 ? dense : null;
}

/** Projects that started before `year`. */
export const startedBefore = (rows: readonly ActiveYearRow[], year: number) => rows.reduce((n, r) => n + (r.year < year ? r.started : 0), 0);

/** "3 projects started before 1960". */
export const startedEarlier = (count: number, year: number) => t('timeBars.startedBefore', { count: formatCount(count), n: count, year: String(year) });

/** Tick years: about `count` round years across the span. */
export function yearTicks(years: readonly number[], count: number): number[] {
	if (years.length === 0) return [];
	const span = years[years.length - 1] - years[0];
	const step = [1, 2, 5, 10, 20, 25, 50, 100].find((s) => span / s <= count) ?? 100;
	return years.filter((y) => y % step === 0);
}

/** Each strength's segments as one path (a rectangle per year), split into years in range and faded years. */
export interface StrengthPaths {
	strength: Strength;
	solid: string;
	faded: string;
}

/**
 * The stacked columns as one path per strength and fading, not a rectangle per segment: a filter
 * change then sets a few `d` attributes instead of two attributes on each of some 300 rectangles
 * (and the page hydrates some 600 fewer elements). SVG restarts the dash pattern at each subpath,
 * so a dashed strength looks as it did. `left` and `width` place a year's column; `y` a count.
 */
export function strengthPaths(
	columns: readonly YearColumn[],
	left: (year: number) => number,
	width: number,
	y: (count: number) => number,
	faded: (year: number) => boolean
): StrengthPaths[] {
	const r = (v: number) => Math.round(v * 100) / 100;
	return strengths
		.map((strength, i) => {
			let solid = '';
			let fadedPath = '';
			for (const c of columns) {
				const s = c.segments[i];
				if (s.count <= 0) continue;
				const x0 = r(left(c.year));
				const box = `M${x0} ${r(y(s.start + s.count))}H${r(x0 + width)}V${r(y(s.start))}H${x0}Z`;
				if (faded(c.year)) fadedPath += box;
				else solid += box;
			}
			return { strength, solid, faded: fadedPath };
		})
		.filter((p) => p.solid !== '' || p.faded !== '');
}
