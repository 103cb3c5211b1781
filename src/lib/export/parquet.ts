/**
 * Tables as Parquet, written in JavaScript (duckdb-wasm cannot write Parquet without downloading
 * an extension from another host). Types follow the columns: integers as INT32, numbers as DOUBLE,
 * text and lists (joined with "; ") as UTF-8 strings; the metadata goes in the file's key-value metadata.
 */
import { parquetWriteBuffer } from 'hyparquet-writer';
import { listCell, valueOf, type ExportColumn, type ExportMetadata, type ExportTable } from './table';

const parquetType = { integer: 'INT32', number: 'DOUBLE', string: 'STRING', list: 'STRING' } as const;

function columnData(column: ExportColumn, rows: readonly object[]) {
	const values = rows.map((r) => valueOf(r, column.name));
	if (column.type === 'integer' || column.type === 'number') return values.map((v) => (typeof v === 'number' && Number.isFinite(v) ? v : null));
	if (column.type === 'list') return values.map((v) => (v === null || v === undefined ? null : listCell(v)));
	return values.map((v) => (v === null || v === undefined ? null : String(v)));
}

export function tableToParquet(table: ExportTable, metadata: ExportMetadata): ArrayBuffer {
	return parquetWriteBuffer({
		columnData: table.columns.map((c) => ({ name: c.name, data: columnData(c, table.rows), type: parquetType[c.type], nullable: true })),
		kvMetadata: Object.entries(metadata).map(([key, value]) => ({ key, value: String(value) })),
		createdBy: `citsci-sdg-dashboard ${metadata.appVersion}`
	});
}
