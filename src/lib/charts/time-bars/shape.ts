/** Pure shaping for the projects-active-per-year chart. */
import type { ActiveYearRow } from '../../domain/time';
import { strengths, type Strength } from '../../domain/strength';

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

export function describeYears(rows: readonly ActiveYearRow[], undated: number): string {
	const left = undated
		? ` ${undated} ${undated === 1 ? 'project has' : 'projects have'} no known start year and ${undated === 1 ? 'is' : 'are'} left out.`
		: '';
	if (rows.length === 0) return `Column chart of projects active per year: no project has a known start year.${left}`;
	const first = rows[0];
	const last = rows[rows.length - 1];
	const peak = rows.reduce((a, b) => (b.projects > a.projects ? b : a));
	return `Column chart of citizen-science projects active per year from ${first.year} to ${last.year}: ${first.projects} in ${first.year}, ${last.projects} in ${last.year}, at most ${peak.projects} (${peak.year}).${left}`;
}

/** Tick years: about `count` round years across the span. */
export function yearTicks(years: readonly number[], count: number): number[] {
	if (years.length === 0) return [];
	const span = years[years.length - 1] - years[0];
	const step = [1, 2, 5, 10, 20, 25, 50, 100].find((s) => span / s <= count) ?? 100;
	return years.filter((y) => y % step === 0);
}
