import { describe, expect, it } from 'vitest';
import { pack, typeOf, unpack, type Typed } from '../../src/lib/queries/overview-index/packed-arrays';

/** As the index file places an array: inside a larger buffer, at an offset that is a multiple of 4. */
function roundTrip(a: Typed, deltas = false) {
	const { storage, bytes } = pack(a, { deltas });
	const file = new Uint8Array(8 + bytes.byteLength + 3).fill(0xee);
	file.set(bytes, 8);
	const back = unpack(file.subarray(8, 8 + bytes.byteLength), storage, typeOf(a), a.length, 'test array');
	return { storage, bytes: bytes.byteLength, back };
}

// Seeded, so a failure repeats.
function seeded(seed: number) {
	let s = seed;
	return () => (s = (s * 1103515245 + 12345) >>> 0) / 2 ** 32;
}

describe('packed integer arrays', () => {
	it('stores each array in the fewest bytes its values allow and reads back the same values and type', () => {
		const cases: [Typed, string, number][] = [
			[Uint32Array.from([0, 3, 3, 7, 300]), 'lengths-u16', 8],
			[Uint32Array.from([0, 1, 2, 250, 251]), 'lengths-u8', 4],
			[Uint32Array.from([5, 0, 255, 7]), 'u8', 4],
			[Uint32Array.from([5, 0, 65535]), 'u16', 6],
			[Uint32Array.from([1, 2 ** 31 + 5, 0]), 'plain', 12],
			[Int32Array.from([-1, 2026, 1990]), 'i16', 6],
			[Int32Array.from([9999, 0, 12]), 'u16', 6],
			[Int32Array.from([-40000, 5]), 'plain', 8],
			[Uint8Array.from([0, 1, 255]), 'plain', 3],
			[new Uint32Array(0), 'u8', 0]
		];
		for (const [a, storage, bytes] of cases) {
			const got = roundTrip(a);
			expect({ values: [...a], storage, bytes }).toEqual({ values: [...got.back], storage: got.storage, bytes: got.bytes });
			expect(got.back.constructor).toBe(a.constructor);
		}
	});

	it('stores project numbers as differences, mostly a byte each, whatever their order', () => {
		const random = seeded(7);
		// Ascending runs, as links are grouped by listing and strength, with jumps back between them,
		// a few out of order, repeats, and the extremes of 32 bits.
		const values: number[] = [];
		for (let run = 0; run < 40; run++) {
			let p = Math.floor(random() * 50);
			for (let k = 0; k < 500; k++) values.push((p += Math.floor(random() * 60)));
			values.push(Math.floor(random() * 1000), p);
		}
		values.push(0, 2 ** 32 - 1, 0, 2 ** 31, 2 ** 31 - 1);
		const a = Uint32Array.from(values);
		const got = roundTrip(a, true);
		expect(got.storage).toBe('deltas');
		expect([...got.back]).toEqual(values);
		expect(got.back).toBeInstanceOf(Uint32Array);
		expect(got.bytes).toBeLessThan(a.length * 1.2);
		const signed = Int32Array.from([-5, 7, -(2 ** 31), 2 ** 31 - 1, 0]);
		expect([...roundTrip(signed, true).back]).toEqual([...signed]);
	});

	it('refuses bytes that do not hold the values, naming the array', () => {
		const { bytes } = pack(Uint32Array.from([1, 200, 3]), { deltas: true });
		expect(() => unpack(bytes.slice(0, bytes.length - 1), 'deltas', 'u32', 3, 'linkProject')).toThrow(/linkProject: cut short or malformed at value 2 of 3/);
		expect(() => unpack(Uint8Array.from([...bytes, 4]), 'deltas', 'u32', 3, 'linkProject')).toThrow(/linkProject: 1 bytes left over after 3 values/);
		expect(() => unpack(new Uint8Array(6), 'plain', 'u32', 2, 'startYear')).toThrow(/startYear: 6 bytes where 8 were expected/);
		expect(() => unpack(new Uint8Array(3), 'lengths-u8', 'u32', 5, 'countriesStart')).toThrow(/countriesStart: 3 bytes where 4/);
		expect(() => unpack(new Uint8Array(6), 'zstd' as never, 'u32', 2, 'topicsValues')).toThrow(/topicsValues: stored as "zstd"/);
		expect(() => unpack(new Uint8Array(8), 'plain', 'f64' as never, 1, 'endYear')).toThrow(/endYear: of type "f64"/);
		expect(() => unpack(new Uint8Array(12).subarray(2, 10), 'plain', 'u32', 2, 'goalsRank1')).toThrow(/goalsRank1: not placed at a multiple of 4/);
		// A fifth byte with more than the top 4 of 32 bits, and a value past the bound.
		expect(() => unpack(Uint8Array.from([0xff, 0xff, 0xff, 0xff, 0x1f]), 'deltas', 'u32', 1, 'linkProject')).toThrow(
			/linkProject: cut short or malformed at value 0/
		);
		expect([...unpack(Uint8Array.from([0xfe, 0xff, 0xff, 0xff, 0x0f]), 'deltas', 'u32', 1, 'linkProject')]).toEqual([2 ** 31 - 1]);
		expect(() => unpack(pack(Uint32Array.from([3, 9, 10]), { deltas: true }).bytes, 'deltas', 'u32', 3, 'linkProject', { below: 10 })).toThrow(
			/linkProject: value 2, 10, is not below 10/
		);
	});
});
