/**
 * The published datasets' tables as the build ships them: the database the site shows by default
 * (the curated and JRC inventories, matched projects counted once, derived tables built), written
 * by native DuckDB as one database file in DuckDB's own storage format. The browser's duckdb-wasm
 * attaches it read-only: nothing is parsed, inserted or derived again, and a query reads only the
 * blocks it needs. A manifest names the file, its SHA-256 (the browser checks the download against
 * it), and each table's columns and row count; both are named by their content, so a data version
 * never mixes with another.
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
	rows: number;
	/** About what its rows take in DuckDB's memory, uncompressed (see inMemoryBytesSql). */
	memoryBytes: number;
	columns: ShippedColumn[];
	/** Built from the others after loading (load.ts derivedTables): rebuilt instead when imports join. */
	derived: boolean;
}

export interface ShippedTablesManifest {
	/** The manifest's own layout; a reader refuses one it does not know (1 was Arrow streams). */
	format: 2;
	/** data/datapackage.json's version the tables belong to. */
	dataVersion: string;
	/** Which view of the published datasets the tables hold. */
	view: { embedded: true; jrc: true };
	/** The database file's name, beside the manifest. */
	database: string;
	/** Its SHA-256 as a Subresource Integrity value (`sha256-<base64>`): a damaged download is refused. */
	integrity: string;
	tables: ShippedTable[];
}

/** Where the tables sit under the app's data folder. */
export const shippedTablesDir = 'tables';

/**
 * The storage format the build writes: the oldest that holds these tables, so that duckdb-wasm
 * (an older DuckDB than the build's native one) reads it.
 */
export const shippedStorageVersion = 'v1.0.0';

/** The catalog the database file is attached as, read-only. */
export const shippedCatalog = 'shipped';

const databaseName = /^published\.[0-9a-f]{12}\.duckdb$/;

/**
 * Check a manifest fetched from the app's own server before any of it reaches SQL: a damaged or
 * foreign file is refused with what is wrong, and the engine falls back to the CSV files.
 */
export function checkManifest(value: unknown): ShippedTablesManifest {
	const m = value as Partial<ShippedTablesManifest> | null;
	if (!m || m.format !== 2 || !Array.isArray(m.tables)) throw new Error('The shipped tables manifest has a layout this version does not read (format 2 expected).');
	if (typeof m.database !== 'string' || !databaseName.test(m.database))
		throw new Error(`The shipped tables manifest names a database file "${String(m.database)}" (published.<12 hex>.duckdb expected).`);
	if (typeof m.integrity !== 'string' || !/^sha256-[A-Za-z0-9+/]{43}=$/.test(m.integrity))
		throw new Error(`The shipped tables manifest gives no SHA-256 for its database file (sha256-<base64> expected).`);
	for (const t of m.tables) {
		if (typeof t?.name !== 'string' || !/^[a-z_]+$/.test(t.name)) throw new Error(`The shipped tables manifest names a table "${String(t?.name)}" (lowercase letters and _ expected).`);
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

/**
 * About what a column's values take in DuckDB's memory, uncompressed: 16 bytes per text value
 * (strings up to 12 bytes are kept inline) plus the longer strings themselves, 4 or 8 per number.
 * One SQL expression per column, summed over the table by the build.
 */
export function inMemoryBytesSql(column: ShippedColumn): string {
	const name = sqlIdentifier(column.name);
	if (column.type === 'INTEGER') return `4 * count(*)`;
	if (column.type !== 'VARCHAR') return `8 * count(*)`;
	return `16 * count(*) + coalesce(sum(CASE WHEN strlen(${name}) > 12 THEN strlen(${name}) ELSE 0 END), 0)`;
}

/**
 * Above this size in memory an engine that copies the tables (imports beside them) keeps them
 * compressed (DuckDB's in-memory compression): the wasm engine holds 3.1 GB in all, and queries,
 * imports and the index read out of it need room beside the tables. Ten million synthetic links
 * take 2.9 GB uncompressed and 190 MB compressed, at about twice the load time.
 */
export const compressAboveBytes = 1.5e9;

export const shippedMemoryBytes = (manifest: ShippedTablesManifest) => manifest.tables.reduce((sum, t) => sum + t.memoryBytes, 0);

/**
 * The shipped tables for an engine that has attached the database file as `attachedAs`.
 * With nothing beside them, the engine reads them where they are, macros included (the caller
 * makes the file's catalog the default before loading); with imports, the published datasets' own tables
 * are copied into the engine's catalog, and the derived tables are built again over everything.
 */
export function shippedTablesRestorer(client: SqlClient, manifest: ShippedTablesManifest, attachedAs = shippedCatalog): PublishedTables {
	return {
		async restore(derived) {
			const present = await client.query<{ name: string }>(`SELECT table_name AS name FROM duckdb_tables() WHERE database_name = ? ORDER BY table_name`, [
				attachedAs
			]);
			const expected = manifest.tables.map((t) => t.name).sort();
			const found = present.map((t) => t.name);
			if (found.join() !== expected.join()) throw new Error(`The shipped database holds the tables ${found.join(', ')}; its manifest lists ${expected.join(', ')}.`);
			if (derived) return;
			for (const table of manifest.tables.filter((t) => !t.derived)) {
				await client.query(createShippedTableSql(table));
				await client.query(`INSERT INTO ${sqlIdentifier(table.name)} SELECT * FROM ${sqlIdentifier(attachedAs)}.main.${sqlIdentifier(table.name)}`);
			}
		}
	};
}
