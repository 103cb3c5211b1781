// @vitest-environment jsdom
import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import type { CountryProjectsRow } from '../../domain/geography';
import { colourFor, describeMap, legendItems, mapBreaks, noProjects, palette } from './shape';
import WorldMap from './WorldMap.svelte';
import rawWorld from 'world-atlas/countries-110m.json';
import { projectWorld } from './projection';
import { centroidOf, drawnCodes, frame, outlines } from './world';

const row = (iso3: string, m49: string, name: string, projects: number, single = projects): CountryProjectsRow => ({
	iso3,
	m49,
	name,
	region: null,
	sub_region: null,
	projects,
	single_country: single
});
const rows = [row('GBR', '826', 'United Kingdom', 12, 9), row('KEN', '404', 'Kenya', 3, 1), row('SGP', '702', 'Singapore', 1)];

describe('map shaping', () => {
	it('picks round class breaks, at most five', () => {
		expect(mapBreaks(1)).toEqual([1]);
		expect(mapBreaks(4)).toEqual([1, 2, 3]);
		expect(mapBreaks(12)).toEqual([1, 2, 3, 5, 10]);
		expect(mapBreaks(45)).toEqual([1, 2, 5, 10, 20]);
		expect(mapBreaks(100000).length).toBe(5);
	});

	it('colours counts by class, and zero as no projects', () => {
		const breaks = [1, 2, 3, 5, 10];
		expect(colourFor(0, breaks)).toBe(noProjects);
		expect(colourFor(1, breaks)).toBe(palette[0]);
		expect(colourFor(4, breaks)).toBe(palette[2]);
		expect(colourFor(250, breaks)).toBe(palette[4]);
		expect(legendItems(breaks).map((l) => l.label)).toEqual(['1', '2', '3–4', '5–9', '10+']);
	});

	it('describes the map, naming global projects it does not draw', () => {
		expect(describeMap(rows, 2)).toBe(
			'World map of citizen-science projects per country: 3 countries named by projects; the most in United Kingdom (12), Kenya (3), Singapore (1). 2 global-scale projects are not on the map.'
		);
		expect(describeMap([], 0)).toContain('no project names a country');
	});

	it('has shapes for the countries, keyed by their M49 code', () => {
		expect(outlines().outlines.length).toBeGreaterThan(170);
		expect(outlines().outlines.find((o) => o.m49 === '404')?.name).toBe('Kenya');
		expect(drawnCodes.has('404')).toBe(true);
	});

	it('arrives projected at build time, as projection.ts projects the shapes of world-atlas', () => {
		expect(outlines()).toEqual(projectWorld(rawWorld as never));
		// One decimal at most: the build trims d3's three.
		expect(outlines().outlines.flatMap((o) => o.d.match(/\.\d{2,}/g) ?? [])).toEqual([]);
		expect(outlines().sphere).toMatch(/^M/);
		const at = (m49: string) => centroidOf(m49)!;
		// Kenya lies east of and south of the United Kingdom; a country not drawn has no centroid.
		expect(at('404')[0]).toBeGreaterThan(at('826')[0]);
		expect(at('404')[1]).toBeGreaterThan(at('826')[1]);
		for (const [x, y] of [at('404'), at('826')]) {
			expect(x).toBeGreaterThan(0);
			expect(x).toBeLessThan(frame.width);
			expect(y).toBeGreaterThan(0);
			expect(y).toBeLessThan(frame.height);
		}
		expect(centroidOf('999')).toBeNull();
		// Every shape is drawn under its own key; those without a code (Kosovo among them) by name.
		const ids = outlines().outlines.map((o) => o.id);
		expect(new Set(ids).size).toBe(ids.length);
		const kosovo = outlines().outlines.find((o) => o.name === 'Kosovo');
		expect(kosovo?.id).toBe('Kosovo');
		expect(kosovo?.m49).toBeUndefined();
	});
});

describe('<WorldMap>', () => {
	it('fills countries with projects, lists those too small to draw, and filters on click', async () => {
		const onselect = vi.fn();
		const { container } = render(WorldMap, { rows, globalProjects: 2, selected: ['KEN'], onselect });
		expect(screen.getByRole('img').getAttribute('aria-label')).toContain('3 countries');
		expect(container.querySelectorAll('path.country.has-data')).toHaveLength(2);
		expect(container.querySelector('path[data-iso3="KEN"]')?.classList.contains('selected')).toBe(true);
		expect(screen.getByText(/Too small to draw at this scale: Singapore \(1\)/)).toBeInTheDocument();
		await fireEvent.click(container.querySelector('path[data-iso3="GBR"]')!);
		expect(onselect).toHaveBeenCalledWith('GBR');
	});

	it('moves between countries with the arrow keys and filters with Enter', async () => {
		const onselect = vi.fn();
		render(WorldMap, { rows, globalProjects: 0, onselect });
		const map = screen.getByRole('group', { name: /World map/ });
		await fireEvent.keyDown(map, { key: 'ArrowRight' });
		expect(screen.getByText('Kenya: 3 projects')).toBeInTheDocument();
		await fireEvent.keyDown(map, { key: 'ArrowRight' });
		await fireEvent.keyDown(map, { key: 'Enter' });
		expect(onselect).toHaveBeenCalledWith('SGP');
	});
});
