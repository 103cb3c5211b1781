/**
 * Country shapes: Natural Earth 1:110m from the `world-atlas` package, bundled with the app (no
 * map tiles or shapes from another host). Features carry their ISO 3166-1 numeric code, which is
 * the UN M49 code of the countries table.
 */
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import world from 'world-atlas/countries-110m.json';

export type CountryFeature = Feature<Geometry, { name: string }> & { id?: string };

const topology = world as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
export const countries = (feature(topology, topology.objects.countries) as FeatureCollection<Geometry, { name: string }>).features as CountryFeature[];

/** The outline of the globe, for the map's background. */
export const sphere = { type: 'Sphere' } as const;
