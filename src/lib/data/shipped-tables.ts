/**
 * The published datasets' tables as the build ships them: each table of the database the site
 * shows by default (the curated and JRC inventories, matched projects counted once, derived tables
 * built), as an Arrow IPC stream the browser hands to duckdb-wasm without parsing CSV or deriving
 * anything again. A manifest names each table's file, columns and row count; it and the files are
 * named by their content, so a data version never mixes with another.
 */
import { sqlIdentifier } from '../format/escape';
import type { SqlClient } from './client';
import type { PublishedTables } from './load';

/** The column types the dataset's tables use (data/datapackage.json types and the derived tables'). */
export const shippedColumnTypes = ['VARCHAR', 'INTEGER', 'DOUBLE', 'BIGINT'] as const;
export type ShippedColumnType = (typeof shippedColumnTypes)[number];

export interface ShippedColumn {
	name: string;
	type: ShippedColumnType;
	nullable: boolean;
}

export interface ShippedTable {
	name: string;
	/**
	 * Its Arrow IPC streams' file names, beside the manifest, in row order: a large table comes in
	 * parts (partRows each), so neither the build nor the browser holds it whole as one buffer.
	 * None for an empty table.
	 */
	parts: string[];
	rows: number;
	/** About what its rows take in DuckDB's memory, uncompressed (see inMemoryBytes). */
	memoryBytes: number;
	columns: ShippedColumn[];
	/** Built from the others after loading (load.ts derivedTables): rebuilt instead when imports join. */
	derived: boolean;
}

export interface ShippedTablesManifest {
	/** The manifest's own layout; a reader refuses one it does not know. */
	format: 1;
	/** data/datapackage.json's version the tables belong to. */
	dataVersion: string;
	/** Which view of the published datasets the tables hold. */
	view: { embedded: true; jrc: true };
	tables: ShippedTable[];
}

/** Rows per Arrow stream: about 15-30 MB of a synthetic inventory's links. */
export const partRows = 1_000_000;

/** Where the tables sit under the app's data folder. */
export const shippedTablesDir = 'tables';

/**
 * Check a manifest fetched from the app's own server before any of it reaches SQL: a damaged or
 * foreign file is refused with what is wrong, and the engine falls back to the CSV files.
 */
export function checkManifest(value: unknown): ShippedTablesManifest {
	const m = value as Partial<ShippedTablesManifest> | null;
	if (!m || m.format !== 1 || !Array.isArray(m.tables)) throw new Error('The shipped tables manifest has a layout this version does not read (format 1 expected).');
	for (const t of m.tables) {
		if (typeof t?.name !== 'string' || !/^[a-z_]+$/.test(t.name)) throw new Error(`The shipped tables manifest names a table "${String(t?.name)}" (lowercase letters and _ expected).`);
		if (!Array.isArray(t.parts)) throw new Error(`The shipped table ${t.name} lists no parts.`);
		for (const part of t.parts) {
			if (typeof part !== 'string' || !/^[a-z_]+\.[0-9a-f]{12}\.arrows$/.test(part)) throw new Error(`The shipped table ${t.name} has a part "${String(part)}" (name.<12 hex>.arrows expected).`);
		}
		if (!Array.isArray(t.columns) || t.columns.length === 0) throw new Error(`The shipped table ${t.name} lists no columns.`);
		if (typeof t.rows !== 'number' || typeof t.memoryBytes !== 'number') throw new Error(`The shipped table ${t.name} lacks its row count or size.`);
		for (const c of t.columns) {
			if (!(shippedColumnTypes as readonly string[]).includes(c?.type)) throw new Error(`The shipped table ${t.name} has a column of type "${String(c?.type)}" (one of ${shippedColumnTypes.join(', ')} expected).`);
		}
	}
	return m as ShippedTablesManifest;
}

/** The table as the loader creates it: the same columns, types and NOT NULL as the build's engine had. */
export function createShippedTableSql(table: ShippedTable): string {
	const columns = table.columns.map((c) => `${sqlIdentifier(c.name)} ${c.type}${c.nullable ? '' : ' NOT NULL'}`);
	return `CREATE OR REPLACE TABLE ${sqlIdentifier(table.name)} (${columns.join(', ')})`;
}

/** The tables an engine needs from the manifest: every one, or all but the derived ones (rebuilt when imports join). */
export const tablesToFetch = (manifest: ShippedTablesManifest, derived: boolean) => manifest.tables.filter((t) => derived || !t.derived);

/**
 * About what a column's values take in DuckDB's memory, uncompressed: 16 bytes per text value
 * (strings up to 12 bytes are kept inline) plus the longer strings themselves, 4 or 8 per number.
 */
export function inMemoryBytes(type: ShippedColumnType, values: readonly unknown[]): number {
	if (type === 'INTEGER') return 4 * values.length;
	if (type !== 'VARCHAR') return 8 * values.length;
	let heap = 0;
	for (const v of values) if (typeof v === 'string' && v.length > 12) heap += v.length;
	return 16 * values.length + heap;
}

/**
 * Above this size in memory the engine keeps the tables compressed (DuckDB's in-memory
 * compression): the wasm engine holds 3.1 GB in all, and queries, imports and the index read out
 * of it need room beside the tables. Ten million synthetic links take 2.9 GB uncompressed (they
 * load, with nothing to spare) and 190 MB compressed, at about twice the load time.
 */
export const compressAboveBytes = 1.5e9;

export const shippedMemoryBytes = (manifest: ShippedTablesManifest) => manifest.tables.reduce((sum, t) => sum + t.memoryBytes, 0);

/**
 * Restore the shipped tables into an engine: each created with its columns and constraints, then
 * filled from its Arrow stream by `insertArrow` (the engine's own Arrow reader).
 */
export function shippedTablesRestorer(
	client: SqlClient,
	manifest: ShippedTablesManifest,
	files: ReadonlyMap<string, readonly Uint8Array[]>,
	insertArrow: (table: string, bytes: Uint8Array) => Promise<void>
): PublishedTables {
	return {
		async restore(derived) {
			for (const table of tablesToFetch(manifest, derived)) {
				await client.query(createShippedTableSql(table));
				const parts = files.get(table.name);
				if (!parts || parts.length !== table.parts.length) throw new Error(`The shipped table ${table.name} was not fetched whole.`);
				for (const bytes of parts) await insertArrow(table.name, bytes);
			}
		}
	};
}
