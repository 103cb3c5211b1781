import { geoEqualEarth, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import rawWorld from 'world-atlas/countries-110m.json';
import { describe, expect, it } from 'vitest';
import { compactPath } from './compact-path';

/**
 * Rings of absolute points in tenths, read from path data by SVG's own grammar (a number ends where
 * a sign, a second point or a letter begins; a letter once said repeats), with steps of length
 * zero left out, as compactPath leaves them out.
 */
function rings(d: string): [number, number][][] {
	const tokens = d.match(/[A-Za-z]|-?(?:\d+\.?\d*|\.\d+)/g) ?? [];
	const out: [number, number][][] = [];
	let command = '';
	let x = 0;
	let y = 0;
	const next = () => Math.round(Number(tokens.shift()!) * 10);
	while (tokens.length) {
		if (/[A-Za-z]/.test(tokens[0]!)) command = tokens.shift()!;
		if (command === 'Z' || command === 'z') {
			// Closing takes no numbers: one here is malformed (and would never be read).
			if (tokens.length && !/[A-Za-z]/.test(tokens[0]!)) throw new Error(`a number after ${command}: ${tokens[0]}`);
			continue;
		}
		if (command === 'M') out.push([]);
		const [nx, ny] =
			command === 'M' || command === 'L'
				? [next(), next()]
				: command === 'l'
					? [x + next(), y + next()]
					: command === 'h'
						? [x + next(), y]
						: command === 'v'
							? [x, y + next()]
							: [NaN, NaN];
		if (Number.isNaN(nx)) throw new Error(`unread command ${command}`);
		const ring = out[out.length - 1];
		if (command === 'M' || nx !== x || ny !== y) ring.push([nx, ny]);
		// Pairs after a moveto's first are linetos.
		if (command === 'M') command = 'L';
		x = nx;
		y = ny;
	}
	return out;
}

describe('compactPath', () => {
	it('writes steps, h and v, one letter per run, and no separator a sign or a point makes needless', () => {
		expect(compactPath('M1,2L1.4,2.3L8.5,2.3L8.5,0.3L8.5,0.3L7.5,1.3Z')).toBe('M1,2l.4.3h7.1v-2l-1,1z');
		expect(compactPath('M0,0L0.5,0.5L1,1L3,1Z')).toBe('M0,0l.5.5.5.5h2z');
		// A whole number after a point needs its comma; a point after a whole number too.
		expect(compactPath('M10,10L12,10.5L12.5,12Z')).toBe('M10,10l2,.5.5,1.5z');
	});

	it('draws every country of the map through exactly the points of d3’s absolute path', () => {
		const projection = geoEqualEarth().fitExtent(
			[
				[2, 2],
				[718, 351]
			],
			{ type: 'Sphere' }
		);
		const path = geoPath(projection).digits(1);
		const world = rawWorld as unknown as Topology<{ countries: GeometryCollection }>;
		const countries = feature(world, world.objects.countries).features;
		let before = 0;
		let after = 0;
		for (const f of countries) {
			const d = path(f) ?? '';
			const short = compactPath(d);
			expect(rings(short), String(f.id)).toEqual(rings(d));
			before += d.length;
			after += short.length;
		}
		expect(after / before).toBeLessThan(0.65);
	});

	it('refuses commands it does not rewrite, and malformed points', () => {
		expect(() => compactPath('M0,0C1,1,2,2,3,3Z')).toThrow(/unexpected path command "C"/);
		expect(() => compactPath('M0,0L1Z')).toThrow(/expected one point/);
	});
});
