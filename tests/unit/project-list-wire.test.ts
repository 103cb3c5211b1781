/**
 * The project list's file format (src/lib/queries/overview-index/project-list-wire.ts): every value
 * of every column comes back as written (nulls apart from empty text, characters outside the
 * basic plane, numbers), `equals` tells the index's ids from any others, and a damaged file is
 * refused by name.
 */
import { describe, expect, it } from 'vitest';
import { decodeProjectList, encodeProjectList } from '../../src/lib/queries/overview-index/project-list-wire';
import type { ProjectColumnArrays, ProjectColumns } from '../../src/lib/queries/overview-index/project-list';

const written: ProjectColumnArrays = {
	project_id: ['a1', 'b22', 'İstanbul-3', '🐝-4', 'e5'],
	name: ['Bees', '', 'İzmir Kuşları', 'Abeilles 🐝 en ville', 'Σ ΟΔΟΣ'],
	url: ['https://example.org/bees', null, '', 'https://example.org/🐝', null],
	organisation: [null, null, 'Doğa Derneği', 'Ville de Paris', 'Ομάδα'],
	description: ['Counting bees.\nTwo lines, "quoted", a tab\there.', '', null, 'x'.repeat(70_000), 'Καταμέτρηση'],
	start_year: [2001, null, -1, 2024, 0],
	end_year: [null, null, 2030, 2024, 9999],
	status: ['active', 'completed', 'active', 'unknown', ''],
	geographic_scale: ['local', 'global', 'national', 'regional', 'local']
};

const read = (columns: ProjectColumnArrays) => decodeProjectList(encodeProjectList(columns).slice().buffer);
const valuesOf = (columns: ProjectColumns) =>
	Object.fromEntries(Object.entries(columns).map(([name, column]) => [name, Array.from({ length: column.length }, (_, i) => column.at(i))]));

describe('the project list file', () => {
	it('gives back every value as written, nulls apart from empty text', () => {
		const back = read(written);
		expect(valuesOf(back)).toEqual(written);
		expect(back.url.at(1)).toBeNull();
		expect(back.url.at(2)).toBe('');
		expect(back.name.at(5)).toBeUndefined();
		expect(back.start_year.at(-1)).toBeUndefined();
	});

	it('keeps a first value that begins with a byte order mark', () => {
		const marked = { ...written, description: ['\ufeffCounting bees', ...written.description.slice(1)] };
		expect(read(marked).description.at(0)).toBe('\ufeffCounting bees');
		expect(read(marked).description.at(4)).toBe('Καταμέτρηση');
	});

	it('throws on every read of a column whose text does not match its lengths, never a shifted value', () => {
		const bytes = encodeProjectList(written);
		const view = new DataView(bytes.buffer);
		const header = JSON.parse(new TextDecoder().decode(bytes.subarray(12, 12 + view.getUint32(8, true))));
		const start = Math.ceil((12 + view.getUint32(8, true)) / 4) * 4;
		// The name column's first length, one too long.
		const at = start + header.text.name.lengths.offset;
		view.setUint32(at, view.getUint32(at, true) + 1, true);
		const names = decodeProjectList(bytes.buffer as ArrayBuffer).name;
		expect(() => names.at(2)).toThrow(/decodes to \d+ characters, its lengths say/);
		expect(() => names.at(2)).toThrow(/decodes to/);
	});

	it('reads an empty list', () => {
		const empty = Object.fromEntries(Object.keys(written).map((k) => [k, []])) as unknown as ProjectColumnArrays;
		expect(valuesOf(read(empty))).toEqual(empty);
	});

	it('tells the same ids in the same order from any others', () => {
		const ids = read(written).project_id;
		expect(ids.equals?.(written.project_id)).toBe(true);
		expect(ids.equals?.([...written.project_id].reverse())).toBe(false);
		// Same joined text, cut elsewhere.
		expect(ids.equals?.(['a1b', '22', 'İstanbul-3', '🐝-4', 'e5'])).toBe(false);
		expect(ids.equals?.(['a1', 'b22', 'İstanbul-3', '🐝-4', 'e6'])).toBe(false);
		expect(ids.equals?.(written.project_id.slice(1))).toBe(false);
	});

	it('refuses what it cannot write, and a damaged file, by name', () => {
		expect(() => encodeProjectList({ ...written, end_year: [1, 2, 3, 4.5, 5] })).toThrow(/end_year 4.5 is not a 32-bit whole number/);
		expect(() => encodeProjectList({ ...written, name: ['one'] })).toThrow(/column name has 1 values for 5 projects/);
		expect(() => decodeProjectList(new TextEncoder().encode('{"project_id":[]}').buffer)).toThrow(/not a project list file/);
		const bytes = encodeProjectList(written);
		expect(() => decodeProjectList(bytes.slice(0, bytes.length - 8).buffer)).toThrow(/cut short/);
		const later = bytes.slice();
		new DataView(later.buffer).setUint32(4, 2, true);
		expect(() => decodeProjectList(later.buffer)).toThrow(/version 2, expected 1/);
	});
});
