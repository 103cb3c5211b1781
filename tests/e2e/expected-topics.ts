/**
 * The topic pages' figures worked out from the data files in plain TypeScript, independently of the
 * SQL the app runs (see expected.ts for which files the default view shows).
 */
import { read } from './expected';

const regionsOf = () => {
	const countries = read('countries.csv');
	return { byIso3: new Map(countries.map((c) => [c.iso3, c])), regions: [...new Set(countries.map((c) => c.region).filter(Boolean))].sort() };
};

/** Projects with at least one SDG link carrying `topic`. */
function onTopic(topic: string) {
	const linked = new Set(read('contributions.csv').map((c) => c.project_id));
	return read('projects.csv').filter((p) => linked.has(p.project_id) && p.topics.split(';').includes(topic));
}

/** Each described topic's row of the topic × region matrix: label, projects, per UN region, global. */
export function expectedTopicMatrix() {
	const { byIso3, regions } = regionsOf();
	const named = read('project_countries.csv');
	return {
		regions,
		rows: read('topics.csv').map((t) => {
			const placed = new Set(named.map((r) => r.project_id));
			const projects = onTopic(t.topic);
			const ids = new Set(projects.map((p) => p.project_id));
			const inRegion = (region: string) =>
				new Set(named.filter((r) => ids.has(r.project_id) && byIso3.get(r.country)?.region === region).map((r) => r.project_id)).size;
			return {
				topic: t.topic,
				label: t.label,
				vocabulary: t.vocabulary,
				projects: projects.length,
				byRegion: regions.map(inRegion),
				// Global-scale projects naming no country; one that names countries counts in their regions.
				global: projects.filter((p) => p.geographic_scale === 'global' && !placed.has(p.project_id)).length
			};
		})
	};
}

export function expectedTopic(page: string) {
	const { byIso3 } = regionsOf();
	const info = read('topics.csv').find((t) => t.page === page)!;
	const projects = onTopic(info.topic);
	const ids = new Set(projects.map((p) => p.project_id));
	const countries = new Set(
		read('project_countries.csv')
			.filter((r) => ids.has(r.project_id))
			.map((r) => r.country)
	);
	const subRegions = new Set(
		read('countries.csv')
			.map((c) => c.sub_region)
			.filter(Boolean)
	);
	const reached = new Set([...countries].map((c) => byIso3.get(c)?.sub_region));
	return {
		label: info.label,
		projects: projects.length,
		countries: countries.size,
		global: projects.filter((p) => p.geographic_scale === 'global' && !read('project_countries.csv').some((r) => r.project_id === p.project_id)).length,
		regions: new Set([...countries].map((c) => byIso3.get(c)?.region)).size,
		subRegions: subRegions.size,
		unreached: [...subRegions].filter((s) => !reached.has(s)).length
	};
}
