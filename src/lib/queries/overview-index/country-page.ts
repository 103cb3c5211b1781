/**
 * A country's profile (/countries/ISO3) from the overview index, so it answers the curated
 * inventory's filters from the build's file without waiting for DuckDB. The rules are
 * countryPage's (../countries.ts), restated as in compute.ts; tests/unit/profile-pages-index.test.ts
 * holds the two equal over many filter states:
 *   - the page's scope is the filters with the country as the only place;
 *   - the projects listed are profile-projects.ts's; those without an SDG link are counted apart
 *     (listed only without a link filter: a listed project with no strongest link);
 *   - the goal chart is the overview's for that scope, and what it feeds is feeds' (feed-rows.ts);
 *   - the global projects listed are those of global scale that name no country, in scope of
 *     every filter but the place (or, without a link filter, without an SDG link and passing
 *     the project filters), each with the goals its passing links reach, the first by name
 *     and how many there are;
 *   - the comparison region's figures count the projects in scope there and the countries they
 *     name in it; its gaps are the goals, targets and indicators fed there and not here.
 * Projects are named by the page's own unfiltered rows, or the build's list (profile-projects.ts).
 */
import { gapsOf, inCountry, type CountryInfo, type CountryPage, type FeedRow } from '../../domain/countries';
import type { Filters } from '../../domain/filters';
import { goalChart } from './compute';
import type { OverviewIndex } from './extract';
import { computeFeeds } from './feed-rows';
import { placelessProjects, profileProjects, profileScope } from './profile-projects';
import { ALL } from './kernels';
import type { ProjectColumns } from './project-list';

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
	// Each part that the page's rows cannot name or title refuses the whole page: no count after it.
	const fedHere = computeFeeds(ix, scope.c, scope.flags, titled, { goals: true });
	if (!fedHere) return null;
	const listed = profileProjects(ix, scope, unfiltered, columns);
	if (!listed) return null;
	// A listed project without a strongest link is one with no SDG link at all.
	let unlinked = 0;
	for (let p = 0; p < ix.projects; p++) if (scope.listed(p) && scope.best[p] === 0) unlinked++;
	// The global projects name no country: the place filters are left out for them.
	const everywhere = profileScope(ix, { ...here, countries: [], region: null });
	const global = placelessProjects(ix, everywhere, unfiltered, columns);
	if (!global) return null;
	const region = info.comparison_region ? comparison(ix, here, info.comparison_region, titled) : null;
	if (region === undefined) return null;
	return {
		perGoal: goalChart(ix, scope.c, scope.flags),
		projects: listed.rows,
		projectCount: listed.total,
		unlinkedCount: unlinked,
		globalProjects: global.rows,
		globalProjectCount: global.total,
		feeds: fedHere.filter((r) => r.level !== 'goal'),
		region: region?.figures ?? null,
		gaps: gapsOf(fedHere, region?.fed ?? [])
	};
}

/**
 * The region's figures and what its projects feed (each row with the region's countries where
 * they work), in scope of the page's filters with the region as the place. Undefined when the
 * page's rows cannot title what is fed there (the page then has no answer), where null is a
 * country without a comparison region.
 */
function comparison(ix: OverviewIndex, here: Filters, region: string, titled: readonly FeedRow[]) {
	const scope = profileScope(ix, { ...here, countries: [], region });
	const inRegion = scope.c.projectFilters.regions!;
	const fed = computeFeeds(ix, scope.c, scope.flags, titled, { goals: true, regionCountries: inRegion });
	if (!fed) return undefined;
	let projects = 0;
	const named = new Uint8Array(ix.countryList.length);
	for (let p = 0; p < ix.projects; p++) {
		// Every project in scope names a country there (the region is one of the project filters).
		if (!(scope.flags[p] & ALL) || scope.best[p] === 0) continue;
		projects++;
		for (let k = ix.countries.start[p]; k < ix.countries.start[p + 1]; k++) if (inRegion[ix.countries.values[k]]) named[ix.countries.values[k]] = 1;
	}
	return { figures: { name: region, projects, countries: named.reduce((n, x) => n + x, 0) }, fed };
}
