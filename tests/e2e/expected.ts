/**
 * The dashboard's figures worked out from data/ in plain TypeScript, independently of the SQL the
 * app runs, so end-to-end tests compare the page with the data and not with itself. The site shows
 * both published datasets by default: the curated inventory and the JRC inventory as the build
 * converted it (static/data/jrc/; tests/unit/jrc-dataset.test.ts holds that to the raw files), a
 * project in both (data/jrc_crosswalk.csv) counted once, as the curated record.
 */
import { readFileSync } from 'node:fs';
import { csvRecords, parseCsv } from '../../src/lib/format/csv';

const dataDir = process.env.DATA_DIR ?? 'data';
const staticData = process.env.STATIC_DATA ?? 'static/data';
const readFile = (path: string) => csvRecords(parseCsv(readFileSync(path, 'utf8')));
const curated = (name: string) => readFile(`${dataDir}/${name}`);

/** The inventory tables of the default view, and the framework's from data/. */
export function read(name: string): Record<string, string>[] {
	if (!['projects.csv', 'project_countries.csv', 'contributions.csv'].includes(name)) return curated(name);
	const jrc = readFile(`${staticData}/jrc/${name}`);
	const sameAs = new Map(curated('jrc_crosswalk.csv').map((x) => [x.jrc_project_id, x.project_id]));
	if (name === 'projects.csv') return [...curated(name), ...jrc.filter((p) => !sameAs.has(p.project_id))];
	if (name === 'contributions.csv') return [...curated(name), ...jrc.map((c) => ({ ...c, project_id: sameAs.get(c.project_id) ?? c.project_id }))];
	// A matched project takes the JRC record's countries it lacks, unless it is of global scale.
	const rows = curated(name);
	const global = new Set(
		curated('projects.csv')
			.filter((p) => p.geographic_scale === 'global')
			.map((p) => p.project_id)
	);
	for (const r of jrc) {
		const id = sameAs.get(r.project_id) ?? r.project_id;
		if (global.has(id) || rows.some((x) => x.project_id === id && x.country === r.country)) continue;
		rows.push({ ...r, project_id: id });
	}
	return rows;
}

/** The goals a link reaches: a repeated indicator (1.5.1 = 11.5.1 = 13.1.1) every goal it is listed under. */
export function linkGoals(): (link: Record<string, string>) => string[] {
	const listings = read('sdg_indicators.csv');
	const primaryOf = new Map(listings.map((i) => [i.indicator, i.repeat_of || i.indicator]));
	return (c) =>
		c.level === 'indicator'
			? listings.filter((l) => (l.repeat_of || l.indicator) === primaryOf.get(c.sdg_code)).map((l) => l.goal)
			: [c.sdg_code.split('.')[0]];
}

/** Figures for all projects, or only those naming `country`. */
export function expectedOverview(country?: string) {
	const countryRows = read('project_countries.csv');
	const inScope = (id: string) => !country || countryRows.some((r) => r.project_id === id && r.country === country);
	const projects = read('projects.csv').filter((p) => inScope(p.project_id));
	const ids = new Set(projects.map((p) => p.project_id));
	const countries = new Set(countryRows.filter((r) => ids.has(r.project_id)).map((r) => r.country));
	const contributions = read('contributions.csv').filter((c) => ids.has(c.project_id));
	const primaryOf = new Map(read('sdg_indicators.csv').map((i) => [i.indicator, i.repeat_of || i.indicator]));
	const uniqueIndicators = new Set(primaryOf.values());
	const goalsOf = linkGoals();
	const goals = new Set(contributions.flatMap(goalsOf));
	const linked = new Set(contributions.filter((c) => c.level === 'indicator').map((c) => primaryOf.get(c.sdg_code)));
	// Fed today: reached by a direct or indirect link (potential-only ones are counted apart).
	const documented = contributions.filter((c) => c.strength === 'direct' || c.strength === 'indirect');
	const goalsToday = new Set(documented.flatMap(goalsOf));
	const indicatorsToday = new Set(documented.filter((c) => c.level === 'indicator').map((c) => primaryOf.get(c.sdg_code)));
	const projectsPerGoal = new Map<string, Set<string>>();
	for (const c of contributions) {
		for (const goal of goalsOf(c)) {
			if (!projectsPerGoal.has(goal)) projectsPerGoal.set(goal, new Set());
			projectsPerGoal.get(goal)!.add(c.project_id);
		}
	}
	return {
		projects: projects.length,
		countries: countries.size,
		globalProjects: projects.filter((p) => p.geographic_scale === 'global').length,
		goalsReached: goals.size,
		goalsToday: goalsToday.size,
		goalsPotentialOnly: goals.size - goalsToday.size,
		indicatorsLinked: linked.size,
		indicatorsToday: indicatorsToday.size,
		indicatorsPotentialOnly: linked.size - indicatorsToday.size,
		indicatorsTotal: uniqueIndicators.size,
		maxPerCountry: Math.max(
			0,
			...[...countries].map((c) => new Set(countryRows.filter((r) => r.country === c && ids.has(r.project_id)).map((r) => r.project_id)).size)
		),
		projectsPerGoal: Array.from({ length: 17 }, (_, i) => projectsPerGoal.get(String(i + 1))?.size ?? 0)
	};
}

/** A project linked to `indicator` at indicator level, and the goal of that indicator. */
export function someIndicatorLink() {
	const c = read('contributions.csv').find((r) => r.level === 'indicator')!;
	const project = read('projects.csv').find((p) => p.project_id === c.project_id)!;
	return { indicator: c.sdg_code, goal: Number(c.sdg_code.split('.')[0]), projectId: project.project_id, projectName: project.name };
}

/** Start years of the projects that have at least one link (the time chart places those with a start year). */
export function linkedStartYears(): number[] {
	const linked = new Set(read('contributions.csv').map((c) => c.project_id));
	return read('projects.csv')
		.filter((p) => linked.has(p.project_id) && p.start_year)
		.map((p) => Number(p.start_year));
}

/** A country in the countries table that no project names. */
export function countryWithoutProjects(): string {
	const named = new Set(read('project_countries.csv').map((r) => r.country));
	return read('countries.csv').find((c) => !named.has(c.iso3))!.iso3;
}
