/**
 * The overview's figures worked out from data/ in plain TypeScript, independently of the SQL the
 * app runs, so an end-to-end test compares the page with the data and not with itself.
 */
import { readFileSync } from 'node:fs';
import { csvRecords, parseCsv } from '../../src/lib/format/csv';

const dataDir = process.env.DATA_DIR ?? 'data';
const read = (name: string) => csvRecords(parseCsv(readFileSync(`${dataDir}/${name}`, 'utf8')));

export function expectedOverview() {
	const projects = read('projects.csv');
	const countries = new Set(read('project_countries.csv').map((r) => r.country));
	const contributions = read('contributions.csv');
	const primaryOf = new Map(read('sdg_indicators.csv').map((i) => [i.indicator, i.repeat_of || i.indicator]));
	const uniqueIndicators = new Set(primaryOf.values());
	const goals = new Set(contributions.map((c) => c.sdg_code.split('.')[0]));
	const linked = new Set(contributions.filter((c) => c.level === 'indicator').map((c) => primaryOf.get(c.sdg_code)));
	const projectsPerGoal = new Map<string, Set<string>>();
	for (const c of contributions) {
		const goal = c.sdg_code.split('.')[0];
		if (!projectsPerGoal.has(goal)) projectsPerGoal.set(goal, new Set());
		projectsPerGoal.get(goal)!.add(c.project_id);
	}
	return {
		projects: projects.length,
		countries: countries.size,
		globalProjects: projects.filter((p) => p.geographic_scale === 'global').length,
		goalsReached: goals.size,
		indicatorsLinked: linked.size,
		indicatorsTotal: uniqueIndicators.size,
		projectsPerGoal: Array.from({ length: 17 }, (_, i) => projectsPerGoal.get(String(i + 1))?.size ?? 0)
	};
}
