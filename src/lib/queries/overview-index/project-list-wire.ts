/**
 * The build's project list as two binary files that the browser reads as it is asked, without a
 * JSON parse: each a short JSON header, then per column its text (text-column.ts: a dictionary and
 * codes, or UTF-8 read a block of values at a time) or its numbers (an Int32Array with a null
 * mask when it has nulls); every array 4-byte aligned. A page of 50 projects decodes the blocks
 * of its 50 rows, not the names of the other million. At 1.3 million projects the JSON
 * form was 210 MB that the page parsed whole (2.8 s in Node) before it could answer, and version 1
 * of this file decoded each text column whole on its first read (1.7 s for a goal page's rows).
 *
 * The descriptions have a file of their own: only a search reads them, and they are most of the
 * list's bytes (on the embedded data 46 of its 83 KB with brotli), which a goal page and the
 * directory's pages would otherwise download and hold (bench/README, 5 December).
 */
import type { Column } from './column';
import type { ProjectColumnArrays, ProjectColumns } from './project-list';
import { encodeText, readText, type EncodedText } from './text-column';

// CSPL, version 3: a part of the columns of ProjectColumns, named in the header, text by blocks
// or dictionaries. Another version is refused, and the database answers.
const magic = 'CSPL';
const version = 3;
const partColumns = {
	list: { text: ['project_id', 'name', 'url', 'organisation', 'status', 'geographic_scale'], numbers: ['start_year', 'end_year'] },
	descriptions: { text: ['description'], numbers: [] }
} as const;
type Part = keyof typeof partColumns;
type TextColumn = (typeof partColumns)[Part]['text'][number];
type NumberColumn = (typeof partColumns)['list']['numbers'][number];

interface Placed {
	offset: number;
	bytes: number;
}
type PlacedText = { dictionary: (string | null)[]; codes: Placed } | { lengths: Placed; checkpoints: Placed; utf8: Placed; nulls: Placed | null };
interface Header {
	part: Part;
	rows: number;
	/** The list's ids, as a checksum (idsStamp): the descriptions join only the list they were written with. */
	ids: number;
	text: Record<string, PlacedText>;
	numbers: Record<string, { values: Placed; nulls: Placed | null }>;
}

const align = (n: number) => Math.ceil(n / 4) * 4;
const bytesOf = (a: Uint32Array | Int32Array | Uint8Array) => new Uint8Array(a.buffer, a.byteOffset, a.byteLength);

/** The list's two files: every column but the descriptions, and the descriptions. */
export function encodeProjectFiles(columns: ProjectColumnArrays): Record<Part, Uint8Array> {
	return { list: encodePart(columns, 'list'), descriptions: encodePart(columns, 'descriptions') };
}

function encodePart(columns: ProjectColumnArrays, part: Part): Uint8Array {
	const rows = columns.project_id.length;
	const parts: { at: number; bytes: Uint8Array }[] = [];
	let end = 0;
	const place = (bytes: Uint8Array): Placed => {
		const at = end;
		parts.push({ at, bytes });
		end = align(end + bytes.byteLength);
		return { offset: at, bytes: bytes.byteLength };
	};
	const nullsOf = (values: readonly unknown[]) => (values.includes(null) ? place(Uint8Array.from(values, (v) => (v === null ? 1 : 0))) : null);
	const counted = (name: string, values: readonly unknown[]) => {
		if (values.length !== rows) throw new Error(`project list: column ${name} has ${values.length} values for ${rows} projects`);
		return values;
	};
	const header: Header = { part, rows, ids: idsStamp(columns.project_id), text: {}, numbers: {} };
	for (const name of partColumns[part].text) {
		const values = counted(name, columns[name]) as readonly (string | null)[];
		const text = encodeText(values);
		header.text[name] =
			text.kind === 'dictionary'
				? { dictionary: text.dictionary, codes: place(text.codes) }
				: {
						lengths: place(bytesOf(text.lengths)),
						checkpoints: place(bytesOf(text.checkpoints)),
						utf8: place(text.utf8),
						nulls: text.nulls && place(text.nulls)
					};
	}
	for (const name of partColumns[part].numbers as readonly NumberColumn[]) {
		const values = counted(name, columns[name]) as readonly (number | null)[];
		for (const v of values)
			if (v !== null && !(Number.isInteger(v) && Math.abs(v) < 2 ** 31)) throw new Error(`project list: ${name} ${v} is not a 32-bit whole number`);
		header.numbers[name] = { values: place(bytesOf(Int32Array.from(values, (v) => v ?? 0))), nulls: nullsOf(values) };
	}
	const json = new TextEncoder().encode(JSON.stringify(header));
	const start = align(12 + json.length);
	const out = new Uint8Array(start + end);
	out.set(new TextEncoder().encode(magic), 0);
	new DataView(out.buffer).setUint32(4, version, true);
	new DataView(out.buffer).setUint32(8, json.length, true);
	out.set(json, 12);
	for (const { at, bytes } of parts) out.set(bytes, start + at);
	return out;
}

/** FNV-1a over the ids' characters, each id ended by a zero. */
function idsStamp(ids: readonly string[]): number {
	let hash = 0x811c9dc5;
	for (const id of ids) {
		for (let k = 0; k <= id.length; k++) hash = Math.imul(hash ^ (k < id.length ? id.charCodeAt(k) : 0), 0x01000193);
	}
	return hash >>> 0;
}

/** Each decoded file's ids stamp, by its id column (the list) or its description column. */
const stamps = new WeakMap<Column<unknown>, number>();

/** Whether these descriptions were written with this list (both decoded from the build's files). */
export function describesList(list: ProjectColumns, descriptions: Column<string | null>): boolean {
	const stamp = stamps.get(list.project_id);
	return stamp !== undefined && stamp === stamps.get(descriptions);
}

/**
 * The list's file: every column but the descriptions (`description` left out).
 * @throws when the bytes are not a project list of this version, or are cut short, naming what is wrong
 */
export function decodeProjectList(buffer: ArrayBuffer): ProjectColumns {
	const { text, numbers, ids } = decodePart(buffer, 'list');
	const projectIds = text('project_id') as Column<string>;
	stamps.set(projectIds, ids);
	return {
		project_id: projectIds,
		name: text('name') as Column<string>,
		url: text('url'),
		organisation: text('organisation'),
		start_year: numbers('start_year'),
		end_year: numbers('end_year'),
		status: text('status') as Column<string>,
		geographic_scale: text('geographic_scale') as Column<string>
	};
}

/**
 * The descriptions' file (project-list.ts, withDescriptions, joins it to the list).
 * @throws as decodeProjectList
 */
export function decodeProjectDescriptions(buffer: ArrayBuffer): Column<string | null> {
	const { text, ids } = decodePart(buffer, 'descriptions');
	const descriptions = text('description');
	stamps.set(descriptions, ids);
	return descriptions;
}

/** @throws when the bytes are not this part of a project list of this version, or are cut short, naming what is wrong */
function decodePart(buffer: ArrayBuffer, part: Part) {
	if (buffer.byteLength < 12 || new TextDecoder().decode(new Uint8Array(buffer, 0, 4)) !== magic)
		throw new Error(`not a project list file (expected ${magic})`);
	const view = new DataView(buffer);
	if (view.getUint32(4, true) !== version) throw new Error(`project list file of version ${view.getUint32(4, true)}, expected ${version}`);
	const length = view.getUint32(8, true);
	if (12 + length > buffer.byteLength) throw new Error('project list file cut short in its header');
	const header = JSON.parse(new TextDecoder().decode(new Uint8Array(buffer, 12, length))) as Header;
	if (header.part !== part) throw new Error(`project list file holds the ${String(header.part)}, expected the ${part}`);
	if (typeof header.ids !== 'number') throw new Error('project list file has no checksum of its ids');
	const start = align(12 + length);
	const { rows } = header;
	const array = <T>(make: new (b: ArrayBuffer, at: number, n: number) => T, size: number, p: Placed | null, what: string): T | null => {
		if (!p) return null;
		if (start + p.offset + p.bytes > buffer.byteLength || p.bytes !== rows * size) throw new Error(`project list file cut short in ${what}`);
		return new make(buffer, start + p.offset, rows);
	};
	const bytes = (p: Placed, what: string) => {
		if (start + p.offset + p.bytes > buffer.byteLength) throw new Error(`project list file cut short in ${what}`);
		return new Uint8Array(buffer, start + p.offset, p.bytes);
	};
	const text = (name: TextColumn) => {
		const column = header.text[name];
		if (!column) throw new Error(`project list file has no ${name} column`);
		const what = `project list file, column ${name}`;
		if ('dictionary' in column) {
			if (!Array.isArray(column.dictionary)) throw new Error(`project list file: ${name}'s dictionary is not a list`);
			return readText(rows, { kind: 'dictionary', dictionary: column.dictionary, codes: array(Uint8Array, 1, column.codes, name)! }, what);
		}
		const checkpoints = bytes(column.checkpoints, `${name}'s blocks`);
		if (checkpoints.byteLength % 4 !== 0) throw new Error(`project list file: ${name}'s blocks are not 32-bit offsets`);
		const encoded: EncodedText = {
			kind: 'text',
			lengths: array(Uint32Array, 4, column.lengths, name)!,
			checkpoints: new Uint32Array(checkpoints.buffer, checkpoints.byteOffset, checkpoints.byteLength / 4),
			utf8: bytes(column.utf8, name),
			nulls: array(Uint8Array, 1, column.nulls, `${name}'s nulls`)
		};
		return readText(rows, encoded, what);
	};
	const numbers = (name: NumberColumn): Column<number | null> => {
		const column = header.numbers[name];
		if (!column) throw new Error(`project list file has no ${name} column`);
		const values = array(Int32Array, 4, column.values, name)!;
		const nulls = array(Uint8Array, 1, column.nulls, `${name}'s nulls`);
		return { length: rows, at: (row) => (row < 0 || row >= rows ? undefined : nulls?.[row] ? null : values[row]) };
	};
	return { text, numbers, ids: header.ids };
}
