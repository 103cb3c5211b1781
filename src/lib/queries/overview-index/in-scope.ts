/**
 * The headline's projects and countries, the map, the regions and the years, from one pass over
 * the projects in scope; and the place figures again over every project passing the project
 * filters, where the datasets hold projects without an SDG link (the SQL's placeBreakdown and
 * countryCoverage over `fp` rather than `sp`, ../geography.ts).
 */
import type { AllProjectsPlaces, Overview } from '../../domain/overview';
import type { OverviewIndex } from './extract';
import { ALL, NO_PLACE, NO_TIME, RANKS, flagProjects, scopeCounts, type ProjectFilters, type ScopeTallies } from './kernels';
import { strengthCounts, sumCounts } from '../../domain/strength';
import { binary } from '../text-order';

/**
 * The headline's projects in scope, and the map, regions and years (each dropping its own
 * dimension's filters), from one pass over the projects. The map or the years are left out
 * (null) when the caller reuses its earlier answer.
 */
export function inScope(ix: OverviewIndex, flags: Uint8Array, best: Uint8Array, untilYear: number, want: { place: boolean; years: boolean }) {
	const nCountries = ix.countryList.length;
	const regionNames = [...new Set(ix.countryList.filter((c) => c.known).map((c) => c.region ?? 'Other'))];
	const regionOf = Int32Array.from(ix.countryList, (c) => (c.known ? regionNames.indexOf(c.region ?? 'Other') : -1));
	const base = ix.minStartYear ?? 0;
	const t: ScopeTallies = {
		totals: new Float64Array(6),
		countrySeen: new Uint8Array(nCountries),
		perCountry: new Int32Array(nCountries),
		singleCountry: new Int32Array(nCountries),
		placeCountrySeen: new Uint8Array(nCountries),
		regionProjects: new Int32Array(regionNames.length),
		regionStamp: new Int32Array(regionNames.length).fill(-1),
		yearDiff: Array.from({ length: RANKS + 1 }, () => new Int32Array(want.years ? Math.max(0, untilYear - base + 2) : 0)),
		yearStarts: new Int32Array(want.years ? Math.max(0, untilYear - base + 2) : 0)
	};
	scopeCounts(
		flags,
		best,
		ix.global,
		ix.countries,
		regionOf,
		ix.startYear,
		ix.endYear,
		untilYear,
		base,
		want.place ? NO_PLACE : 0,
		want.years ? NO_TIME : 0,
		t
	);
	const [projects, globalProjects, placeGlobal, undated, first, unplacedGlobal] = t.totals;
	const place = want.place
		? {
				perCountry: ix.countryList
					.map((c, i) => ({
						iso3: c.iso3,
						m49: c.m49,
						name: c.name,
						region: c.region,
						sub_region: c.sub_region,
						projects: t.perCountry[i],
						single_country: t.singleCountry[i]
					}))
					.filter((c) => c.projects > 0)
					.sort((a, b) => b.projects - a.projects || binary(a.name, b.name)),
				perRegion: [
					...regionNames
						.map((region, r) => ({
							region,
							projects: t.regionProjects[r],
							countries: t.placeCountrySeen.reduce((n, seen, i) => n + (regionOf[i] === r ? seen : 0), 0)
						}))
						.filter((r) => r.projects > 0)
						.sort((a, b) => b.projects - a.projects || binary(a.region, b.region)),
					{ region: 'Global', projects: placeGlobal, countries: 0 }
				],
				unplacedGlobal
			}
		: null;
	return {
		headline: { projects, countries: { countries: t.countrySeen.reduce((n, seen) => n + seen, 0), globalProjects } },
		place,
		perYear: want.years ? { rows: activeYears(t.yearDiff, t.yearStarts, base, first, untilYear), undated } : null
	};
}

/**
 * The map, regions and countries over every project passing the project filters, linked or not.
 * Only without link filters (which such projects cannot match): `best` is then set for every
 * linked project passing them, and an unlinked one is counted as if at rank 1, which only the
 * years (not drawn here) would read.
 */
export function allProjectsPlaces(ix: OverviewIndex, filters: ProjectFilters, best: Uint8Array): AllProjectsPlaces {
	const flags = new Uint8Array(ix.projects);
	flagProjects(ix.startYear, ix.endYear, ix.unlinked, ix.countries, ix.topics, filters, flags, true);
	const any = Uint8Array.from(best, (rank, p) => rank | ix.unlinked[p]);
	const counts = inScope(ix, flags, any, 0, { place: true, years: false });
	return { projects: counts.headline.projects, countries: counts.headline.countries, ...counts.place! };
}

/** Years from the earliest placed start to `untilYear`, each with the projects active in it by rank and those starting in it. */
function activeYears(diff: Int32Array[], starts: Int32Array, base: number, first: number, untilYear: number) {
	const rows: Overview['perYear']['rows'] = [];
	if (!Number.isFinite(first)) return rows;
	const running = new Array(RANKS + 1).fill(0);
	for (let year = base; year <= untilYear; year++) {
		for (let r = 1; r <= RANKS; r++) running[r] += diff[r][year - base];
		if (year < first) continue;
		const byStrength = strengthCounts((r) => running[r]);
		rows.push({ year, ...byStrength, projects: sumCounts(byStrength), started: starts[year - base] });
	}
	return rows;
}

/**
 * Capitals that DuckDB's Unicode tables predate (recent additions: U+1C89, seven Latin letters, the
 * Garay script, the script at U+16EA0): its lower() leaves them as they are, where JavaScript lowers them.
 */
const unknownToDuckDB = /[\u1c89\ua7cb\ua7cc\ua7ce\ua7d2\ua7d4\ua7da\ua7dc\u{10d50}-\u{10d65}\u{16ea0}-\u{16eb8}]/u;
const differsFromDuckDB = /[\u0130\u03a3\u1c89\ua7cb\ua7cc\ua7ce\ua7d2\ua7d4\ua7da\ua7dc\u{10d50}-\u{10d65}\u{16ea0}-\u{16eb8}]/u;

/**
 * DuckDB's lower(): each character's own lowercase mapping. JavaScript's toLowerCase() differs in
 * two ways besides the capitals above: İ (U+0130) becomes "i̇" (two characters) where DuckDB gives
 * "i", and a word-final Σ becomes ς where DuckDB gives σ. So a search and the order by name here
 * are the SQL's (tests/unit/overview-index.test.ts holds this to DuckDB's lower() on every
 * character up to U+2FFFF).
 */
export function sqlLower(text: string): string {
	if (!differsFromDuckDB.test(text)) return text.toLowerCase();
	let out = '';
	for (const c of text) out += c === '\u0130' ? 'i' : c === '\u03a3' ? '\u03c3' : unknownToDuckDB.test(c) ? c : c.toLowerCase();
	return out;
}
