/** The networks pages' figures worked out from the data files in plain TypeScript, independently of the SQL the app runs. */
import { read } from './expected';

const split = (v: string) => v.split(';').filter(Boolean);

export function expectedNetworks() {
	const networks = read('networks.csv');
	const countries = read('countries.csv');
	const projects = new Set(read('projects.csv').map((p) => p.project_id));
	const linked = new Set(read('contributions.csv').map((c) => c.project_id));
	const areaOf = (c: Record<string, string>) => c.intermediate_region || c.sub_region;
	// An association serves the areas of the countries it names, or every area of its regions when it names none.
	const served = new Set<string>();
	for (const n of networks.filter((n) => n.kind === 'regional association' || n.kind === 'national network')) {
		for (const c of countries) {
			if (split(n.countries).includes(c.iso3) || (!n.countries && split(n.regions).includes(c.region))) served.add(areaOf(c));
		}
	}
	const byIso3 = new Map(countries.map((c) => [c.iso3, c]));
	const projectsIn = new Map<string, Set<string>>();
	for (const r of read('project_countries.csv')) {
		const c = byIso3.get(r.country);
		if (!c?.sub_region || !linked.has(r.project_id) || served.has(areaOf(c))) continue;
		if (!projectsIn.has(areaOf(c))) projectsIn.set(areaOf(c), new Set());
		projectsIn.get(areaOf(c))!.add(r.project_id);
	}
	const un = ['Africa', 'Americas', 'Asia', 'Europe', 'Oceania'];
	const perCountry = new Map<string, number>();
	for (const n of networks) for (const c of split(n.countries)) perCountry.set(c, (perCountry.get(c) ?? 0) + 1);
	return {
		networks: networks.length,
		regions: un.filter((r) => networks.some((n) => split(n.regions).includes(r))).length,
		memberships: read('project_networks.csv').filter((r) => projects.has(r.project_id)).length,
		linkedProjects: new Set(
			read('project_networks.csv')
				.filter((r) => projects.has(r.project_id))
				.map((r) => r.project_id)
		).size,
		unserved: [...projectsIn].map(([area, ids]) => `${area}: ${ids.size}`).sort(),
		/** "Country name: networks naming it", for the map's table. */
		perCountry: [...perCountry].map(([iso3, n]) => `${byIso3.get(iso3)!.name}: ${n}`).sort(),
		unplaced: networks.filter((n) => !n.countries).length
	};
}

/** A network with linked projects, and those projects' names. */
export function someNetworkWithProjects() {
	const links = read('project_networks.csv');
	const id = links[0].network_id;
	const names = new Map(read('projects.csv').map((p) => [p.project_id, p.name]));
	const network = read('networks.csv').find((n) => n.network_id === id)!;
	return {
		id,
		name: network.name,
		projects: links
			.filter((l) => l.network_id === id)
			.map((l) => names.get(l.project_id)!)
			.sort()
	};
}
