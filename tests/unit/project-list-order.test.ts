// The directory's sort by a number (start year, goals, countries) counts keys into buckets when
// they are whole numbers in a short range; it must order exactly as the comparison it replaces:
// key ascending or descending, nulls last either way, ties in the found order.
import { describe, expect, it } from 'vitest';
import { byKey, type Found } from '../../src/lib/queries/overview-index/project-list';

const foundOf = (n: number): Found => ({ p: Int32Array.from({ length: n }, (_, k) => k), i: Int32Array.from({ length: n }, (_, k) => k), n });

/** The plain sort: ORDER BY key (ASC or DESC) NULLS LAST, then the found order. */
function expected(keys: (number | null)[], sign: number): number[] {
	return keys
		.map((key, k) => ({ key, k }))
		.sort((a, b) => {
			if (a.key === b.key) return a.k - b.k;
			if (a.key === null) return 1;
			if (b.key === null) return -1;
			return sign * (a.key - b.key) || a.k - b.k;
		})
		.map((e) => e.k);
}

function random(seed: number) {
	let s = seed;
	return () => (s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
}

describe('byKey (the project directory sorted by a number)', () => {
	const cases: Record<string, (number | null)[]> = {
		empty: [],
		'one project': [2001],
		'every key null': [null, null, null],
		'ties and nulls': [3, null, 1, 3, null, 2, 1, 3],
		'negative and zero': [0, -5, 7, -5, null, 0],
		'a span wider than the buckets (compared instead)': [0, 2 ** 21, 5, null, 2 ** 21, 0],
		'the widest span counted': [2 ** 20 - 1, 0, null, 7, 0, 2 ** 20 - 1],
		'one wider (compared)': [2 ** 20, 0, null, 7, 0, 2 ** 20],
		'fractions (compared instead)': [1.5, 0.5, null, 1.5, 2]
	};
	for (const [label, keys] of Object.entries(cases))
		it(`orders ${label} as the plain sort, both ways`, () => {
			for (const sign of [1, -1]) expect(Array.from(byKey(foundOf(keys.length), (k) => keys[k], sign)), `sign ${sign}`).toEqual(expected(keys, sign));
		});

	it('orders many random years, counts and nulls as the plain sort', () => {
		const rnd = random(7);
		for (let run = 0; run < 20; run++) {
			const n = 1 + Math.floor(rnd() * 2000);
			const range = [3, 17, 70, 400][run % 4];
			const keys = Array.from({ length: n }, () => (rnd() < 0.1 ? null : 1950 + Math.floor(rnd() * range)));
			for (const sign of [1, -1]) expect(Array.from(byKey(foundOf(n), (k) => keys[k], sign))).toEqual(expected(keys, sign));
		}
	});
});
