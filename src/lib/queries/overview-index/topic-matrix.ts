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
import { compile, projectFlags, strongestLinks } from './compute';
import type { OverviewIndex } from './extract';
import { ALL } from './kernels';

/**
 * `frame`: the matrix as prerendered, whose regions and rows (every described topic, in the page's
 * order) do not depend on the filters; only the counts are counted here. Null when the index holds
 * a topic the frame has no row for (an undescribed topic, which the build refuses for the published
 * data): the database answers then.
 */
export function computeTopicMatrix(ix: OverviewIndex, f: Filters, frame: TopicMatrix): TopicMatrix | null {
	const withoutTopics = { ...f, topics: [] };
	const c = compile(ix, withoutTopics);
	const { flags } = projectFlags(ix, c);
	const { best } = strongestLinks(ix, c, withoutTopics, flags);
	const regions = frame.regions.length;
	const regionAt = new Map(frame.regions.map((r, i) => [r, i]));
	const regionOf = Int32Array.from(ix.countryList, (country) => (country.known && country.region !== null ? (regionAt.get(country.region) ?? -1) : -1));
	const topics = ix.topicList.length;
	// Per topic: its projects, then one count per region, then the global ones.
	const width = regions + 2;
	const counts = new Int32Array(topics * width);
	// The last project each topic was counted for, and the last project and topic each region was
	// (numbered by `serial`): a project counts once in each.
	const topicStamp = new Int32Array(topics).fill(-1);
	const regionStamp = new Int32Array(regions);
	let serial = 0;
	const { countries, topics: projectTopics } = ix;
	for (let p = 0; p < ix.projects; p++) {
		if (!(flags[p] & ALL) || best[p] === 0) continue;
		const placeless = countries.start[p + 1] === countries.start[p];
		const isGlobal = ix.global[p] === 1 && placeless;
		for (let k = projectTopics.start[p]; k < projectTopics.start[p + 1]; k++) {
			const t = projectTopics.values[k];
			if (topicStamp[t] === p) continue;
			topicStamp[t] = p;
			const row = t * width;
			counts[row]++;
			if (isGlobal) counts[row + regions + 1]++;
			const stamp = ++serial;
			for (let j = countries.start[p]; j < countries.start[p + 1]; j++) {
				const r = regionOf[countries.values[j]];
				if (r < 0 || regionStamp[r] === stamp) continue;
				regionStamp[r] = stamp;
				counts[row + 1 + r]++;
			}
		}
	}
	const rowOf = new Map(ix.topicList.map((topic, t) => [topic, t]));
	const framed = new Set(frame.rows.map((row) => row.topic));
	// SQL drops an empty topic (a doubled ';' in a project's list); any other one needs a row.
	if (ix.topicList.some((topic, t) => topic !== '' && !framed.has(topic) && counts[t * width] > 0)) return null;
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
