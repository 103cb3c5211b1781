/**
 * The coverage matrix and the flow chart from the overview index, so those pages answer the
 * curated inventory's filters from the build's file without waiting for DuckDB. The rules are the
 * SQL's (indicatorStatus in ../indicators.ts, topicGoalIndicatorFlows in ../flows.ts, scope in
 * ../scope.ts), restated as in compute.ts; tests/unit/overview-index.test.ts holds both to those
 * queries over many filter states.
 */
import type { Filters } from '../../domain/filters';
import type { FlowRow } from '../../domain/flows';
import type { IndicatorStatusRow } from '../../domain/indicators';
import { strengths } from '../../domain/strength';
import { compile, projectFlags } from './compute';
import { binary } from '../text-order';
import type { OverviewIndex } from './extract';
import { ALL, RANKS } from './kernels';

/**
 * Every unique indicator with its strongest link and its projects in scope; the SDG filters are
 * left out (the view is the whole framework). `framework` gives the rows in official order with
 * their facts (the prerendered answer has them); only strength and projects are counted here.
 */
export function computeCoverage(ix: OverviewIndex, f: Filters, framework: readonly IndicatorStatusRow[]): IndicatorStatusRow[] {
	const c = compile(ix, { ...f, goals: [], target: null, indicator: null });
	const { flags } = projectFlags(ix, c);
	const n = ix.indicatorList.length;
	const best = new Uint8Array(n);
	const projects = new Int32Array(n);
	const listingsOf: number[][] = Array.from({ length: n }, () => []);
	for (let l = 0; l < ix.listings.length; l++) if (ix.listingIndicator[l] >= 0) listingsOf[ix.listingIndicator[l]].push(l);
	// A project counts once per indicator, whichever listings (a repeat) and strengths link it.
	const seen = new Int32Array(ix.projects).fill(-1);
	for (let i = 0; i < n; i++) {
		for (const l of listingsOf[i]) {
			for (const r of c.ranks) {
				for (let k = ix.linkStart[l * RANKS + r - 1]; k < ix.linkStart[l * RANKS + r]; k++) {
					const p = ix.linkProject[k];
					if (!(flags[p] & ALL)) continue;
					if (seen[p] !== i) ((seen[p] = i), projects[i]++);
					if (best[i] === 0 || r < best[i]) best[i] = r;
				}
			}
		}
	}
	const at = new Map(ix.indicatorList.map((code, i) => [code, i]));
	return framework.map((row) => {
		const i = at.get(row.indicator);
		return { ...row, strength: i === undefined || best[i] === 0 ? null : strengths[best[i] - 1], projects: i === undefined ? 0 : projects[i] };
	});
}

/**
 * Topic → goal (projects of that topic with a link to that goal in scope) and goal → indicator
 * (projects linked to that indicator, repeats folded into their primary), ordered as the SQL orders
 * them. A link outside the framework has no goal: SQL names its node NULL, and so does this.
 */
export function computeFlows(ix: OverviewIndex, f: Filters): FlowRow[] {
	const c = compile(ix, f);
	const { flags } = projectFlags(ix, c);
	const byGoal = new Map<number, number[]>();
	for (let l = 0; l < ix.listings.length; l++) {
		if (!c.listingPasses[l]) continue;
		const goal = ix.listings[l].goal;
		if (!byGoal.has(goal)) byGoal.set(goal, []);
		byGoal.get(goal)!.push(l);
	}
	// The SQL leaves out projects whose topics are empty text (split, that is one empty topic).
	const emptyTopic = ix.topicList.indexOf('');
	const noTopics = (p: number) => ix.topics.start[p + 1] - ix.topics.start[p] === 1 && ix.topics.values[ix.topics.start[p]] === emptyTopic;
	const stamp = new Int32Array(ix.projects).fill(-1);
	let next = 0;
	/** Call `each` once for every distinct project in scope linked through `listings`. */
	const projectsOf = (listings: number[], each: (p: number) => void) => {
		const id = next++;
		for (const l of listings)
			for (const r of c.ranks)
				for (let k = ix.linkStart[l * RANKS + r - 1]; k < ix.linkStart[l * RANKS + r]; k++) {
					const p = ix.linkProject[k];
					if (flags[p] & ALL && stamp[p] !== id) ((stamp[p] = id), each(p));
				}
	};
	const rows: FlowRow[] = [];
	// A project naming a topic twice counts once for it, as SQL's count(DISTINCT project_id) does.
	const topicSeen = new Int32Array(ix.topicList.length).fill(-1);
	let visit = 0;
	for (const [goal, listings] of byGoal) {
		const goalNode = (goal === 0 ? null : `goal:${goal}`) as string;
		const perTopic = new Int32Array(ix.topicList.length);
		projectsOf(listings, (p) => {
			if (noTopics(p)) return;
			const v = visit++;
			for (let k = ix.topics.start[p]; k < ix.topics.start[p + 1]; k++) {
				const t = ix.topics.values[k];
				if (topicSeen[t] !== v) ((topicSeen[t] = v), perTopic[t]++);
			}
		});
		perTopic.forEach((projects, t) => projects > 0 && rows.push({ source: `topic:${ix.topicList[t]}`, target: goalNode, projects }));
		const byIndicator = new Map<number, number[]>();
		for (const l of listings) {
			const i = ix.listingIndicator[l];
			if (i < 0) continue;
			if (!byIndicator.has(i)) byIndicator.set(i, []);
			byIndicator.get(i)!.push(l);
		}
		for (const [i, ls] of byIndicator) {
			let projects = 0;
			projectsOf(ls, () => projects++);
			if (projects > 0) rows.push({ source: goalNode, target: `indicator:${ix.indicatorList[i]}`, projects });
		}
	}
	// ORDER BY source, target: text by code point, NULL last.
	const order = (a: string | null, b: string | null) => (a === b ? 0 : a === null ? 1 : b === null ? -1 : binary(a, b));
	return rows.sort((a, b) => order(a.source, b.source) || order(a.target, b.target));
}
