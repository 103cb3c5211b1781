/**
 * `world-atlas/countries-110m.json?outlines` reaches the app as the projected map
 * (src/lib/charts/world-map/projection.ts): each country's path and centroid, computed once here
 * instead of in every visitor's browser at every map page's start.
 */
import type { Plugin } from 'vite';
import { projectWorld } from '../../src/lib/charts/world-map/projection.ts';

const outlinesOf = /\/world-atlas\/countries-110m\.json\?outlines$/;

export function projectedOutlines(): Plugin {
	return {
		name: 'projected-outlines',
		enforce: 'pre',
		// JSON in, a JavaScript module out, said so: the JSON plugin, which runs later, then leaves it be.
		transform(code, id) {
			if (!outlinesOf.test(id)) return null;
			return { code: `export default JSON.parse(${JSON.stringify(JSON.stringify(projectWorld(JSON.parse(code))))});`, map: null, moduleType: 'js' };
		}
	};
}
