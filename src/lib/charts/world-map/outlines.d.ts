/** The projected country shapes: `?outlines` is scripts/lib/projected-outlines.ts, run at build time. */
declare module 'world-atlas/countries-110m.json?outlines' {
	import type { ProjectedWorld } from './frame';
	const world: ProjectedWorld;
	export default world;
}
