/**
 * The goals, targets and unique indicators that the projects in scope feed, from the overview
 * index: the rows of feeds (../feeds.ts) without a network, as the profile pages show them. The
 * rules are that query's, restated:
 *   - the links counted are those passing every filter, of projects passing the project filters;
 *   - a link at indicator level feeds its indicator and its target (each listing of a repeated
 *     indicator, such as 11.5.1 for 1.5.1, feeds its own target and the primary indicator), and
 *     every link feeds its goal (a code outside the framework has none);
 *   - each row counts a project once, at its strongest such link;
 *   - rows in official order (sdg_key), then by level.
 * tests/unit/profile-pages-index.test.ts holds it to the SQL over many filter states.
 */
import type { FeedRow } from '../../domain/countries';
import { sdgKey } from '../../domain/indicators';
import { strengths } from '../../domain/strength';
import { binary } from '../text-order';
import type { Compiled } from './compute';
import type { OverviewIndex } from './extract';
import { ALL, RANKS } from './kernels';

export interface FeedOptions {
	/** The goals' rows too. */
	goals?: boolean;
	/** A region's countries (a flag per country of the index): each row lists those where its projects work. */
	regionCountries?: Uint8Array | null;
}

/**
 * `flags`: the projects flagged in scope of every filter (compute.ts, projectFlags). `titled`: the
 * target and indicator rows the page's unfiltered answer holds. A filter only narrows what is fed,
 * so they give each row's title and goal; only strengths, projects and countries are counted here
 * (a goal's row is the index's own). Null when a target or indicator counted here is not among
 * them (files of another data version): the database answers then.
 */
export function computeFeeds(ix: OverviewIndex, c: Compiled, flags: Uint8Array, titled: readonly FeedRow[], options: FeedOptions = {}): FeedRow[] | null {
	// One slot per goal (bit number), then per target, then per unique indicator, each with the listings that feed it.
	const goalSlots = 32;
	const targets = ix.targetList.length;
	const slots = goalSlots + targets + ix.indicatorList.length;
	const listingsOf: number[][] = Array.from({ length: slots }, () => []);
	for (let l = 0; l < ix.listings.length; l++) {
		if (!c.listingPasses[l]) continue;
		if (options.goals && ix.listings[l].goal > 0) listingsOf[ix.listings[l].goal].push(l);
		if (ix.listingTarget[l] >= 0) listingsOf[goalSlots + ix.listingTarget[l]].push(l);
		if (ix.listingIndicator[l] >= 0) listingsOf[goalSlots + targets + ix.listingIndicator[l]].push(l);
	}
	const best = new Uint8Array(slots);
	const projects = new Int32Array(slots);
	const where: string[][] = Array.from({ length: slots }, () => []);
	const region = options.regionCountries ?? null;
	// The last slot each project and each country was counted in: once per row.
	const seen = new Int32Array(ix.projects).fill(-1);
	const countrySeen = new Int32Array(ix.countryList.length).fill(-1);
	for (let s = 0; s < slots; s++) {
		for (const l of listingsOf[s])
			for (const r of c.ranks)
				for (let k = ix.linkStart[l * RANKS + r - 1]; k < ix.linkStart[l * RANKS + r]; k++) {
					const p = ix.linkProject[k];
					if (!(flags[p] & ALL)) continue;
					if (best[s] === 0 || r < best[s]) best[s] = r;
					if (seen[p] === s) continue;
					seen[p] = s;
					projects[s]++;
					if (!region) continue;
					for (let j = ix.countries.start[p]; j < ix.countries.start[p + 1]; j++) {
						const country = ix.countries.values[j];
						if (region[country] && countrySeen[country] !== s) ((countrySeen[country] = s), where[s].push(ix.countryList[country].iso3));
					}
				}
	}
	const counted = (s: number) => ({ strength: strengths[best[s] - 1], projects: projects[s], countries: where[s].sort(binary) });
	const slotOf = new Map<string, number>([
		...ix.targetList.map((code, t) => [`target ${code}`, goalSlots + t] as const),
		...ix.indicatorList.map((code, i) => [`indicator ${code}`, goalSlots + targets + i] as const)
	]);
	const rows: FeedRow[] = [];
	const goalRows = new Set<number>();
	for (const g of ix.goals)
		if (g.goal < goalSlots && projects[g.goal] > 0) {
			goalRows.add(g.goal);
			rows.push({ level: 'goal', code: String(g.goal), goal: g.goal, title: g.short_title, ...counted(g.goal) });
		}
	// A goal the framework lacks (only unvalidated data link to one): SQL gives it a row without a title; the database answers.
	for (let g = 1; g < goalSlots; g++) if (projects[g] > 0 && !goalRows.has(g)) return null;
	const listed = new Set<number>();
	for (const row of titled) {
		const s = row.level === 'goal' ? undefined : slotOf.get(`${row.level} ${row.code}`);
		if (s === undefined || listed.has(s) || projects[s] === 0) continue;
		listed.add(s);
		rows.push({ ...row, ...counted(s) });
	}
	for (let s = goalSlots; s < slots; s++) if (projects[s] > 0 && !listed.has(s)) return null;
	return rows.sort((a, b) => binary(sdgKey(a.code), sdgKey(b.code)) || binary(a.level, b.level));
}
