/**
 * The overview index as one file the build writes and the browser reads without parsing: a short
 * JSON header (the dictionaries and where each array lies) followed by the typed arrays, each
 * 4-byte aligned and stored in as few bytes as its values allow (packed-arrays.ts), so decoding is
 * a view per array over the fetched bytes or one pass to widen it. The page answers the curated
 * inventory's filters from it as soon as it arrives, before DuckDB has started
 * (tests/unit/overview-index.test.ts holds the decoded index to the plain queries).
 */
import type { Column } from './column';
import type { OverviewIndex } from './extract';
import { RANKS } from './kernels';
import { encodeText, readText } from './text-column';
import { pack, typeOf, unpack, type ArrayType, type Storage, type Typed } from './packed-arrays';

// OIX5: arrays packed (packed-arrays.ts): at a million links the file went from 12.9 to 7.3 MB, and
// from 5.0 to 2.6 MB gzipped. OIX4: projects numbered in order of name (extract.ts), which the
// project list's sorts rely on: an older file, numbered otherwise, would list projects out of
// order. OIX3: the project ids as a text column read a block at a time (text-column.ts), not in the
// JSON header: at 1.3 million projects parsing them took 0.6-1.1 s of every page's start. OIX2
// added a goal-bits array per strength rank, and links grouped by listing × RANKS. A stale file is
// refused, and the page waits for DuckDB.
const magic = 'OIX5';

/** Every typed array of the index, by a stable name. */
function arraysOf(index: OverviewIndex): Record<string, Typed> {
	const ids = Array.from({ length: index.projectIds.length }, (_, p) => index.projectIds.at(p) ?? null);
	const idText = encodeText(ids, { dictionary: false });
	if (idText.kind !== 'text' || idText.nulls) throw new Error('overview index: a project without an id');
	return {
		idLengths: idText.lengths,
		idBlocks: idText.checkpoints,
		idText: idText.utf8,
		startYear: index.startYear,
		endYear: index.endYear,
		global: index.global,
		unlinked: index.unlinked,
		countriesStart: index.countries.start,
		countriesValues: index.countries.values,
		topicsStart: index.topics.start,
		topicsValues: index.topics.values,
		...Object.fromEntries(index.goalsByRank.slice(1).map((bits, r) => [`goalsRank${r + 1}`, bits])),
		linkStart: index.linkStart,
		linkProject: index.linkProject,
		listingIndicator: index.listingIndicator,
		listingTarget: index.listingTarget,
		unfilteredFlags: index.unfiltered.flags
	};
}

const align = (n: number) => Math.ceil(n / 4) * 4;

interface Header {
	/** Each array: the type and length the code uses, how it is stored, and where (bytes from `start`, the header's end rounded up to 4). */
	arrays: { name: string; type: ArrayType; length: number; storage: Storage; offset: number; bytes: number }[];
	plain: Pick<
		OverviewIndex,
		'projects' | 'countryList' | 'topicList' | 'listings' | 'indicatorList' | 'targetList' | 'goals' | 'indicatorsTotal' | 'minStartYear'
	> & {
		repeatOf: [string, string][];
		unlinkedCount: number;
	};
}

export function encodeOverviewIndex(index: OverviewIndex): Uint8Array {
	const arrays = arraysOf(index);
	let offset = 0;
	// The links' project numbers mostly ascend within each listing and strength: stored as differences.
	const packed = Object.entries(arrays).map(([name, a]) => ({ name, a, ...pack(a, { deltas: name === 'linkProject' }) }));
	const placed = packed.map(({ name, a, storage, bytes }) => {
		const at = offset;
		offset = align(offset + bytes.byteLength);
		return { name, type: typeOf(a), length: a.length, storage, offset: at, bytes: bytes.byteLength };
	});
	const header: Header = {
		arrays: placed,
		plain: {
			projects: index.projects,
			countryList: index.countryList,
			topicList: index.topicList,
			listings: index.listings,
			indicatorList: index.indicatorList,
			targetList: index.targetList,
			goals: index.goals,
			indicatorsTotal: index.indicatorsTotal,
			minStartYear: index.minStartYear,
			repeatOf: [...index.repeatOf],
			unlinkedCount: index.unfiltered.unlinked
		}
	};
	const json = new TextEncoder().encode(JSON.stringify(header));
	const start = align(8 + json.length);
	const out = new Uint8Array(start + offset);
	out.set(new TextEncoder().encode(magic), 0);
	new DataView(out.buffer).setUint32(4, json.length, true);
	out.set(json, 8);
	for (const [i, p] of placed.entries()) out.set(packed[i].bytes, start + p.offset);
	return out;
}

/** @throws when the bytes are not an index file of this version (a stale cache, a wrong file) */
export function decodeOverviewIndex(bytes: ArrayBuffer): OverviewIndex {
	const view = new DataView(bytes);
	const found = new TextDecoder().decode(new Uint8Array(bytes, 0, Math.min(4, bytes.byteLength)));
	if (bytes.byteLength < 8 || found !== magic) throw new Error(`not an overview index file (found ${JSON.stringify(found)}, expected ${magic})`);
	const length = view.getUint32(4, true);
	if (8 + length > bytes.byteLength) throw new Error('overview index file cut short in its header');
	const header = JSON.parse(new TextDecoder().decode(new Uint8Array(bytes, 8, length))) as Header;
	const start = align(8 + length);
	const a: Record<string, Typed> = {};
	const whole = (n: unknown) => Number.isInteger(n) && (n as number) >= 0;
	for (const p of header.arrays) {
		if (!whole(p.offset) || p.offset % 4 !== 0 || !whole(p.bytes) || !whole(p.length))
			throw new Error(`overview index file: ${p.name}'s place in the file is not valid`);
		if (start + p.offset + p.bytes > bytes.byteLength) throw new Error(`overview index file cut short in ${p.name}`);
		// A project number past the last project would be counted as nothing, silently.
		const below = p.name === 'linkProject' ? header.plain.projects : Infinity;
		a[p.name] = unpack(new Uint8Array(bytes, start + p.offset, p.bytes), p.storage, p.type, p.length, `overview index file, ${p.name}`, { below });
	}
	const { repeatOf, unlinkedCount, ...plain } = header.plain;
	if (!a.idLengths || !a.idBlocks || !a.idText) throw new Error('overview index file without its project ids');
	checkShape(a, plain.projects, plain.listings.length);
	const ids = { kind: 'text', lengths: a.idLengths as Uint32Array, checkpoints: a.idBlocks as Uint32Array, utf8: a.idText as Uint8Array, nulls: null } as const;
	return {
		...plain,
		projectIds: readText(plain.projects, ids, 'overview index file, project ids') as Column<string>,
		startYear: a.startYear as Int32Array,
		endYear: a.endYear as Int32Array,
		global: a.global as Uint8Array,
		unlinked: a.unlinked as Uint8Array,
		countries: { start: a.countriesStart as Uint32Array, values: a.countriesValues as Uint32Array },
		topics: { start: a.topicsStart as Uint32Array, values: a.topicsValues as Uint32Array },
		goalsByRank: [new Uint32Array(0), ...Array.from({ length: RANKS }, (_, r) => a[`goalsRank${r + 1}`] as Uint32Array)],
		linkStart: a.linkStart as Uint32Array,
		linkProject: a.linkProject as Uint32Array,
		listingIndicator: a.listingIndicator as Int32Array,
		listingTarget: a.listingTarget as Int32Array,
		repeatOf: new Map(repeatOf),
		unfiltered: { flags: a.unfilteredFlags as Uint8Array, unlinked: unlinkedCount }
	};
}

/**
 * Each starts array ends where its values do, and per-project arrays have a value per project: in a
 * packed file one damaged byte shifts every value after it (packed-arrays.ts), which would count wrong
 * rather than fail.
 */
function checkShape(a: Record<string, Typed>, projects: number, listings: number): void {
	const fail = (what: string) => {
		throw new Error(`overview index file: ${what}`);
	};
	for (const name of ['startYear', 'endYear', 'global', 'unlinked', 'unfilteredFlags', ...Array.from({ length: RANKS }, (_, r) => `goalsRank${r + 1}`)])
		if (a[name]?.length !== projects) fail(`${name} has ${a[name]?.length ?? 'no'} values for ${projects} projects`);
	for (const [starts, values, count] of [
		['countriesStart', 'countriesValues', projects],
		['topicsStart', 'topicsValues', projects],
		['linkStart', 'linkProject', listings * RANKS]
	] as const) {
		const s = a[starts];
		const v = a[values];
		if (!s || !v || s.length !== count + 1 || s[count] !== v.length) fail(`${starts} does not end at the ${v?.length ?? 'missing'} values of ${values}`);
	}
}
