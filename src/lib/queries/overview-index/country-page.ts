/**
 * A country's profile (/countries/ISO3) from the overview index, so it answers the curated
 * inventory's filters from the build's file without waiting for DuckDB. The rules are
 * countryPage's (../countries.ts), restated as in compute.ts; tests/unit/profile-pages-index.test.ts
 * holds the two equal over many filter states:
 *   - the page's scope is the filters with the country as the only place;
 *   - the goal chart is the overview's for that scope, and what it feeds is feeds' (feeds.ts);
 *   - the global projects listed are those of global scale that name no country, in scope of
 *     every filter but the place (or, without a link filter, without an SDG link and passing
 *     the project filters), each with the goals its passing links reach;
 *   - the comparison region's figures count the projects in scope there and the countries they
 *     name in it; its gaps are the goals, targets and indicators fed there and not here.
 * Projects are named by the page's own unfiltered rows, or the build's list (profile-projects.ts).
 */
import { inCountry, type CountryInfo, type CountryPage, type FeedRow } from '../../domain/countries';
import type { Filters } from '../../domain/filters';
import { goalChart } from './compute';
import type { OverviewIndex } from './extract';
import { computeFeeds } from './feeds';
import { narrowedRows, profileProjects, profileScope, type ProfileScope } from './profile-projects';
import type { ProjectColumns } from './project-list';

const levelOrder = { indicator: 0, target: 1, goal: 2 } as const;

export function computeCountryPage(
	ix: OverviewIndex,
	info: Pick<CountryInfo, 'iso3' | 'comparison_region'>,
	f: Filters,
	unfiltered: CountryPage,
	columns?: ProjectColumns
): CountryPage | null {
	const here = inCountry(f, info.iso3);
	const scope = profileScope(ix, here);
	// Whatever is fed here or in the region under a filter is fed under none: the page's rows name them all.
	const titled = [...unfiltered.feeds, ...unfiltered.gaps];
	const fedHere = computeFeeds(ix, scope.c, scope.flags, titled, { goals: true });
	const projects = profileProjects(ix, scope, unfiltered.projects, columns);
	// The global projects name no country: the place filters are left out for them.
	const everywhere = profileScope(ix, { ...here, countries: [], region: null });
	const placeless = (p: number) => ix.global[p] === 1 && ix.countries.start[p + 1] === ix.countries.start[p];
	const globalProjects = narrowedRows(ix, everywhere, unfiltered.globalProjects, placeless);
	const region = info.comparison_region ? comparison(ix, here, info.comparison_region, titled) : null;
	if (!fedHere || !projects || !globalProjects || region === undefined) return null;
	const fed = new Set(fedHere.map((r) => `${r.level} ${r.code}`));
	return {
		perGoal: goalChart(ix, scope.c, scope.flags),
		projects,
		globalProjects,
		feeds: fedHere.filter((r) => r.level !== 'goal'),
		region: region?.figures ?? null,
		// Stable sort: official order within each level.
		gaps: (region?.fed ?? []).filter((r) => !fed.has(`${r.level} ${r.code}`)).sort((a, b) => levelOrder[a.level] - levelOrder[b.level])
	};
}

/**
 * The region's figures and what its projects feed (each row with the region's countries where
 * they work), in scope of the page's filters with the region as the place; undefined when the
 * page's rows cannot title what is fed there.
 */
function comparison(ix: OverviewIndex, here: Filters, region: string, titled: readonly FeedRow[]) {
	const scope: ProfileScope = profileScope(ix, { ...here, countries: [], region });
	const inRegion = scope.c.projectFilters.regions!;
	const fed = computeFeeds(ix, scope.c, scope.flags, titled, { goals: true, regionCountries: inRegion });
	if (!fed) return undefined;
	let projects = 0;
	const named = new Uint8Array(ix.countryList.length);
	for (let p = 0; p < ix.projects; p++) {
		// Every project in scope names a country there (the region is one of the project filters).
		if (scope.best[p] === 0 || !scope.listed(p)) continue;
		projects++;
		for (let k = ix.countries.start[p]; k < ix.countries.start[p + 1]; k++) if (inRegion[ix.countries.values[k]]) named[ix.countries.values[k]] = 1;
	}
	return { figures: { name: region, projects, countries: named.reduce((n, x) => n + x, 0) }, fed };
}
