/**
 * The projects of each goal at their strongest link to it, as lists: what the goal chart counts
 * when every strength rank passes. Counting a chart from these is one branch-free pass over the
 * lists (about 10 ms at ten million links, in Node) where the goal bits take a pass over every
 * project with a loop per goal (about 40 ms), so a change of years or of any filter that leaves
 * most projects in is drawn sooner. The overview asks for them after its first answer
 * (prepareGoalLists); they are built in two later tasks (about 0.1 s each at ten million links),
 * so no first answer waits for them, and kept with the index (one 4-byte entry per project and
 * goal it links to: 25.6 MB at ten million links, 2.5 MB at a million). Until then, under a
 * strength filter, and where a quarter or fewer of the projects pass, the goal bits answer.
 */
import type { OverviewIndex } from './extract';
import { RANKS } from './kernels';

/** The projects whose strongest link to goal g is at rank r: `projects[start[g * (RANKS + 1) + r]] …` up to the next start. */
export interface GoalLists {
	start: Uint32Array;
	projects: Uint32Array;
}

const slots = 32 * (RANKS + 1);

/**
 * A counting sort of projects into (goal, strongest rank) slots. Without `out`, counts each slot's
 * projects into `sizes[slot + 1]`; with it, places each project at `out[sizes[slot]++]`. One loop
 * for both passes, with no callback: called through a closure per goal it took twice as long.
 */
function sortIntoSlots(goalsByRank: Uint32Array[], projects: number, sizes: Uint32Array, out: Uint32Array | null) {
	for (let p = 0; p < projects; p++) {
		let seen = 1; // bit 0, codes outside the framework, is no goal
		for (let r = 1; r <= RANKS; r++) {
			let bits = goalsByRank[r][p] & ~seen;
			seen |= bits;
			for (; bits !== 0; bits &= bits - 1) {
				const slot = (31 - Math.clz32(bits & -bits)) * (RANKS + 1) + r;
				if (out === null) sizes[slot + 1]++;
				else out[sizes[slot]++] = p;
			}
		}
	}
}

function slotSizes(ix: OverviewIndex): Uint32Array {
	const start = new Uint32Array(slots + 1);
	sortIntoSlots(ix.goalsByRank, ix.projects, start, null);
	for (let s = 0; s < slots; s++) start[s + 1] += start[s];
	return start;
}

function fillSlots(ix: OverviewIndex, start: Uint32Array): GoalLists {
	const projects = new Uint32Array(start[slots]);
	sortIntoSlots(ix.goalsByRank, ix.projects, start.slice(0, slots), projects);
	return { start, projects };
}

export const buildGoalLists = (ix: OverviewIndex): GoalLists => fillSlots(ix, slotSizes(ix));

const built = new WeakMap<OverviewIndex, GoalLists | 'pending'>();

/** The index's goal lists, once built (prepareGoalLists). */
export function goalListsOf(ix: OverviewIndex): GoalLists | null {
	const lists = built.get(ix);
	return lists === undefined || lists === 'pending' ? null : lists;
}

/** Starts building the index's goal lists in two later tasks, once. */
export function prepareGoalLists(ix: OverviewIndex): void {
	if (built.has(ix)) return;
	built.set(ix, 'pending');
	setTimeout(() => {
		const start = slotSizes(ix);
		setTimeout(() => built.set(ix, fillSlots(ix, start)), 0);
	}, 0);
}
