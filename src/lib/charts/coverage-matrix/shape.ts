/** Pure shaping for the coverage matrix: indicators grouped by goal and target, and the counts. */
import type { IndicatorStatusRow } from '../../domain/indicators';
import { evidenceSentence } from '../../format/evidence-counts';
import { formatCount } from '../../format/number';
import { t } from '../../i18n/i18n';
import { sentences } from '../kit/words';

export interface CoverageGoal {
	goal: number;
	targets: { target: string; indicators: IndicatorStatusRow[] }[];
	total: number;
	/** Indicators fed today (a direct or indirect link), and those with potential links only: never summed. */
	used: number;
	potential: number;
}

export function coverageByGoal(rows: readonly IndicatorStatusRow[]): CoverageGoal[] {
	const goals = new Map<number, CoverageGoal>();
	for (const r of rows) {
		let g = goals.get(r.goal);
		if (!g) goals.set(r.goal, (g = { goal: r.goal, targets: [], total: 0, used: 0, potential: 0 }));
		let t = g.targets.at(-1);
		if (!t || t.target !== r.target) g.targets.push((t = { target: r.target, indicators: [] }));
		t.indicators.push(r);
		g.total++;
		if (r.strength === 'direct' || r.strength === 'indirect') g.used++;
		else if (r.strength === 'potential') g.potential++;
	}
	return [...goals.values()].sort((a, b) => a.goal - b.goal);
}

export interface CoverageCounts {
	total: number;
	direct: number;
	indirect: number;
	potential: number;
	none: number;
}

export function coverageCounts(rows: readonly IndicatorStatusRow[]): CoverageCounts {
	const count = (s: IndicatorStatusRow['strength']) => rows.filter((r) => r.strength === s).length;
	const none = count(null);
	return { total: rows.length, direct: count('direct'), indirect: count('indirect'), potential: count('potential'), none };
}

/** Tier I, II, or mixed (several tiers depending on the component). */
export function tierClass(tier: string): 'tier-1' | 'tier-2' | 'tier-mixed' {
	if (tier === 'Tier I') return 'tier-1';
	if (tier === 'Tier II') return 'tier-2';
	return 'tier-mixed';
}

export function describeCoverage(c: CoverageCounts): string {
	return sentences(
		t('matrix.describe', { count: formatCount(c.total), n: c.total }),
		evidenceSentence(c),
		t('matrix.noLink', { count: formatCount(c.none), n: c.none })
	);
}
