/**
 * Write a loaded database, every table and macro, as one DuckDB database file with a manifest: the
 * build ships the published datasets this way so the browser's DuckDB attaches them read-only,
 * without parsing CSV, inserting rows or deriving tables (src/lib/data/shipped-tables.ts).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { NodeClient } from '../../src/lib/data/duckdb-node.ts';
import { derivedTables } from '../../src/lib/data/package.ts';
import {
	inMemoryBytesSql,
	shippedColumnTypes,
	shippedStorageVersion,
	type ShippedColumnType,
	type ShippedTable,
	type ShippedTablesManifest
} from '../../src/lib/data/shipped-tables.ts';

const sha256 = (bytes: string | Uint8Array) => createHash('sha256').update(bytes);

/** The manifest's entry for each table of the current database: columns, rows, size in memory. */
async function describeTables(db: NodeClient): Promise<ShippedTable[]> {
	const names = await db.query<{ name: string }>(`SELECT table_name AS name FROM duckdb_tables() WHERE database_name = current_database() ORDER BY table_name`);
	const tables: ShippedTable[] = [];
	for (const { name } of names) {
		const info = await db.query<{ column_name: string; data_type: string; is_nullable: string }>(
			`SELECT column_name, data_type, is_nullable FROM information_schema.columns WHERE table_catalog = current_database() AND table_name = ? ORDER BY ordinal_position`,
			[name]
		);
		const columns = info.map((c) => {
			if (!(shippedColumnTypes as readonly string[]).includes(c.data_type))
				throw new Error(`${name}.${c.column_name} is ${c.data_type}, which the shipped tables do not carry`);
			return { name: c.column_name, type: c.data_type as ShippedColumnType, nullable: c.is_nullable === 'YES' };
		});
		const [{ rows, bytes }] = await db.query<{ rows: number; bytes: number }>(
			`SELECT count(*)::INTEGER AS rows, (${columns.map(inMemoryBytesSql).join(' + ')})::DOUBLE AS bytes FROM "${name}"`
		);
		tables.push({ name, rows, memoryBytes: bytes, columns, derived: derivedTables.includes(name) });
	}
	return tables;
}

/**
 * @returns the manifest's file name (named by its content, as the database file is), written in
 *   `dir` with the database, after removing the files of earlier versions.
 */
export async function writeShippedTables(db: NodeClient, dir: string, dataVersion: string): Promise<string> {
	mkdirSync(dir, { recursive: true });
	for (const old of readdirSync(dir)) rmSync(join(dir, old));
	const tables = await describeTables(db);
	const draft = resolve(dir, 'published.draft.duckdb');
	// ATTACH takes no parameters; the path is the build's own folder, refused if it could break out.
	if (/['\\]/.test(draft)) throw new Error(`The shipped database's path ${draft} holds a quote or backslash.`);
	const [{ current }] = await db.query<{ current: string }>(`SELECT current_database() AS current`);
	await db.query(`ATTACH '${draft}' AS shipped_draft (STORAGE_VERSION '${shippedStorageVersion}')`);
	try {
		await db.query(`COPY FROM DATABASE "${current}" TO shipped_draft`);
	} finally {
		await db.query(`DETACH shipped_draft`);
	}
	// One pass over the file (218 MB at ten million links) gives both its name and its SRI value.
	const digest = sha256(readFileSync(draft)).digest();
	const database = `published.${digest.toString('hex').slice(0, 12)}.duckdb`;
	renameSync(draft, join(dir, database));
	const manifest: ShippedTablesManifest = {
		format: 2,
		dataVersion,
		view: { embedded: true, jrc: true },
		database,
		integrity: `sha256-${digest.toString('base64')}`,
		tables
	};
	const json = JSON.stringify(manifest);
	const file = `manifest.${sha256(json).digest('hex').slice(0, 12)}.json`;
	writeFileSync(join(dir, file), json);
	return file;
}
