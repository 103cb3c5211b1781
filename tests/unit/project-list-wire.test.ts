/**
 * The project list's file format (src/lib/queries/overview-index/project-list-wire.ts): every value
 * of every column comes back as written (nulls apart from empty text, characters outside the
 * basic plane, numbers), `equals` tells the index's ids from any others, and a damaged file is
 * refused by name.
 */
import { describe, expect, it } from 'vitest';
import { decodeProjectDescriptions, decodeProjectList, describesList, encodeProjectFiles } from '../../src/lib/queries/overview-index/project-list-wire';
import { encodeText, readText } from '../../src/lib/queries/overview-index/text-column';
import { withDescriptions, type ProjectColumnArrays, type ProjectColumns } from '../../src/lib/queries/overview-index/project-list';

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

/** The file's JSON header, and where its arrays begin. */
function headerOf(bytes: Uint8Array) {
	const length = new DataView(bytes.buffer, bytes.byteOffset).getUint32(8, true);
	return { header: JSON.parse(new TextDecoder().decode(bytes.subarray(12, 12 + length))), start: Math.ceil((12 + length) / 4) * 4 };
}

/** The list's file alone, as a page without a search reads it. */
const encodeProjectList = (columns: ProjectColumnArrays) => encodeProjectFiles(columns).list;
/** Both files, joined as a search joins them. */
function read(columns: ProjectColumnArrays) {
	const files = encodeProjectFiles(columns);
	return withDescriptions(decodeProjectList(files.list.slice().buffer), decodeProjectDescriptions(files.descriptions.slice().buffer));
}
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
		expect(read(marked).description?.at(0)).toBe('\ufeffCounting bees');
		expect(read(marked).description?.at(4)).toBe('Καταμέτρηση');
	});

	it('throws on every read of a column whose text does not match its lengths, never a shifted value', () => {
		const bytes = encodeProjectList(written);
		const view = new DataView(bytes.buffer);
		const { header, start } = headerOf(bytes);
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
		new DataView(later.buffer).setUint32(4, 4, true);
		expect(() => decodeProjectList(later.buffer)).toThrow(/version 4, expected 3/);
	});

	it('keeps the descriptions in their own file, each file refusing to be read as the other, and joins only a file of as many rows', () => {
		const files = encodeProjectFiles(written);
		expect(headerOf(files.list).header.text.description).toBeUndefined();
		expect(Object.keys(headerOf(files.descriptions).header.text)).toEqual(['description']);
		expect(decodeProjectList(files.list.slice().buffer).description).toBeUndefined();
		expect(() => decodeProjectList(files.descriptions.slice().buffer)).toThrow(/holds the descriptions, expected the list/);
		expect(() => decodeProjectDescriptions(files.list.slice().buffer)).toThrow(/holds the list, expected the descriptions/);
		const list = decodeProjectList(files.list.slice().buffer);
		const fewer = encodeProjectFiles(Object.fromEntries(Object.entries(written).map(([k, v]) => [k, v.slice(1)])) as ProjectColumnArrays).descriptions;
		expect(() => withDescriptions(list, decodeProjectDescriptions(fewer.slice().buffer))).toThrow(/4 rows for a list of 5 projects/);
		// The same list and descriptions give the same joined columns.
		const descriptions = decodeProjectDescriptions(files.descriptions.slice().buffer);
		expect(withDescriptions(list, descriptions)).toBe(withDescriptions(list, descriptions));
		// Descriptions join only the list they were written with: not another list of as many projects.
		expect(describesList(list, descriptions)).toBe(true);
		const other = encodeProjectFiles({ ...written, project_id: written.project_id.map((id, i) => (i === 4 ? 'e6' : id)) });
		expect(describesList(list, decodeProjectDescriptions(other.descriptions.slice().buffer))).toBe(false);
		expect(describesList(decodeProjectList(other.list.slice().buffer), descriptions)).toBe(false);
		expect(describesList({ ...list, project_id: { length: 5, at: (i: number) => written.project_id[i] } }, descriptions)).toBe(false);
		// A file without the checksum (written before it was) is refused, so the bench writes its files again.
		const rewritten = (change: (header: Record<string, unknown>) => void) => {
			const { header, start } = headerOf(files.descriptions);
			change(header);
			const json = new TextEncoder().encode(JSON.stringify(header));
			const at = Math.ceil((12 + json.length) / 4) * 4;
			const out = new Uint8Array(at + files.descriptions.length - start);
			out.set(files.descriptions.subarray(0, 8));
			new DataView(out.buffer).setUint32(8, json.length, true);
			out.set(json, 12);
			out.set(files.descriptions.subarray(start), at);
			return out.buffer;
		};
		expect(decodeProjectDescriptions(rewritten(() => {})).at(0)).toBe(written.description[0]);
		expect(() => decodeProjectDescriptions(rewritten((header) => delete header.ids))).toThrow(/no checksum of its ids/);
	});

	// A list long enough for many blocks and for repeated values: every value read alone, in any order.
	const many = 1000;
	const long: ProjectColumnArrays = {
		project_id: Array.from({ length: many }, (_, i) => `p${i}`),
		name: Array.from({ length: many }, (_, i) => (i % 7 === 0 ? `Kuşlar 🐝 ${i}` : i % 11 === 0 ? '' : `Project ${i}`)),
		url: Array.from({ length: many }, (_, i) => (i % 5 === 0 ? null : `https://example.org/${i}`)),
		organisation: Array.from({ length: many }, (_, i) => (i % 3 === 0 ? null : `Group ${i % 40}`)),
		description: Array.from({ length: many }, (_, i) => 'é'.repeat(i % 90) + i),
		start_year: Array.from({ length: many }, (_, i) => (i % 9 === 0 ? null : 1990 + (i % 30))),
		end_year: Array.from({ length: many }, () => null),
		status: Array.from({ length: many }, (_, i) => ['active', 'completed', 'unknown'][i % 3]),
		geographic_scale: Array.from({ length: many }, (_, i) => (i % 4 === 0 ? '\ufeffglobal' : 'local'))
	};

	it('reads each value of a long list alone, in any order, as written', () => {
		const back = read(long);
		const rows = Array.from({ length: many }, (_, i) => (i * 389) % many);
		for (const name of Object.keys(long) as (keyof ProjectColumnArrays)[])
			for (const i of rows) expect(back[name]?.at(i), `${name} row ${i}`).toBe(long[name][i]);
		expect(back.project_id.equals?.(long.project_id)).toBe(true);
		expect(back.project_id.equals?.(long.project_id.map((id, i) => (i === 700 ? 'p7000' : id)))).toBe(false);
		expect(back.project_id.equals?.(long.project_id.map((id, i) => (i === 700 ? 'q700' : id)))).toBe(false);
		expect(back.status.equals?.(long.status)).toBe(true);
		expect(back.status.equals?.(long.status.map((s, i) => (i === 998 ? 'active' : s)))).toBe(false);
		// Against another file's column: by their bytes.
		expect(back.project_id.equals?.(read(long).project_id)).toBe(true);
		expect(back.project_id.equals?.(read({ ...long, project_id: long.project_id.map((id, i) => (i === 700 ? 'q700' : id)) }).project_id)).toBe(false);
		expect(back.project_id.equals?.(read({ ...long, project_id: long.project_id.map((id, i) => (i === 700 ? 'p70' : id)) }).project_id)).toBe(false);
		// Against any other column: by its values.
		const column = (values: string[]) => ({ length: values.length, at: (i: number) => values[i] });
		expect(back.project_id.equals?.(column(long.project_id))).toBe(true);
		expect(back.project_id.equals?.(column(long.project_id.map((id, i) => (i === 3 ? 'p03' : id))))).toBe(false);
	});

	it('writes a column of few distinct values as a dictionary, and text as blocks', () => {
		const { header } = headerOf(encodeProjectList(long));
		expect(header.text.status.dictionary).toEqual(['active', 'completed', 'unknown']);
		expect(header.text.geographic_scale.dictionary).toEqual(['\ufeffglobal', 'local']);
		expect(header.text.organisation.dictionary).toHaveLength(41);
		for (const name of ['project_id', 'name', 'url']) expect(header.text[name].dictionary, name).toBeUndefined();
		expect(headerOf(encodeProjectFiles(long).descriptions).header.text.description.dictionary).toBeUndefined();
		// Five projects: a dictionary would not repeat its values enough to pay.
		expect(headerOf(encodeProjectList(written)).header.text.status.dictionary).toBeUndefined();
	});

	it('reads a value from its own block: a damaged block fails alone, and only its reads', () => {
		const bytes = encodeProjectList(long);
		const view = new DataView(bytes.buffer);
		const { header, start } = headerOf(bytes);
		// Row 700's name one character too long: block 10 (rows 640-703) no longer matches its text.
		const at = start + header.text.name.lengths.offset + 700 * 4;
		view.setUint32(at, view.getUint32(at, true) + 1, true);
		const names = decodeProjectList(bytes.buffer as ArrayBuffer).name;
		expect(names.at(3)).toBe(long.name[3]);
		expect(names.at(999)).toBe(long.name[999]);
		expect(() => names.at(650)).toThrow(/block 10 decodes to \d+ characters, its lengths say/);
		expect(() => names.at(700)).toThrow(/block 10/);
		// A code outside its dictionary is refused as the column is opened.
		const codes = bytes.slice();
		codes[start + header.text.status.codes.offset + 5] = 3;
		expect(() => decodeProjectList(codes.buffer)).toThrow(/column status: row 5 has code 3, its dictionary 3 values/);
		// A column with fewer values than rows (the index's ids are sized by nothing else) is refused by name.
		const text = encodeText(['a', 'b', 'c']);
		const short = text.kind === 'text' ? { ...text, lengths: text.lengths.subarray(0, 2) } : text;
		expect(() => readText(3, short, 'ids')).toThrow(/ids: 2 values for 3 rows/);
	});
});
