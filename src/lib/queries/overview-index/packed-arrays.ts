/**
 * Integer arrays stored in fewer bytes than they are used in, for the build's index file. What a
 * page costs before it can answer grows with the bytes it receives, on the wire and after
 * decompression (bench/README, 5 December): at a million links the index's link projects were
 * 4.5 MB of unsigned 32-bit numbers that gzip could only bring to 3.0 MB, and its per-project
 * starts and lists held numbers below 256 in four bytes each. Each array is stored one of these ways,
 * chosen by its values, and widened back to the array the code uses:
 * - `plain`: as it is;
 * - `u8`, `u16`, `i16`: every value fits the narrower type;
 * - `lengths-u8`, `lengths-u16`: a starts array (0, then ascending offsets) as the lengths between them;
 * - `deltas`: each value's difference from the one before, zigzag-encoded in LEB128 varints (one
 *   byte for a difference below 64 either way). For lists of project numbers that mostly ascend.
 */
export type ArrayType = 'i32' | 'u32' | 'u8';
export type Typed = Int32Array | Uint32Array | Uint8Array;
export type Storage = 'plain' | 'u8' | 'u16' | 'i16' | 'lengths-u8' | 'lengths-u16' | 'deltas';

export const typeOf = (a: Typed): ArrayType => (a instanceof Int32Array ? 'i32' : a instanceof Uint32Array ? 'u32' : 'u8');
const constructors = { i32: Int32Array, u32: Uint32Array, u8: Uint8Array } as const;
const bytesOf = (a: ArrayLike<number> & { buffer: ArrayBufferLike; byteOffset: number; byteLength: number }) =>
	new Uint8Array(a.buffer, a.byteOffset, a.byteLength);

function range(a: Typed): [number, number] {
	let min = 0;
	let max = 0;
	for (let i = 0; i < a.length; i++) {
		if (a[i] < min) min = a[i];
		if (a[i] > max) max = a[i];
	}
	return [min, max];
}

function isStarts(a: Typed): boolean {
	if (a.length === 0 || a[0] !== 0) return false;
	for (let i = 1; i < a.length; i++) if (a[i] < a[i - 1]) return false;
	return true;
}

/** The smallest way to store `a` (`deltas` only when asked: it costs a pass to read back). */
export function pack(a: Typed, { deltas = false } = {}): { storage: Storage; bytes: Uint8Array } {
	if (a instanceof Uint8Array) return { storage: 'plain', bytes: a };
	if (deltas) return { storage: 'deltas', bytes: encodeDeltas(a) };
	if (a instanceof Uint32Array && a.length > 1 && isStarts(a)) {
		const lengths = a.subarray(1).map((v, i) => v - a[i]);
		const [, longest] = range(lengths);
		if (longest <= 0xff) return { storage: 'lengths-u8', bytes: Uint8Array.from(lengths) };
		if (longest <= 0xffff) return { storage: 'lengths-u16', bytes: bytesOf(Uint16Array.from(lengths)) };
	}
	const [min, max] = range(a);
	if (min >= 0 && max <= 0xff) return { storage: 'u8', bytes: Uint8Array.from(a) };
	if (min >= 0 && max <= 0xffff) return { storage: 'u16', bytes: bytesOf(Uint16Array.from(a)) };
	if (a instanceof Int32Array && min >= -0x8000 && max <= 0x7fff) return { storage: 'i16', bytes: bytesOf(Int16Array.from(a)) };
	return { storage: 'plain', bytes: bytesOf(a) };
}

/**
 * The array of `type` and `length` that `bytes` store. `bytes` must start 4-byte aligned within
 * their buffer (the index file places every array so).
 * @throws naming `what` when the bytes do not hold `length` values
 */
export function unpack(bytes: Uint8Array, storage: Storage, type: ArrayType, length: number, what: string, { below = Infinity } = {}): Typed {
	if (!Object.hasOwn(constructors, type)) throw new Error(`${what}: of type "${String(type)}", which this version cannot read`);
	const Out = constructors[type];
	const want = (n: number) => {
		if (bytes.byteLength !== n) throw new Error(`${what}: ${bytes.byteLength} bytes where ${n} were expected`);
		if (bytes.byteOffset % 4 !== 0) throw new Error(`${what}: not placed at a multiple of 4 bytes`);
	};
	switch (storage) {
		case 'plain':
			want(length * Out.BYTES_PER_ELEMENT);
			return new Out(bytes.buffer as ArrayBuffer, bytes.byteOffset, length);
		case 'u8':
			want(length);
			return new Out(bytes);
		case 'u16':
			want(length * 2);
			return new Out(new Uint16Array(bytes.buffer, bytes.byteOffset, length));
		case 'i16':
			want(length * 2);
			return new Out(new Int16Array(bytes.buffer, bytes.byteOffset, length));
		case 'lengths-u8':
		case 'lengths-u16': {
			const n = Math.max(0, length - 1);
			want(storage === 'lengths-u8' ? n : n * 2);
			const lengths = storage === 'lengths-u8' ? bytes : new Uint16Array(bytes.buffer, bytes.byteOffset, n);
			const out = new Out(length);
			for (let i = 1; i < length; i++) out[i] = out[i - 1] + lengths[i - 1];
			return out;
		}
		case 'deltas':
			return decodeDeltas(bytes, new Out(length), what, below);
		default:
			throw new Error(`${what}: stored as "${String(storage)}", which this version cannot read`);
	}
}

function encodeDeltas(a: Typed): Uint8Array {
	const out = new Uint8Array(a.length * 5);
	let at = 0;
	let previous = 0;
	for (let i = 0; i < a.length; i++) {
		const d = (a[i] - previous) | 0;
		previous = a[i];
		let z = ((d << 1) ^ (d >> 31)) >>> 0;
		while (z > 0x7f) {
			out[at++] = (z & 0x7f) | 0x80;
			z >>>= 7;
		}
		out[at++] = z;
	}
	return out.slice(0, at);
}

/** `below`: every value must be under it (a damaged byte shifts every value after it). */
function decodeDeltas<T extends Typed>(bytes: Uint8Array, out: T, what: string, below: number): T {
	let at = 0;
	let previous = 0;
	for (let i = 0; i < out.length; i++) {
		let z = 0;
		let shift = 0;
		let b: number;
		do {
			if (at >= bytes.length || shift > 28) throw new Error(`${what}: cut short or malformed at value ${i} of ${out.length}`);
			b = bytes[at++];
			// A fifth byte holds the top 4 of 32 bits: more is not a 32-bit number.
			if (shift === 28 && b > 0x0f) throw new Error(`${what}: cut short or malformed at value ${i} of ${out.length}`);
			z |= (b & 0x7f) << shift;
			shift += 7;
		} while (b & 0x80);
		z >>>= 0;
		previous = (previous + ((z >>> 1) ^ -(z & 1))) | 0;
		out[i] = previous;
		if (out[i] >= below) throw new Error(`${what}: value ${i}, ${out[i]}, is not below ${below}`);
	}
	if (at !== bytes.length) throw new Error(`${what}: ${bytes.length - at} bytes left over after ${out.length} values`);
	return out;
}
