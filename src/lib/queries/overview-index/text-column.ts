/**
 * A text column of a build file (the project list's columns: project-list-wire.ts; the index's
 * project ids: wire.ts), written so that reading one value costs about as much as the value, not
 * the column:
 * - few distinct values (a status, a geographic scale): a dictionary and a one-byte code per row;
 * - otherwise every value as one UTF-8 run, each value's length in UTF-16 units, and the byte
 *   offset of every BLOCK-th value, so a value is read by decoding its block of BLOCK values.
 * Why: at 1.3 million projects, decoding a whole column took 70-240 ms in Node (1.7 s for the six
 * a goal page reads, in the page), to show 50 rows.
 */
import type { Column } from './column';

/** Values per decoded block: a read decodes up to this many values' bytes (a few kilobytes). */
export const BLOCK = 64;
/** Codes are one byte: a column with more distinct values is written as text. */
const DICTIONARY_MAX = 256;

export type EncodedText =
	| { kind: 'dictionary'; dictionary: (string | null)[]; codes: Uint8Array }
	| { kind: 'text'; lengths: Uint32Array; checkpoints: Uint32Array; utf8: Uint8Array; nulls: Uint8Array | null };

/** `dictionary: false` for values known to be unique (ids): always text. */
export function encodeText(values: readonly (string | null)[], { dictionary = true } = {}): EncodedText {
	const distinct = new Map<string | null, number>();
	for (const v of values) {
		if (!distinct.has(v)) distinct.set(v, distinct.size);
		if (distinct.size > DICTIONARY_MAX) break;
	}
	// A dictionary only pays when values repeat: ids and names of a small list stay text.
	if (dictionary && distinct.size <= DICTIONARY_MAX && distinct.size * 4 <= values.length)
		return { kind: 'dictionary', dictionary: [...distinct.keys()], codes: Uint8Array.from(values, (v) => distinct.get(v)!) };
	const encoder = new TextEncoder();
	const blocks = Math.ceil(values.length / BLOCK);
	const checkpoints = new Uint32Array(blocks + 1);
	const parts: Uint8Array[] = [];
	for (let b = 0; b < blocks; b++) {
		parts.push(encoder.encode(values.slice(b * BLOCK, (b + 1) * BLOCK).join('')));
		checkpoints[b + 1] = checkpoints[b] + parts[b].length;
	}
	const utf8 = new Uint8Array(checkpoints[blocks]);
	parts.forEach((part, b) => utf8.set(part, checkpoints[b]));
	return {
		kind: 'text',
		lengths: Uint32Array.from(values, (v) => v?.length ?? 0),
		checkpoints,
		utf8,
		nulls: values.includes(null) ? Uint8Array.from(values, (v) => (v === null ? 1 : 0)) : null
	};
}

/** @throws when the parts do not fit together (a damaged file), naming what does not */
export function readText(rows: number, encoded: EncodedText, what: string): Column<string | null> {
	// Checked here, for every file that keeps text this way (the index's arrays are not sized by their reader).
	const perRow = encoded.kind === 'dictionary' ? encoded.codes : encoded.lengths;
	if (perRow.length !== rows || (encoded.kind === 'text' && encoded.nulls && encoded.nulls.length !== rows))
		throw new Error(`${what}: ${perRow.length} values for ${rows} rows`);
	if (encoded.kind === 'dictionary') {
		const { dictionary, codes } = encoded;
		for (let i = 0; i < rows; i++)
			if (codes[i] >= dictionary.length) throw new Error(`${what}: row ${i} has code ${codes[i]}, its dictionary ${dictionary.length} values`);
		return {
			length: rows,
			at: (row) => (row < 0 || row >= rows ? undefined : dictionary[codes[row]]),
			equals(other) {
				if (other.length !== rows) return false;
				for (let i = 0; i < rows; i++) if (other.at(i) !== dictionary[codes[i]]) return false;
				return true;
			}
		};
	}
	const { lengths, checkpoints, utf8, nulls } = encoded;
	const blocks = Math.ceil(rows / BLOCK);
	if (checkpoints.length !== blocks + 1 || checkpoints[0] !== 0 || checkpoints[blocks] !== utf8.length)
		throw new Error(`${what}: its block offsets do not cover its text`);
	for (let b = 0; b < blocks; b++) if (checkpoints[b + 1] < checkpoints[b]) throw new Error(`${what}: block ${b + 1} starts before block ${b}`);
	// ignoreBOM: a block that begins with U+FEFF keeps it (the default decoder drops it).
	const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
	const decoded: (string | undefined)[] = new Array(blocks);
	// Checked before it is kept: a block that fails throws on every read, never answers shifted values.
	const block = (b: number): string => {
		const known = decoded[b];
		if (known !== undefined) return known;
		const text = decoder.decode(utf8.subarray(checkpoints[b], checkpoints[b + 1]));
		let expected = 0;
		for (let i = b * BLOCK; i < Math.min(rows, (b + 1) * BLOCK); i++) expected += lengths[i];
		if (text.length !== expected) throw new Error(`${what}: block ${b} decodes to ${text.length} characters, its lengths say ${expected}`);
		return (decoded[b] = text);
	};
	const value = (row: number): string => {
		const b = Math.floor(row / BLOCK);
		let start = 0;
		for (let i = b * BLOCK; i < row; i++) start += lengths[i];
		return block(b).slice(start, start + lengths[row]);
	};
	const column: Column<string | null> = {
		length: rows,
		at: (row) => (row < 0 || row >= rows ? undefined : nulls?.[row] ? null : value(row)),
		equals(other) {
			if (other.length !== rows || nulls) return false;
			// Another column of a file, written alike (the index's ids and the list's): the same bytes, the same values.
			const theirs = files.get(other);
			if (theirs?.kind === 'text')
				return sameBytes(theirs.lengths, lengths) && sameBytes(theirs.checkpoints, checkpoints) && sameBytes(theirs.utf8, utf8) && !theirs.nulls;
			// Values: equal lengths row by row and equal text block by block, without a string per row.
			const values = Array.isArray(other) ? (other as readonly (string | null)[]) : Array.from({ length: rows }, (_, i) => other.at(i));
			for (let i = 0; i < rows; i++) if (values[i]?.length !== lengths[i]) return false;
			for (let b = 0; b < blocks; b++) if (block(b) !== values.slice(b * BLOCK, (b + 1) * BLOCK).join('')) return false;
			return true;
		}
	};
	files.set(column, encoded);
	return column;
}

/** The encoding each column of a file was read from, so two such columns compare by their bytes. */
const files = new WeakMap<Column<string | null>, EncodedText>();

function sameBytes(a: ArrayBufferView, b: ArrayBufferView): boolean {
	if (a.byteLength !== b.byteLength) return false;
	const x = new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
	const y = new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
	for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return false;
	return true;
}
