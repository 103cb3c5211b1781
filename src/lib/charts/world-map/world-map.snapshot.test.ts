// @vitest-environment jsdom
/** The map's drawing against a committed snapshot (tests/svg-snapshot.ts): colour scale inside the drawing, one country selected. */
import { render } from '@testing-library/svelte';
import { afterEach, describe, it } from 'vitest';
import { setLayoutWidth } from '../../../../tests/layout-width';
import { expectSvgSnapshot } from '../../../../tests/svg-snapshot';
import type { CountryProjectsRow } from '../../domain/geography';
import WorldMap from './WorldMap.svelte';

const row = (iso3: string, m49: string, name: string, projects: number): CountryProjectsRow => ({
	iso3,
	m49,
	name,
	region: null,
	sub_region: null,
	projects,
	single_country: projects
});
// Counts that fill every class of the scale (1, 2, 3-4, 5-9, 10+).
const rows = [
	row('USA', '840', 'United States of America', 14),
	row('GBR', '826', 'United Kingdom', 9),
	row('AUS', '036', 'Australia', 6),
	row('IND', '356', 'India', 4),
	row('BRA', '076', 'Brazil', 3),
	row('KEN', '404', 'Kenya', 2),
	row('FRA', '250', 'France', 1)
];

describe('world map snapshot', () => {
	let restore = () => {};
	afterEach(() => restore());

	it('at 720 pixels, Kenya selected', () => {
		restore = setLayoutWidth(720);
		const { container } = render(WorldMap, { rows, globalProjects: 5, selected: ['KEN'] });
		expectSvgSnapshot(container.querySelector('svg[role="img"]'), 'world-map');
	});
});
