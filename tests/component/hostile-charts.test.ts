// @vitest-environment jsdom
/**
 * Hostile data through every chart and the SVG exporter: names that look like HTML, scripts,
 * formulas or script URLs are drawn as text, create no element, and the exported SVG parses as
 * XML with no script, event handler or foreign object.
 */
import { DOMParser } from '@xmldom/xmldom';
import { render } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import CoverageMatrix from '../../src/lib/charts/coverage-matrix/CoverageMatrix.svelte';
import FlowSankey from '../../src/lib/charts/flow-sankey/FlowSankey.svelte';
import GoalBars from '../../src/lib/charts/goal-bars/GoalBars.svelte';
import TimeBars from '../../src/lib/charts/time-bars/TimeBars.svelte';
import WorldMap from '../../src/lib/charts/world-map/WorldMap.svelte';
import ProjectTable from '../../src/lib/components/ProjectTable.svelte';
import { chartToSvg, sanitizeSvg } from '../../src/lib/export/svg';
import { hostileStrings } from '../fixtures/hostile';

const evil = hostileStrings.join(' | ');

function expectInert(container: HTMLElement) {
	expect(container.querySelector('img, script, iframe, foreignObject')).toBeNull();
	for (const el of container.querySelectorAll('*')) {
		for (const attr of el.attributes) expect(attr.name.startsWith('on'), `${el.tagName} ${attr.name}`).toBe(false);
		const href = el.getAttribute('href');
		if (href) expect(href.toLowerCase().startsWith('javascript:')).toBe(false);
	}
}

function exportAndParse(container: HTMLElement, title = evil) {
	const svg = container.querySelector<SVGSVGElement>('svg[role="img"]')!;
	const text = chartToSvg(svg, { title, subtitle: `Filters: ${evil}`, footer: [evil, 'https://example.org'] });
	const errors: string[] = [];
	const doc = new DOMParser({ onError: (level, msg) => level !== 'warning' && errors.push(msg) }).parseFromString(text, 'image/svg+xml');
	expect(errors).toEqual([]);
	const all = Array.from(doc.getElementsByTagName('*'));
	expect(all.filter((e) => ['script', 'foreignObject', 'iframe', 'image', 'use'].includes(e.tagName))).toEqual([]);
	for (const el of all) for (const attr of Array.from(el.attributes)) expect(attr.name.toLowerCase().startsWith('on')).toBe(false);
	expect(doc.getElementsByTagName('title')[0].textContent).toBe(title);
	return text;
}

describe('hostile data in charts and SVG exports', () => {
	it('goal bars', () => {
		const rows = [
			{ goal: 1, title: evil, short_title: evil, colour: '#E5243B', direct: 1, indirect: 2, potential: 0, 'scored-2': 0, 'scored-1': 0, projects: 3 }
		];
		const { container } = render(GoalBars, { rows, title: evil });
		expectInert(container);
		expect(container.textContent).toContain('<img src=x onerror=alert(1)>');
		expect(exportAndParse(container)).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
	});

	it('world map', () => {
		const rows = [{ iso3: 'KEN', m49: '404', name: evil, region: evil, sub_region: null, projects: 2, single_country: 1 }];
		const { container } = render(WorldMap, { rows, globalProjects: 1, title: evil });
		expectInert(container);
		exportAndParse(container);
	});

	it('time bars', () => {
		const { container } = render(TimeBars, {
			rows: [{ year: 2020, direct: 1, indirect: 0, potential: 0, 'scored-2': 0, 'scored-1': 0, projects: 1, started: 1 }],
			undated: 0,
			title: evil
		});
		expectInert(container);
		exportAndParse(container);
	});

	it('flows', () => {
		const rows = [
			{ source: `topic:${evil}`, target: 'goal:15', projects: 2 },
			{ source: 'goal:15', target: 'indicator:15.5.1', projects: 1 }
		];
		const { container } = render(FlowSankey, { rows });
		expectInert(container);
		expect(container.textContent).toContain('javascript:alert(1)');
		exportAndParse(container);
	});

	it('coverage matrix', () => {
		const rows = [{ indicator: '15.5.1', target: '15.5', goal: 15, title: evil, tier: evil, repeat_of: null, strength: 'direct' as const, projects: 1 }];
		const { container } = render(CoverageMatrix, { rows });
		expectInert(container);
		exportAndParse(container);
	});

	it('project table: a javascript: website never becomes a link', () => {
		const rows = [
			{
				project_id: 'x',
				name: evil,
				url: 'javascript:alert(1)',
				organisation: evil,
				start_year: 2000,
				end_year: null,
				status: 'active',
				geographic_scale: 'local',
				goals: [1],
				other_goals: [3],
				countries: 1
			}
		];
		const { container } = render(ProjectTable, { rows, caption: evil });
		expectInert(container);
	});

	it('the sanitiser strips scripts, handlers, foreign objects and script links from an SVG', () => {
		const host = document.createElement('div');
		host.innerHTML = `<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(2)</script><foreignObject><div>x</div></foreignObject><a href="javascript:alert(3)"><text onclick="alert(4)" style="fill:url(javascript:alert(5))">t</text></a><a href="https://ok.example"><text>ok</text></a></svg>`;
		const svg = host.querySelector('svg')!;
		sanitizeSvg(svg);
		expect(svg.outerHTML).toBe('<svg xmlns="http://www.w3.org/2000/svg"><a><text>t</text></a><a href="https://ok.example"><text>ok</text></a></svg>');
	});
});

describe('the SVG sanitiser against animation, style sheets and external references', () => {
	it('removes them all, and keeps internal references and http(s) links', () => {
		const host = document.createElement('div');
		host.innerHTML = `<svg xmlns="http://www.w3.org/2000/svg"><style>@import url(https://evil.example/x.css);</style><a href="#"><set attributeName="href" to="javascript:alert(1)"/><animate attributeName="href" values="javascript:alert(1)"/><text>t</text></a><rect fill="url(https://evil.example/p.svg#x)" filter="url(#ok)"/><filter id="f"><feImage href="https://evil.example/i.png"/></filter><a href="https://ok.example" xlink:href="data:text/html,x"><text>ok</text></a></svg>`;
		const svg = host.querySelector('svg')!;
		sanitizeSvg(svg);
		expect(svg.outerHTML).toBe(
			'<svg xmlns="http://www.w3.org/2000/svg"><a href="#"><text>t</text></a><rect filter="url(#ok)"></rect><filter id="f"></filter><a href="https://ok.example"><text>ok</text></a></svg>'
		);
	});
});
