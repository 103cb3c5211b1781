/**
 * The topic × region matrix (/topics) from the overview index, so that page answers the curated
 * inventory's filters from the build's file without waiting for DuckDB. The rules are topicMatrix's
 * in ../topics.ts, restated as in compute.ts; tests/unit/overview-index.test.ts holds the two to
 * each other over many filter states:
 *   - the projects in scope of every filter but the topics (the matrix's rows are the topics);
 *   - a project counts once in each region it names a country in (a country the countries table
 *     does not know, or one without a region, counts in none), once in its topic's total, and
 *     apart when it is of global scale and names no country;
 *   - a project naming a topic twice counts once for it.
 */
import type { Filters } from '../../domain/filters';
import type { TopicMatrix } from '../../domain/topics';
import { compile, placeless, projectFlags, strongestLinks, workArrays } from './compute';
import type { OverviewIndex } from './extract';
import { ALL } from './kernels';

/**
 * `frame`: the matrix as prerendered, whose regions and rows (every topic the data hold, in the
 * page's order) do not depend on the filters; only the counts are counted here. Null when the
 * index and the frame do not describe the same data (a topic without a row, a region without a
 * column: files of another build), whatever the filters: the database answers then.
 */
export function computeTopicMatrix(ix: OverviewIndex, f: Filters, frame: TopicMatrix): TopicMatrix | null {
	const regions = frame.regions.length;
	const regionAt = new Map(frame.regions.map((r, i) => [r, i]));
	const rowOf = new Map(ix.topicList.map((topic, t) => [topic, t]));
	const framed = new Set(frame.rows.map((row) => row.topic));
	// SQL drops an empty topic (a doubled ';' in a project's list); any other one needs a row.
	if (ix.topicList.some((topic) => topic !== '' && !framed.has(topic))) return null;
	if (ix.countryList.some((country) => country.region !== null && !regionAt.has(country.region))) return null;
	// A country the countries table does not know has no region (extract.ts joins it to none).
	const regionOf = Int32Array.from(ix.countryList, (country) => (country.region === null ? -1 : regionAt.get(country.region)!));

	const withoutTopics = { ...f, topics: [] };
	const c = compile(ix, withoutTopics);
	const work = workArrays(ix);
	const { flags } = projectFlags(ix, c, work.flags);
	const { best } = strongestLinks(ix, c, withoutTopics, flags, work.best);
	const topics = ix.topicList.length;
	// Per topic: its projects, then one count per region, then the global ones.
	const width = regions + 2;
	const counts = new Int32Array(topics * width);
	// The last project each topic and each region was met for: a project counts once in each.
	const topicStamp = new Int32Array(topics).fill(-1);
	const regionStamp = new Int32Array(regions).fill(-1);
	const projectRegions = new Int32Array(regions);
	const { countries, topics: projectTopics } = ix;
	for (let p = 0; p < ix.projects; p++) {
		if (!(flags[p] & ALL) || best[p] === 0) continue;
		let inRegions = 0;
		for (let j = countries.start[p]; j < countries.start[p + 1]; j++) {
			const r = regionOf[countries.values[j]];
			if (r >= 0 && regionStamp[r] !== p) ((regionStamp[r] = p), (projectRegions[inRegions++] = r));
		}
		const isGlobal = placeless(ix, p);
		for (let k = projectTopics.start[p]; k < projectTopics.start[p + 1]; k++) {
			const t = projectTopics.values[k];
			if (topicStamp[t] === p) continue;
			topicStamp[t] = p;
			const row = t * width;
			counts[row]++;
			for (let j = 0; j < inRegions; j++) counts[row + 1 + projectRegions[j]]++;
			if (isGlobal) counts[row + regions + 1]++;
		}
	}
	return {
		regions: frame.regions,
		rows: frame.rows.map((row) => {
			const t = rowOf.get(row.topic);
			if (t === undefined) return { ...row, projects: 0, byRegion: frame.regions.map(() => 0), global: 0 };
			const at = t * width;
			return { ...row, projects: counts[at], byRegion: Array.from(counts.subarray(at + 1, at + 1 + regions)), global: counts[at + regions + 1] };
		})
	};
}
