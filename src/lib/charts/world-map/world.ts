/**
 * Country shapes: Natural Earth 1:110m from the `world-atlas` package, bundled with the app (no
 * map tiles or shapes from another host). Features carry their ISO 3166-1 numeric code, which is
 * the UN M49 code of the countries table.
 */
import { geoEqualEarth, geoPath } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import world from 'world-atlas/countries-110m.json';

export type CountryFeature = Feature<Geometry, { name: string }> & { id?: string };

const topology = world as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
export const countries = (feature(topology, topology.objects.countries) as FeatureCollection<Geometry, { name: string }>).features as CountryFeature[];

/** The outline of the globe, for the map's background. */
export const sphere = { type: 'Sphere' } as const;

/**
 * The map is projected once, into a fixed frame, and scaled to its width by the drawing's own
 * viewBox: projecting the 177 outlines takes about 75 ms on two cores, and doing it at each width
 * (the prerendered 720 px, then the page's real width as soon as it is measured) held up the
 * page's start by that much twice.
 */
export const frame = { width: 720, height: Math.round(720 * 0.49) } as const;
const projection = geoEqualEarth().fitExtent(
	[
		[2, 2],
		[frame.width - 2, frame.height - 2]
	],
	sphere
);
const path = geoPath(projection);

export interface Outline {
	id: string;
	m49: string | undefined;
	d: string;
}

let projected: { outlines: Outline[]; sphere: string } | null = null;
/** Each country's outline and the globe's, in `frame` coordinates: computed on first use, then kept. */
export function outlines(): { outlines: Outline[]; sphere: string } {
	projected ??= {
		outlines: countries.map((f) => ({ id: f.id ?? f.properties.name, m49: f.id, d: path(f) ?? '' })),
		sphere: path(sphere) ?? ''
	};
	return projected;
}

/** Where a country's label or tooltip goes, in `frame` coordinates. */
export const centroidOf = (f: CountryFeature): [number, number] => path.centroid(f);
