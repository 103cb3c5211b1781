/**
 * Projecting the country shapes, at build time only (scripts/lib/projected-outlines.ts turns
 * `world-atlas/countries-110m.json?outlines` into this module's answer). The browser receives the
 * finished outlines: projecting the 177 shapes took about 70 ms of every map page's start on two
 * cores, and d3-geo and topojson-client stayed out of its JavaScript.
 */
import { geoEqualEarth, geoPath } from 'd3-geo';
import type { FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
// With its extension: Vite's config loader runs this file in Node (scripts/lib/projected-outlines.ts).
import { compactPath } from './compact-path.ts';
import { frame, type ProjectedWorld } from './frame.ts';

// One decimal of the 720-unit frame is at most 0.2 px on the widest map (and in a 2x PNG): the
// outlines look the same at two-thirds the size of d3's three decimals.
const digits = 1;
const round = (n: number) => Math.round(n * 10 ** digits) / 10 ** digits;

/** Natural Earth shapes on an equal-area projection (Equal Earth), fitted to `frame`. */
export function projectWorld(topology: Topology<{ countries: GeometryCollection<{ name: string }> }>): ProjectedWorld {
	const projection = geoEqualEarth().fitExtent(
		[
			[2, 2],
			[frame.width - 2, frame.height - 2]
		],
		{ type: 'Sphere' }
	);
	const path = geoPath(projection).digits(digits);
	const countries = (feature(topology, topology.objects.countries) as FeatureCollection<Geometry, { name: string }>).features;
	return {
		sphere: compactPath(path({ type: 'Sphere' }) ?? ''),
		outlines: countries.map((f) => {
			const id = f.id === undefined ? undefined : String(f.id);
			const [x, y] = path.centroid(f);
			return {
				id: id ?? f.properties.name,
				...(id ? { m49: id } : {}),
				name: f.properties.name,
				d: compactPath(path(f) ?? ''),
				centroid: [round(x), round(y)]
			};
		})
	};
}
