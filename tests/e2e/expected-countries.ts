/**
 * A country profile's figures worked out from the data files in plain TypeScript, independently of
 * the SQL the app runs (see expected.ts for which files the default view shows).
 */
import { read } from './expected';

const rank = ['direct', 'indirect', 'potential', 'scored-2', 'scored-1'];

/** "level code" → strongest link and projects, for the goals, targets and unique indicators `projects` feed. */
function feeds(projects: Set<string>) {
	const listings = read('sdg_indicators.csv');
	const primaryOf = new Map(listings.map((i) => [i.indicator, i.repeat_of || i.indicator]));
	const out = new Map<string, { strength: string; projects: Set<string> }>();
	const add = (key: string, c: Record<string, string>) => {
		const row = out.get(key) ?? { strength: c.strength, projects: new Set<string>() };
		if (rank.indexOf(c.strength) < rank.indexOf(row.strength)) row.strength = c.strength;
		row.projects.add(c.project_id);
		out.set(key, row);
	};
	for (const c of read('contributions.csv').filter((c) => projects.has(c.project_id))) {
		if (c.level === 'indicator') {
			// A repeated indicator counts once (its primary) and feeds every target and goal it is listed under.
			const primary = primaryOf.get(c.sdg_code)!;
			add(`indicator ${primary}`, c);
			for (const l of listings.filter((l) => (l.repeat_of || l.indicator) === primary)) {
				add(`target ${l.target}`, c);
				add(`goal ${l.goal}`, c);
			}
		} else {
			if (c.level === 'target') add(`target ${c.sdg_code}`, c);
			add(`goal ${c.sdg_code.split('.')[0]}`, c);
		}
	}
	return out;
}

export function expectedCountry(iso3: string) {
	const countries = read('countries.csv');
	const info = countries.find((c) => c.iso3 === iso3)!;
	const region = info.intermediate_region || info.sub_region;
	const inRegion = new Set(countries.filter((c) => [c.region, c.sub_region, c.intermediate_region].includes(region)).map((c) => c.iso3));
	const named = read('project_countries.csv');
	const projects = read('projects.csv');
	const linked = new Set(read('contributions.csv').map((c) => c.project_id));
	const here = new Set(named.filter((r) => r.country === iso3).map((r) => r.project_id));
	const regionRows = named.filter((r) => inRegion.has(r.country) && linked.has(r.project_id));
	const fedHere = feeds(here);
	const fedRegion = feeds(new Set(regionRows.map((r) => r.project_id)));
	const notGoal = [...fedHere].filter(([key]) => !key.startsWith('goal '));
	const today = notGoal.filter(([, r]) => r.strength === 'direct' || r.strength === 'indirect').length;
	return {
		name: info.name,
		region,
		projects: here.size,
		goals: [...fedHere.keys()].filter((k) => k.startsWith('goal ')).length,
		fedToday: today,
		fedOther: notGoal.length - today,
		// Global-scale projects that name no country cover every one (a JRC record of global scale may name countries).
		global: projects.filter((p) => p.geographic_scale === 'global' && !named.some((r) => r.project_id === p.project_id)).length,
		regionProjects: new Set(regionRows.map((r) => r.project_id)).size,
		regionCountries: new Set(regionRows.map((r) => r.country)).size,
		/** "level code" of what the region feeds and the country does not. */
		gaps: [...fedRegion.keys()].filter((k) => !fedHere.has(k)).sort()
	};
}
