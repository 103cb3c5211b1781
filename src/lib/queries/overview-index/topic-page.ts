/**
 * A topic's page (/topics/ID) from the overview index, so it answers the curated inventory's
 * filters from the build's file without waiting for DuckDB. The rules are topicPage's
 * (../topics.ts), restated as in compute.ts; tests/unit/profile-pages-index.test.ts holds the two
 * equal over many filter states:
 *   - the page's scope is the filters with the topic as the only topic;
 *   - the goal chart, the map and the figures are the overview's for that scope; the global
 *     projects are those of global scale in scope that name no country (the map cannot draw them);
 *   - the projects listed are those in scope, and without a link filter those with no SDG link
 *     that pass the project filters, each with the goals its passing links reach;
 *   - the sub-regions count, over every filter but the topic and the place, each project once
 *     where it names a country: on the topic, and on any topic.
 *
 * Its projects are named by its own unfiltered rows, or by the build's list (`columns`)
 * (profile-projects.ts); when neither can, there is no answer (null) and the database answers.
 */
import type { Filters } from '../../domain/filters';
import { onTopic, type TopicPage, type TopicPlaceRow } from '../../domain/topics';
import { compile, goalChart, placeless, projectFlags, strongestLinks, workArrays } from './compute';
import type { OverviewIndex } from './extract';
import { computeFeeds } from './feed-rows';
import { inScope } from './in-scope';
import { ALL } from './kernels';
import { profileProjects, profileScope } from './profile-projects';
import type { ProjectColumns } from './project-list';

export function computeTopicPage(ix: OverviewIndex, topic: string, f: Filters, unfiltered: TopicPage, columns?: ProjectColumns): TopicPage | null {
	const scope = profileScope(ix, onTopic(f, topic));
	const { c, flags, best } = scope;
	// Each part that the page's rows cannot name or title refuses the whole page: no count after it.
	const feeds = computeFeeds(ix, c, flags, unfiltered.feeds);
	if (!feeds) return null;
	const listed = profileProjects(ix, scope, unfiltered, columns);
	if (!listed) return null;
	const places = subRegions(ix, topic, f, unfiltered.places);
	if (!places) return null;
	const counts = inScope(ix, flags, best, 0, { place: true, years: false });
	let globalProjects = 0;
	// The regions of the countries in scope that have sub-regions (the rows of `places`).
	const regions = new Set<string>();
	for (let p = 0; p < ix.projects; p++) {
		if (!(flags[p] & ALL) || best[p] === 0) continue;
		if (placeless(ix, p)) globalProjects++;
		for (let k = ix.countries.start[p]; k < ix.countries.start[p + 1]; k++) {
			const country = ix.countryList[ix.countries.values[k]];
			if (country.known && country.sub_region !== null && country.region !== null) regions.add(country.region);
		}
	}
	return {
		perGoal: goalChart(ix, c, flags),
		projects: listed.rows,
		projectCount: listed.total,
		countries: counts.place!.perCountry,
		countriesInScope: counts.headline.countries.countries,
		regionsInScope: regions.size,
		globalProjects,
		unplacedGlobal: counts.place!.unplacedGlobal,
		feeds,
		places
	};
}

/**
 * Every sub-region (`frame`: the rows as prerendered, which list them all whatever the filters),
 * with the projects in scope of the filters but the topic and the place that name a country there:
 * on the topic, and on any. Null when a country's sub-region has no row (files of another data version).
 */
function subRegions(ix: OverviewIndex, topic: string, f: Filters, frame: readonly TopicPlaceRow[]): TopicPlaceRow[] | null {
	const rowOf = new Map(frame.map((row, i) => [row.sub_region, i]));
	if (ix.countryList.some((country) => country.known && country.sub_region !== null && !rowOf.has(country.sub_region))) return null;
	// A code the countries table lacks has no sub-region (SQL joins it to none).
	const subRegionOf = Int32Array.from(ix.countryList, (country) => (country.known && country.sub_region !== null ? rowOf.get(country.sub_region)! : -1));
	const anywhere = { ...f, topics: [], countries: [], region: null };
	const c = compile(ix, anywhere);
	const work = workArrays(ix);
	const { flags } = projectFlags(ix, c, work.flags);
	const { best } = strongestLinks(ix, c, anywhere, flags, work.best);
	const t = ix.topicList.indexOf(topic);
	const onTopic = new Int32Array(frame.length);
	const all = new Int32Array(frame.length);
	// The last project each sub-region was met for: a project counts once in each.
	const stamp = new Int32Array(frame.length).fill(-1);
	for (let p = 0; p < ix.projects; p++) {
		if (!(flags[p] & ALL) || best[p] === 0) continue;
		let has = false;
		for (let k = ix.topics.start[p]; k < ix.topics.start[p + 1]; k++) if (ix.topics.values[k] === t) has = true;
		for (let k = ix.countries.start[p]; k < ix.countries.start[p + 1]; k++) {
			const s = subRegionOf[ix.countries.values[k]];
			if (s < 0 || stamp[s] === p) continue;
			stamp[s] = p;
			all[s]++;
			if (has) onTopic[s]++;
		}
	}
	return frame.map((row, i) => ({ ...row, on_topic: onTopic[i], all_topics: all[i] }));
}
