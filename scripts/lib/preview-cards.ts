/**
 * What each share preview says (scripts/lib/previews.ts draws them): the figures come from the
 * build's own query results for the default view (both published datasets), the same the pages
 * show first.
 */
import type { IndicatorStatusRow } from '../../src/lib/domain/indicators.ts';
import type { Overview } from '../../src/lib/domain/overview.ts';
import { evidenceSentence } from '../../src/lib/format/evidence-counts.ts';
import type { PreviewCard } from './previews.ts';

const count = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

export function previewCards(overview: Overview, indicators: IndicatorStatusRow[], countries: { iso3: string; name: string }[]): PreviewCard[] {
	const bars = (goal: number | null) =>
		overview.perGoal.map((g) => ({ label: String(g.goal), value: g.projects, colour: g.colour, highlight: g.goal === goal }));
	const colourOf = new Map(overview.perGoal.map((g) => [g.goal, g.colour]));
	const perCountry = new Map(overview.perCountry.map((c) => [c.iso3, c.projects]));
	return [
		{
			path: '/',
			title: 'How citizen science feeds the Sustainable Development Goals',
			subtitle: 'Projects per goal, from the curated inventory and the European Commission JRC inventory.',
			figure: count(overview.projects, 'project'),
			accent: '#1f5f8b',
			bars: bars(null)
		},
		{
			path: '/coverage',
			title: 'Indicator coverage',
			subtitle: evidenceSentence(overview.indicators),
			figure: `${count(indicators.filter((i) => i.projects > 0).length, 'indicator')} of ${indicators.length} with a project linked`,
			accent: '#1f5f8b',
			barsShow: 'indicators with a project linked, per goal',
			bars: overview.perGoal.map((g) => ({
				label: String(g.goal),
				value: indicators.filter((i) => i.goal === g.goal && i.projects > 0).length,
				colour: g.colour,
				highlight: false
			}))
		},
		...overview.perGoal.map((g) => ({
			path: `/goals/${g.goal}`,
			title: `Goal ${g.goal}: ${g.short_title}`,
			subtitle: g.title,
			figure: `${count(g.projects, 'project')} linked to this goal`,
			accent: g.colour,
			bars: bars(g.goal)
		})),
		...indicators.map((i) => ({
			path: `/indicators/${i.indicator}`,
			title: `Indicator ${i.indicator}`,
			subtitle: i.title,
			figure: i.projects > 0 ? `${count(i.projects, 'project')} linked, strongest link: ${i.strength}` : 'No citizen-science project linked yet',
			accent: colourOf.get(i.goal) ?? '#1f5f8b'
		})),
		...countries.map((c) => ({
			path: `/countries/${c.iso3}`,
			title: c.name,
			subtitle: 'Citizen-science projects working here, and the SDG goals, targets and indicators they feed.',
			figure: `${count(perCountry.get(c.iso3) ?? 0, 'project')} with an SDG link`,
			accent: '#1f5f8b'
		}))
	];
}
