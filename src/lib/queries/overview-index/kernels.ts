/**
 * The overview index's loops over every project, each in a function of its own that takes only
 * typed arrays and numbers. Why apart from compute.ts: V8 compiles a long loop while it runs
 * (on-stack replacement), and when the loop shared its function with code that runs once per call
 * (building result objects, with no type feedback yet), the compiled function was thrown away at
 * the end of every call (`node --trace-deopt` showed one deoptimisation per call and loop). Kept
 * apart they stay compiled; the whole count at a million links went from 8.7 to 8.0 ms.
 */
import { strengths, type Strength } from '../../domain/strength';
/** Strength ranks, 1 (direct) to RANKS: every rank-indexed array of the index is this long (+1). */
export const RANKS = strengths.length;
// The goal-bit kernels below spell the ranks out; a new strength must be added to them too.
if (RANKS !== 5) throw new Error(`overview-index/kernels.ts handles 5 strength ranks; the scale has ${RANKS}`);

/** Bits of a project's flags: which charts' project filters it passes (each chart drops its own dimension's). */
export const ALL = 1;
export const NO_PLACE = 2;
export const NO_TIME = 4;

/** Lists per project: the values of project p are `values[start[p]] … values[start[p + 1] - 1]`. */
export interface PerProject {
	start: Uint32Array;
	values: Uint32Array;
}

function anyIn(list: PerProject, p: number, set: Uint8Array): boolean {
	for (let k = list.start[p]; k < list.start[p + 1]; k++) if (set[list.values[k]] !== 0) return true;
	return false;
}

export interface ProjectFilters {
	/** Flags over the country, topic dictionaries; null when the filter is not set. */
	countries: Uint8Array | null;
	regions: Uint8Array | null;
	topics: Uint8Array | null;
	/** -1 when not set. */
	from: number;
	to: number;
}

/**
 * Fill `flags` (ALL, NO_PLACE, NO_TIME) for projects with a link (and, with `flagUnlinked`, for
 * those without one too), and count the projects without one that pass every project filter. A
 * year filter needs a known start year (startYear -1).
 */
export function flagProjects(
	startYear: Int32Array,
	endYear: Int32Array,
	unlinked: Uint8Array,
	countries: PerProject,
	topics: PerProject,
	filters: ProjectFilters,
	flags: Uint8Array,
	flagUnlinked = false
): number {
	const { from, to } = filters;
	const countrySet = filters.countries;
	const regionSet = filters.regions;
	const topicSet = filters.topics;
	let unlinkedPassing = 0;
	for (let p = 0; p < flags.length; p++) {
		const start = startYear[p];
		const inPlace = (countrySet === null || anyIn(countries, p, countrySet)) && (regionSet === null || anyIn(countries, p, regionSet));
		const inTime = (from < 0 || (start >= 0 && endYear[p] >= from)) && (to < 0 || (start >= 0 && start <= to));
		const inTopic = topicSet === null || anyIn(topics, p, topicSet);
		const flag = (inPlace && inTime && inTopic ? ALL : 0) | (inTime && inTopic ? NO_PLACE : 0) | (inPlace && inTopic ? NO_TIME : 0);
		if (unlinked[p] === 0 || flagUnlinked) flags[p] = flag;
		if (unlinked[p] !== 0) unlinkedPassing += flag & ALL;
	}
	return unlinkedPassing;
}

/** Per-project goal bits at each rank 1 to RANKS (the index's goalsByRank), and a mask per rank (0: the rank does not pass). */
export interface GoalBits {
	/** Index 0 unused. */
	g: Uint32Array[];
	m: number[];
}

/**
 * Each flagged project's strongest rank among the goals in each rank's mask into `best`; returns
 * the goal bits reached by projects flagged ALL, per rank. The five ranks are spelled out in
 * locals: a loop over an array of arrays per project took twice as long at a million projects.
 */
export function strongestByGoalBits(flags: Uint8Array, goals: GoalBits, best: Uint8Array): GoalsSeen {
	const [, g1, g2, g3, g4, g5] = goals.g;
	const [, m1, m2, m3, m4, m5] = goals.m;
	let s1 = 0;
	let s2 = 0;
	let s3 = 0;
	let s4 = 0;
	let s5 = 0;
	for (let p = 0; p < flags.length; p++) {
		const flag = flags[p];
		if (flag === 0) continue;
		const h1 = g1[p] & m1;
		const h2 = g2[p] & m2;
		const h3 = g3[p] & m3;
		const h4 = g4[p] & m4;
		const h5 = g5[p] & m5;
		best[p] = h1 !== 0 ? 1 : h2 !== 0 ? 2 : h3 !== 0 ? 3 : h4 !== 0 ? 4 : h5 !== 0 ? 5 : 0;
		if ((flag & ALL) !== 0) {
			s1 |= h1;
			s2 |= h2;
			s3 |= h3;
			s4 |= h4;
			s5 |= h5;
		}
	}
	return [0, s1, s2, s3, s4, s5];
}

/** Goals (as bits) with a project in scope linked to them at each rank (index 0 unused). */
export type GoalsSeen = number[];

/** Goals reached, and how many at each strongest rank (bit 0, codes outside the framework, is no goal). */
export function goalsByStrongest(seen: GoalsSeen): { reached: number } & Record<Strength, number> {
	const bits = (m: number) => {
		let n = 0;
		for (let x = m & ~1; x !== 0; x &= x - 1) n++;
		return n;
	};
	let stronger = 0;
	const out = { reached: 0 } as { reached: number } & Record<Strength, number>;
	for (let r = 1; r <= RANKS; r++) {
		out[strengths[r - 1]] = bits(seen[r] & ~stronger);
		stronger |= seen[r];
	}
	out.reached = bits(stronger);
	return out;
}

/** Projects flagged ALL per goal (as `goal * (RANKS + 1) + rank`), each goal at its strongest rank among those that pass (mask not 0). */
export function countGoalBits(flags: Uint8Array, goals: GoalBits, counts: Int32Array): void {
	const [, g1, g2, g3, g4, g5] = goals.g;
	const [, m1, m2, m3, m4, m5] = goals.m;
	const stride = RANKS + 1;
	const tally = (bits: number, rank: number) => {
		for (let x = bits; x !== 0; x &= x - 1) counts[(31 - Math.clz32(x & -x)) * stride + rank]++;
	};
	for (let p = 0; p < flags.length; p++) {
		if ((flags[p] & ALL) === 0) continue;
		// Bit 0 stands for codes outside the framework, which have no goal.
		const b1 = g1[p] & m1 & ~1;
		const b2 = g2[p] & m2 & ~1 & ~b1;
		const b3 = g3[p] & m3 & ~1 & ~b1 & ~b2;
		const b4 = g4[p] & m4 & ~1 & ~b1 & ~b2 & ~b3;
		const b5 = g5[p] & m5 & ~1 & ~b1 & ~b2 & ~b3 & ~b4;
		if (b1 !== 0) tally(b1, 1);
		if (b2 !== 0) tally(b2, 2);
		if (b3 !== 0) tally(b3, 3);
		if (b4 !== 0) tally(b4, 4);
		if (b5 !== 0) tally(b5, 5);
	}
}

/** The same counts as countGoalBits with every rank passing, from the goal lists (goal-lists.ts): no branch per project. */
export function countGoalLists(flags: Uint8Array, start: Uint32Array, projects: Uint32Array, counts: Int32Array): void {
	for (let slot = 0; slot < counts.length; slot++) {
		let n = 0;
		for (let k = start[slot]; k < start[slot + 1]; k++) n += flags[projects[k]] & ALL;
		counts[slot] = n;
	}
}

/** Projects flagged ALL. */
export function countAll(flags: Uint8Array): number {
	let n = 0;
	for (let p = 0; p < flags.length; p++) n += flags[p] & ALL;
	return n;
}

/** What scopeCounts fills: the headline's, the map's and the years' tallies. */
export interface ScopeTallies {
	/** projects, global projects (headline); global projects (map); undated; earliest placed start (years); global projects naming no country (map). */
	totals: Float64Array;
	countrySeen: Uint8Array;
	perCountry: Int32Array;
	singleCountry: Int32Array;
	placeCountrySeen: Uint8Array;
	regionProjects: Int32Array;
	regionStamp: Int32Array;
	/** Per rank (1 to RANKS), active projects as differences between consecutive years from `base`. */
	yearDiff: Int32Array[];
	/** Projects starting in each year from `base` (those drawn in at least one year). */
	yearStarts: Int32Array;
}

/**
 * One pass over the projects in scope (best > 0): the headline's projects and countries; with
 * `placeMask` NO_PLACE, the map and regions; with `yearMask` NO_TIME, the years (0 leaves them out).
 */
export function scopeCounts(
	flags: Uint8Array,
	best: Uint8Array,
	global: Uint8Array,
	countries: PerProject,
	regionOf: Int32Array,
	startYear: Int32Array,
	endYear: Int32Array,
	untilYear: number,
	base: number,
	placeMask: number,
	yearMask: number,
	t: ScopeTallies
): void {
	const { start, values } = countries;
	let projects = 0;
	let globalProjects = 0;
	let placeGlobal = 0;
	let placeGlobalUnplaced = 0;
	let undated = 0;
	let first = Infinity;
	for (let p = 0; p < flags.length; p++) {
		const rank = best[p];
		if (rank === 0) continue;
		const flag = flags[p];
		const c0 = start[p];
		const c1 = start[p + 1];
		if ((flag & ALL) !== 0) {
			projects++;
			globalProjects += global[p];
			for (let k = c0; k < c1; k++) t.countrySeen[values[k]] = 1;
		}
		if ((flag & placeMask) !== 0) {
			placeGlobal += global[p];
			// Of global scale and naming no country: what the map cannot draw (a global record may name countries).
			if (c1 === c0) placeGlobalUnplaced += global[p];
			for (let k = c0; k < c1; k++) {
				const country = values[k];
				const region = regionOf[country];
				if (region < 0) continue; // a code the countries table lacks: never listed
				t.perCountry[country]++;
				if (c1 - c0 === 1) t.singleCountry[country]++;
				t.placeCountrySeen[country] = 1;
				// A project counts once per region, however many of its countries lie there.
				if (t.regionStamp[region] !== p) {
					t.regionStamp[region] = p;
					t.regionProjects[region]++;
				}
			}
		}
		if ((flag & yearMask) !== 0) {
			const from = startYear[p];
			if (from < 0) undated++;
			else {
				if (from < first) first = from;
				const last = Math.min(endYear[p], untilYear);
				if (from <= last) {
					t.yearDiff[rank][from - base]++;
					t.yearDiff[rank][last + 1 - base]--;
					t.yearStarts[from - base]++;
				}
			}
		}
	}
	t.totals[0] = projects;
	t.totals[1] = globalProjects;
	t.totals[2] = placeGlobal;
	t.totals[3] = undated;
	t.totals[4] = first;
	t.totals[5] = placeGlobalUnplaced;
}
