/**
 * The overview for a filter state, from the index, in a few passes over per-project arrays: links
 * are visited only for a target or indicator filter and for indicator coverage, and then only the
 * links of the listings that pass.
 * It must give exactly what the plain queries give (headline, projectsPerGoal, placeBreakdown,
 * projectsActivePerYear in ../): tests/unit/overview-index.test.ts compares the two over many
 * filter states. So the rules below are the SQL's rules, restated:
 *   - a project passes the project filters (country or region, years, topics) or not; each chart
 *     drops the filters of its own dimension, as scope() does with `omit`;
 *   - a link passes the link filters (goal, target, indicator, strength); the goal chart drops
 *     the goal, target and indicator filters;
 *   - a project is in scope when it passes the project filters and has a passing link, and
 *     counts once per goal, country, region, year or indicator at its strongest passing link.
 */
import type { Overview } from '../overview';
import type { FilterKey, Filters } from '../../state/filters';
import { dimension } from '../scope';
import { strengths } from '../../data/package';
import type { OverviewIndex } from './extract';

const noMatch = -2;

/** The filters as flags over the index's dictionaries. */
function compile(ix: OverviewIndex, f: Filters) {
	const flagsOf = (size: number, on: (i: number) => boolean) => Uint8Array.from({ length: size }, (_, i) => (on(i) ? 1 : 0));
	const countrySet = f.countries.length ? flagsOf(ix.countryList.length, (i) => f.countries.includes(ix.countryList[i].iso3)) : null;
	const regionSet = f.region
		? flagsOf(ix.countryList.length, (i) => {
				const c = ix.countryList[i];
				return c.region === f.region || c.sub_region === f.region || c.intermediate_region === f.region;
			})
		: null;
	const topicSet = f.topics.length ? flagsOf(ix.topicList.length, (i) => f.topics.includes(ix.topicList[i])) : null;
	const goalSet = f.goals.length ? new Set(f.goals) : null;
	const lookup = (list: string[], code: string | null) => (code === null ? -1 : list.indexOf(code) >= 0 ? list.indexOf(code) : noMatch);
	const target = lookup(ix.targetList, f.target);
	// A repeated indicator (11.5.1) and its primary (1.5.1) are one indicator.
	const indicator = lookup(ix.indicatorList, f.indicator === null ? null : (ix.repeatOf.get(f.indicator) ?? f.indicator));
	// Which strength ranks (1 direct, 2 indirect, 3 potential) pass.
	const rankPasses = flagsOf(4, (r) => r > 0 && (f.strengths.length === 0 || f.strengths.includes(strengths[r - 1])));
	// Whether each listing passes the goal, target and indicator filters.
	const listingPasses = flagsOf(
		ix.listings.length,
		(l) =>
			(!goalSet || goalSet.has(ix.listings[l].goal)) &&
			(target === -1 || ix.listingTarget[l] === target) &&
			(indicator === -1 || ix.listingIndicator[l] === indicator)
	);
	const ranks = [1, 2, 3].filter((r) => rankPasses[r]); // strongest first
	return { countrySet, regionSet, topicSet, rankPasses, ranks, listingPasses };
}

const anyIn = (list: { start: Uint32Array; values: Uint32Array }, p: number, set: Uint8Array) => {
	for (let k = list.start[p]; k < list.start[p + 1]; k++) if (set[list.values[k]]) return true;
	return false;
};

/** Bits of a project's flags: which charts' project filters it passes (each chart drops its own dimension's). */
const ALL = 1;
const NO_PLACE = 2;
const NO_TIME = 4;

type Compiled = ReturnType<typeof compile>;

/** Which projects pass the project filters, per chart, and how many with no link pass them all. */
function projectFlags(ix: OverviewIndex, c: Compiled, f: Filters) {
	const { startYear, endYear, countries, topics } = ix;
	const flags = new Uint8Array(ix.projects);
	let unlinked = 0;
	for (let p = 0; p < ix.projects; p++) {
		const start = startYear[p];
		const inPlace = (!c.countrySet || anyIn(countries, p, c.countrySet)) && (!c.regionSet || anyIn(countries, p, c.regionSet));
		// A year filter needs a known start year.
		const inTime = (f.from === null || (start >= 0 && endYear[p] >= f.from)) && (f.to === null || (start >= 0 && start <= f.to));
		const inTopic = !c.topicSet || anyIn(topics, p, c.topicSet);
		const flag = (inPlace && inTime && inTopic ? ALL : 0) | (inTime && inTopic ? NO_PLACE : 0) | (inPlace && inTopic ? NO_TIME : 0);
		// A project with no link is in no chart; the headline counts it apart.
		if (ix.unlinked[p]) unlinked += flag & ALL;
		else flags[p] = flag;
	}
	return { flags, unlinked };
}

/**
 * Each project's strongest link passing the link filters (0: none, so it is not in scope), and
 * the goals those links reach for projects passing every project filter (bits).
 */
function strongestLinks(ix: OverviewIndex, c: Compiled, f: Filters, flags: Uint8Array) {
	const best = new Uint8Array(ix.projects);
	const { ranks, listingPasses } = c;
	let goalsSeen = 0;
	if (f.target === null && f.indicator === null) {
		// Goal-level filters only: the per-project goal bits answer without visiting links. A
		// strength that does not pass gets a mask of 0, so the loop has no branch per strength.
		const goalMask = f.goals.length ? f.goals.reduce((m, g) => m | (1 << g), 0) : ~0;
		const [m1, m2, m3] = [1, 2, 3].map((r) => (c.rankPasses[r] ? goalMask : 0));
		const [g1, g2, g3] = [ix.goalsByRank[1], ix.goalsByRank[2], ix.goalsByRank[3]];
		for (let p = 0; p < ix.projects; p++) {
			const flag = flags[p];
			if (flag === 0) continue;
			const h1 = g1[p] & m1;
			const h2 = g2[p] & m2;
			const h3 = g3[p] & m3;
			best[p] = h1 !== 0 ? 1 : h2 !== 0 ? 2 : h3 !== 0 ? 3 : 0;
			if (flag & ALL) goalsSeen |= h1 | h2 | h3;
		}
		return { best, goalsSeen };
	}
	// A target or indicator: visit the links of the few listings that pass.
	for (let l = 0; l < ix.listings.length; l++) {
		if (!listingPasses[l]) continue;
		for (const r of ranks) {
			for (let k = ix.linkStart[l * 3 + r - 1]; k < ix.linkStart[l * 3 + r]; k++) {
				const p = ix.linkProject[k];
				if (!flags[p]) continue;
				if (best[p] === 0 || r < best[p]) best[p] = r;
				if (flags[p] & ALL) goalsSeen |= 1 << ix.listings[l].goal;
			}
		}
	}
	return { best, goalsSeen };
}

/**
 * Unique indicators reached, each at its strongest passing link. The links are grouped by listing
 * and strength, so the first project in scope found settles a listing; and the listings of a
 * repeated indicator (1.5.1, 11.5.1, 13.1.1) hold the same links, so the first listing that
 * passes settles the indicator.
 */
function indicatorCoverage(ix: OverviewIndex, c: Compiled, flags: Uint8Array): Overview['indicators'] {
	const best = new Uint8Array(ix.indicatorList.length); // 0 = not linked
	for (let l = 0; l < ix.listings.length; l++) {
		const indicator = ix.listingIndicator[l];
		if (indicator < 0 || best[indicator] !== 0 || !c.listingPasses[l]) continue;
		search: for (const r of c.ranks) {
			for (let k = ix.linkStart[l * 3 + r - 1]; k < ix.linkStart[l * 3 + r]; k++) {
				if (flags[ix.linkProject[k]] & ALL) {
					best[indicator] = r;
					break search;
				}
			}
		}
	}
	const count = (on: (r: number) => boolean) => best.reduce((n, r) => n + (on(r) ? 1 : 0), 0);
	return {
		total: ix.indicatorsTotal,
		linked: count((r) => r > 0),
		direct: count((r) => r === 1),
		indirect: count((r) => r === 2),
		potential: count((r) => r === 3)
	};
}

/** Projects in scope, global ones among them, and the countries they name. */
function headlineCounts(ix: OverviewIndex, flags: Uint8Array, best: Uint8Array) {
	let projects = 0;
	let globalProjects = 0;
	const seen = new Uint8Array(ix.countryList.length);
	for (let p = 0; p < ix.projects; p++) {
		if (!(flags[p] & ALL) || best[p] === 0) continue;
		projects++;
		globalProjects += ix.global[p];
		for (let k = ix.countries.start[p]; k < ix.countries.start[p + 1]; k++) seen[ix.countries.values[k]] = 1;
	}
	return { projects, countries: { countries: seen.reduce((n, s) => n + s, 0), globalProjects } };
}

/**
 * The goal chart drops the goal, target and indicator filters: each goal with the projects that
 * pass the rest, at their strongest allowed link to it.
 */
function goalChart(ix: OverviewIndex, c: Compiled, flags: Uint8Array): Overview['perGoal'] {
	const counts = new Int32Array(32 * 4); // goal * 4 + rank
	if (c.ranks.length === 3) {
		// Every strength allowed: each project's strongest rank per goal is in the index.
		const { start, values } = ix.goalBest;
		for (let p = 0; p < ix.projects; p++) {
			if (flags[p] & ALL) for (let k = start[p]; k < start[p + 1]; k++) counts[values[k]]++;
		}
	} else {
		for (let p = 0; p < ix.projects; p++) {
			if (!(flags[p] & ALL)) continue;
			let counted = 1; // bit 0: codes outside the framework have no goal
			for (const r of c.ranks) {
				let m = ix.goalsByRank[r][p] & ~counted;
				counted |= m;
				for (; m !== 0; m &= m - 1) counts[(31 - Math.clz32(m & -m)) * 4 + r]++;
			}
		}
	}
	return ix.goals.map((g) => {
		const [direct, indirect, potential] = [1, 2, 3].map((r) => counts[g.goal * 4 + r]);
		return { ...g, direct, indirect, potential, projects: direct + indirect + potential };
	});
}

/** The map and the regions drop the country and region filters. */
function placeChart(ix: OverviewIndex, flags: Uint8Array, best: Uint8Array): Pick<Overview, 'perCountry' | 'perRegion'> {
	const nCountries = ix.countryList.length;
	const regionNames = [...new Set(ix.countryList.filter((c) => c.known).map((c) => c.region ?? 'Other'))];
	const regionOf = Int32Array.from(ix.countryList, (c) => (c.known ? regionNames.indexOf(c.region ?? 'Other') : -1));
	const perCountry = new Int32Array(nCountries);
	const singleCountry = new Int32Array(nCountries);
	const countrySeen = new Uint8Array(nCountries);
	const regionProjects = new Int32Array(regionNames.length);
	const regionStamp = new Int32Array(regionNames.length).fill(-1);
	let globalProjects = 0;
	const { start, values } = ix.countries;
	for (let p = 0; p < ix.projects; p++) {
		if (!(flags[p] & NO_PLACE) || best[p] === 0) continue;
		globalProjects += ix.global[p];
		for (let k = start[p]; k < start[p + 1]; k++) {
			const country = values[k];
			const region = regionOf[country];
			if (region < 0) continue; // a code the countries table lacks: never listed
			perCountry[country]++;
			if (start[p + 1] - start[p] === 1) singleCountry[country]++;
			countrySeen[country] = 1;
			// A project counts once per region, however many of its countries lie there.
			if (regionStamp[region] !== p) {
				regionStamp[region] = p;
				regionProjects[region]++;
			}
		}
	}
	return {
		perCountry: ix.countryList
			.map((c, i) => ({
				iso3: c.iso3,
				m49: c.m49,
				name: c.name,
				region: c.region,
				sub_region: c.sub_region,
				projects: perCountry[i],
				single_country: singleCountry[i]
			}))
			.filter((c) => c.projects > 0)
			.sort((a, b) => b.projects - a.projects || binary(a.name, b.name)),
		perRegion: [
			...regionNames
				.map((region, r) => ({
					region,
					projects: regionProjects[r],
					countries: countrySeen.reduce((n, seen, i) => n + (regionOf[i] === r ? seen : 0), 0)
				}))
				.filter((r) => r.projects > 0)
				.sort((a, b) => b.projects - a.projects || binary(a.region, b.region)),
			{ region: 'Global', projects: globalProjects, countries: 0 }
		]
	};
}

/** The years chart drops the year filters; projects without a start year are counted as undated. */
function yearChart(ix: OverviewIndex, flags: Uint8Array, best: Uint8Array, untilYear: number): Overview['perYear'] {
	// Active projects by rank, as differences between consecutive years.
	const base = ix.minStartYear ?? 0;
	const diff = [0, 1, 2, 3].map(() => new Int32Array(Math.max(0, untilYear - base + 2)));
	let first = Infinity;
	let undated = 0;
	for (let p = 0; p < ix.projects; p++) {
		const rank = best[p];
		if (!(flags[p] & NO_TIME) || rank === 0) continue;
		const start = ix.startYear[p];
		if (start < 0) {
			undated++;
			continue;
		}
		if (start < first) first = start;
		const last = Math.min(ix.endYear[p], untilYear);
		if (start <= last) {
			diff[rank][start - base]++;
			diff[rank][last + 1 - base]--;
		}
	}
	return { rows: activeYears(diff, base, first, untilYear), undated };
}

/** A chart's inputs are the filters minus its own dimension's: the same inputs, the same chart. */
const sameInputs = (a: Filters, b: Filters, omit: readonly FilterKey[]) =>
	(Object.keys(a) as FilterKey[]).every((k) => omit.includes(k) || JSON.stringify(a[k]) === JSON.stringify(b[k]));

/** The overview last computed from an index, for the filters given. */
export interface Computed {
	filters: Filters;
	untilYear: number;
	overview: Overview;
}

/**
 * @param previous the last answer from this index: a chart whose inputs have not changed is
 *   taken from it rather than counted again (a goal click leaves the goal chart as it was, as
 *   cross-filtering expects; the headline and the other charts are always counted).
 */
export function computeOverview(ix: OverviewIndex, untilYear: number, f: Filters, previous?: Computed): Overview {
	const c = compile(ix, f);
	const { flags, unlinked } = projectFlags(ix, c, f);
	const { best, goalsSeen } = strongestLinks(ix, c, f, flags);
	let goalsReached = 0;
	for (let g = 1; g < 32; g++) if (goalsSeen & (1 << g)) goalsReached++;
	const reuse = (omit: readonly FilterKey[]) => previous !== undefined && previous.untilYear === untilYear && sameInputs(previous.filters, f, omit);
	return {
		...headlineCounts(ix, flags, best),
		unlinked,
		goals: { reached: goalsReached, total: ix.goals.length },
		indicators: indicatorCoverage(ix, c, flags),
		perGoal: reuse(dimension.sdg) ? previous!.overview.perGoal : goalChart(ix, c, flags),
		...(reuse(dimension.place) ? { perCountry: previous!.overview.perCountry, perRegion: previous!.overview.perRegion } : placeChart(ix, flags, best)),
		perYear: reuse(dimension.time) ? previous!.overview.perYear : yearChart(ix, flags, best, untilYear)
	};
}

/** Years from the earliest placed start to `untilYear`, each with the projects active in it by rank. */
function activeYears(diff: Int32Array[], base: number, first: number, untilYear: number) {
	const rows: Overview['perYear']['rows'] = [];
	if (!Number.isFinite(first)) return rows;
	const running = [0, 0, 0, 0];
	for (let year = base; year <= untilYear; year++) {
		for (let r = 1; r <= 3; r++) running[r] += diff[r][year - base];
		if (year < first) continue;
		rows.push({ year, direct: running[1], indirect: running[2], potential: running[3], projects: running[1] + running[2] + running[3] });
	}
	return rows;
}

/** DuckDB's default ordering of text (by code point), so sorting here matches ORDER BY. */
const binary = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
