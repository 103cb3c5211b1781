/**
 * Write every table of a loaded database as an Arrow IPC stream (apache-arrow 17, the version
 * duckdb-wasm 1.32 reads) with a manifest: the build ships the published datasets this way so the
 * browser's DuckDB starts without parsing CSV or deriving tables (src/lib/data/shipped-tables.ts).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Dictionary, Float64, Int16, Int32, Int8, Table, Utf8, tableToIPC, vectorFromArray, type DataType, type Vector } from 'apache-arrow';
import type { NodeClient } from '../../src/lib/data/duckdb-node.ts';
import { derivedTables } from '../../src/lib/data/package.ts';
import {
	inMemoryBytes,
	partRows,
	shippedColumnTypes,
	type ShippedColumnType,
	type ShippedTable,
	type ShippedTablesManifest
} from '../../src/lib/data/shipped-tables.ts';

/**
 * Text with few distinct values (codes, levels, strengths, repeated sources) is dictionary-encoded
 * with the narrowest index that holds it: a fraction of the bytes, and duckdb-wasm reads it as text.
 */
function textVector(values: (string | null)[]): Vector {
	const distinct = new Set(values).size;
	// An empty column has no dictionary to write, and Arrow C++ refuses a dictionary field without one.
	if (values.length === 0 || distinct * 2 > values.length) return vectorFromArray(values, new Utf8());
	const index = distinct <= 127 ? new Int8() : distinct <= 32_767 ? new Int16() : new Int32();
	return vectorFromArray(values, new Dictionary(new Utf8(), index) as DataType);
}

function columnVector(type: ShippedColumnType, values: unknown[]): Vector {
	switch (type) {
		case 'VARCHAR':
			return textVector(values as (string | null)[]);
		case 'INTEGER':
			return vectorFromArray(values as (number | null)[], new Int32());
		// BIGINT values are counts well inside a double; duckdb-wasm casts them back on insert.
		case 'BIGINT':
		case 'DOUBLE':
			return vectorFromArray(
				values.map((v) => (v === null ? null : Number(v))),
				new Float64()
			);
	}
}

/**
 * @returns the manifest's file name (named by its content, as each table's file is), written in
 *   `dir` with the tables, after removing the files of earlier versions.
 */
export async function writeShippedTables(db: NodeClient, dir: string, dataVersion: string, rowsPerPart = partRows): Promise<string> {
	mkdirSync(dir, { recursive: true });
	for (const old of readdirSync(dir)) rmSync(join(dir, old));
	const names = await db.query<{ name: string }>(`SELECT table_name AS name FROM duckdb_tables() WHERE database_name = current_database() ORDER BY table_name`);
	const tables: ShippedTable[] = [];
	const contentName = (stem: string, ext: string, bytes: string | Uint8Array) =>
		`${stem}.${createHash('sha256').update(bytes).digest('hex').slice(0, 12)}.${ext}`;
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
		const [{ rows, last }] = await db.query<{ rows: number; last: number | null }>(
			`SELECT count(*)::INTEGER AS rows, max(rowid)::BIGINT AS last FROM "${name}"`
		);
		const parts: string[] = [];
		let memoryBytes = 0;
		// In row order, a part at a time: rowid ranges (with gaps where rows were deleted) keep the order.
		for (let from = 0; last !== null && from <= Number(last); from += rowsPerPart) {
			const read = await db.readColumns(`SELECT * FROM "${name}" WHERE rowid >= ${from} AND rowid < ${from + rowsPerPart} ORDER BY rowid`);
			if ((read[0]?.values.length ?? 0) === 0) continue;
			const vectors = Object.fromEntries(columns.map((c, i) => [c.name, columnVector(c.type, read[i].values)]));
			memoryBytes += columns.reduce((sum, c, i) => sum + inMemoryBytes(c.type, read[i].values), 0);
			const bytes = tableToIPC(new Table(vectors), 'stream');
			const file = contentName(name, 'arrows', bytes);
			writeFileSync(join(dir, file), bytes);
			parts.push(file);
		}
		tables.push({ name, parts, rows, memoryBytes, columns, derived: derivedTables.includes(name) });
	}
	const manifest: ShippedTablesManifest = { format: 1, dataVersion, view: { embedded: true, jrc: true }, tables };
	const json = JSON.stringify(manifest);
	const file = contentName('manifest', 'json', json);
	writeFileSync(join(dir, file), json);
	return file;
}
