// @vitest-environment jsdom
/**
 * What an exported chart carries, for each chart: the SVG file (made by the exporter from the
 * rendered drawing, parsed back as XML) holds the legend or colour scale and the axis titles, so a
 * chart pasted into a report can be read. jsdom computes no style from SVG attributes, so colours
 * and dashes are checked in Chromium (tests/e2e/export.test.ts), with the PNG's pixels.
 */
import { DOMParser, type Element as XmlElement } from '@xmldom/xmldom';
import { render } from '@testing-library/svelte';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import CoverageMatrix from '../../src/lib/charts/coverage-matrix/CoverageMatrix.svelte';
import FlowSankey from '../../src/lib/charts/flow-sankey/FlowSankey.svelte';
import GoalBars from '../../src/lib/charts/goal-bars/GoalBars.svelte';
import TimeBars from '../../src/lib/charts/time-bars/TimeBars.svelte';
import WorldMap from '../../src/lib/charts/world-map/WorldMap.svelte';
import { chartToSvg } from '../../src/lib/export/svg';
import { setLayoutWidth } from '../layout-width';
import { textWidth } from '../../src/lib/format/text-width';

function exported(container: HTMLElement) {
	const svg = container.querySelector<SVGSVGElement>('svg[role="img"]')!;
	const text = chartToSvg(svg, { title: 'A chart', note: 'How to read it.', footer: ['Source'] });
	const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
	const all = Array.from(doc.getElementsByTagName('*')) as XmlElement[];
	const texts = (within: XmlElement[]) => within.filter((e) => e.tagName === 'text').map((e) => e.textContent);
	const legend = all.find((e) => e.hasAttribute('data-chart-legend'));
	return {
		texts: texts(all),
		legend: legend ? texts(Array.from(legend.getElementsByTagName('*')) as XmlElement[]) : null,
		legendSwatches: legend ? (Array.from(legend.getElementsByTagName('rect')) as XmlElement[]) : []
	};
}

describe('exported SVG carries legend and axis titles', () => {
	let restore: () => void;
	beforeEach(() => (restore = setLayoutWidth(720)));
	afterEach(() => restore());

	it('goal bars: the strength key and the projects axis', () => {
		const rows = [
			{
				goal: 15,
				title: 'Life on land',
				short_title: 'Life on land',
				colour: '#56C02B',
				direct: 2,
				indirect: 1,
				potential: 1,
				'scored-2': 0,
				'scored-1': 0,
				projects: 4
			}
		];
		const svg = exported(render(GoalBars, { rows }).container);
		expect(svg.legend).toEqual(['Contribution strength', 'Direct', 'Indirect', 'Potential']);
		expect(svg.legendSwatches).toHaveLength(3);
		expect(svg.texts).toContain('Projects →');
		expect(svg.texts).toContain('How to read it.');
	});

	it('time bars: the strength key, both axis titles and the projects left out', () => {
		const rows = Array.from({ length: 77 }, (_, i) => ({
			year: 1950 + i,
			direct: 1,
			indirect: i > 40 ? 3 : 0,
			potential: 0,
			'scored-2': 0,
			'scored-1': 0,
			projects: i > 40 ? 4 : 1,
			started: i === 0 ? 1 : i === 41 ? 3 : 0
		}));
		const svg = exported(render(TimeBars, { rows, undated: 0 }).container);
		expect(svg.legend).toEqual(['Strongest link', 'Direct', 'Indirect', 'Potential']);
		expect(svg.texts).toEqual(expect.arrayContaining(['↑ Projects active', 'Year →', '← 1 project started before 1990']));
	});

	it('world map: the colour scale with every class', () => {
		const rows = [{ iso3: 'KEN', m49: '404', name: 'Kenya', region: null, sub_region: null, projects: 12, single_country: 12 }];
		const svg = exported(render(WorldMap, { rows, globalProjects: 0 }).container);
		expect(svg.legend).toEqual(['Projects per country', '0', '1', '2', '3–4', '5–9', '10+']);
	});

	it('flows: the column titles', () => {
		const rows = [
			{ source: 'topic:birds', target: 'goal:15', projects: 2 },
			{ source: 'goal:15', target: 'indicator:15.5.1', projects: 2 }
		];
		const svg = exported(render(FlowSankey, { rows }).container);
		expect(svg.texts).toEqual(expect.arrayContaining(['Project topics', 'Goals', 'Indicators']));
	});

	it('coverage matrix: strengths and tiers', () => {
		const rows = [
			{ indicator: '15.5.1', target: '15.5', goal: 15, title: 'Red List Index', tier: 'Tier I', repeat_of: null, strength: 'direct' as const, projects: 1 }
		];
		const svg = exported(render(CoverageMatrix, { rows }).container);
		expect(svg.legend).toEqual(['Strongest link', 'Direct', 'Indirect', 'Potential', 'No contribution yet', 'Tier II', 'Mixed tiers']);
	});
});

describe('exported SVG of a chart drawn on a phone', () => {
	let restore: () => void;
	beforeEach(() => (restore = setLayoutWidth(300)));
	afterEach(() => restore());

	it('has room for its title and sources: at least 480 px of room, with long lines wrapped into it', () => {
		const rows = [{ source: 'topic:birds', target: 'goal:15', projects: 2 }];
		const svg = render(FlowSankey, { rows }).container.querySelector<SVGSVGElement>('svg[role="img"]')!;
		const url = 'https://sdg.example.org/flows?goal=15&country=KEN&strength=direct&topic=birds&from=1990';
		const title = 'Flows from project topics to goals to indicators';
		const text = chartToSvg(svg, { title, subtitle: 'Filters: Goal 15 Life on land · Kenya · Direct links · Birds', footer: ['Licence: CC BY 4.0', url] });
		const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
		const room = Number(doc.documentElement!.getAttribute('width')) - 32;
		expect(room).toBe(480);
		const lines = Array.from(doc.documentElement!.childNodes).filter((n) => (n as XmlElement).tagName === 'text') as XmlElement[];
		for (const line of lines) {
			const bold = line.getAttribute('font-weight') === '700';
			expect(textWidth(line.textContent!, Number(line.getAttribute('font-size')), bold), line.textContent!).toBeLessThanOrEqual(room);
		}
		expect(lines.map((l) => l.textContent).join('')).toContain(url);
		expect(lines.filter((l) => l.getAttribute('font-size') === '18').map((l) => l.textContent)).toEqual([
			'Flows from project topics to goals to',
			'indicators'
		]);
	});
});
