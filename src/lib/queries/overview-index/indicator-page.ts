/**
 * An indicator's page from the overview index, so it answers the curated inventory's filters from
 * the build's file without waiting for DuckDB. The rules are indicatorPage's (../indicators.ts),
 * restated; tests/unit/overview-index.test.ts holds the two equal over many filter states. As for
 * a goal's page (goal-page.ts), the page's own prerendered rows (every link to the indicator,
 * unfiltered) give the projects' names and rationales, and a filter only narrows them; when they
 * cannot name a project in scope there is no answer here (null) and the database answers.
 */
import type { Filters } from '../../domain/filters';
import type { IndicatorPage } from '../../domain/indicators';
import { strengths } from '../../domain/strength';
import { compile, projectFlags } from './compute';
import { binary } from '../text-order';
import type { OverviewIndex } from './extract';
import { ALL, RANKS } from './kernels';

export function computeIndicatorPage(ix: OverviewIndex, code: string, f: Filters, unfiltered: IndicatorPage): IndicatorPage | null {
	// The goal, target and indicator filters are left out: the page is the indicator.
	const c = compile(ix, { ...f, goals: [], target: null, indicator: null });
	const { flags } = projectFlags(ix, c);
	const primary = ix.repeatOf.get(code) ?? code;
	const indicator = ix.indicatorList.indexOf(primary);
	const inScope = new Set<number>();
	if (indicator >= 0)
		for (let l = 0; l < ix.listings.length; l++) {
			if (ix.listingIndicator[l] !== indicator) continue;
			for (const r of c.ranks)
				for (let k = ix.linkStart[l * RANKS + r - 1]; k < ix.linkStart[l * RANKS + r]; k++) if (flags[ix.linkProject[k]] & ALL) inScope.add(ix.linkProject[k]);
		}
	const ids = new Set([...inScope].map((p) => ix.projectIds.at(p)!));
	const passing = new Set(c.ranks.map((r) => strengths[r - 1] as string));
	const projects = unfiltered.projects.filter((row) => ids.has(row.project_id) && passing.has(row.strength));
	if (new Set(projects.map((row) => row.project_id)).size !== ids.size) return null;
	const perCountry = new Map<number, number>();
	for (const p of inScope)
		for (let k = ix.countries.start[p]; k < ix.countries.start[p + 1]; k++) {
			const country = ix.countries.values[k];
			if (ix.countryList[country].known) perCountry.set(country, (perCountry.get(country) ?? 0) + 1);
		}
	const countries = [...perCountry]
		.map(([country, projects]) => ({ iso3: ix.countryList[country].iso3, name: ix.countryList[country].name, projects }))
		.sort((a, b) => b.projects - a.projects || binary(a.name, b.name));
	return { projects, countries };
}
