/**
 * Country shapes: Natural Earth 1:110m from the `world-atlas` package, bundled with the app (no
 * map tiles or shapes from another host), projected at build time (projection.ts; the import's
 * `?outlines` is scripts/lib/projected-outlines.ts). Each outline carries its ISO 3166-1 numeric
 * code, which is the UN M49 code of the countries table.
 */
import world from 'world-atlas/countries-110m.json?outlines';
import type { ProjectedWorld } from './frame';

export { frame, type Outline } from './frame';

/** Each country's outline and the globe's, in `frame` coordinates. */
export const outlines = (): ProjectedWorld => world;

/** The M49 codes the map draws (small countries and territories are left out at this scale). */
export const drawnCodes: ReadonlySet<string> = new Set(world.outlines.flatMap((o) => (o.m49 ? [o.m49] : [])));

/** Where a country's tooltip goes, in `frame` coordinates; null for a country the map does not draw. */
export const centroidOf = (m49: string): [number, number] | null => world.outlines.find((o) => o.m49 === m49)?.centroid ?? null;
