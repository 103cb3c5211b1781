/** The projected country shapes: `?outlines` is scripts/lib/projected-outlines.ts, run at build time. */
declare module 'world-atlas/countries-110m.json?outlines' {
	// Not relative: an ambient module may only import by a non-relative name.
	import type { ProjectedWorld } from '$lib/charts/world-map/frame';
	const world: ProjectedWorld;
	export default world;
}
