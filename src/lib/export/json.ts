/** Tables as JSON: the rows as records, beside the metadata that makes them reusable. */
import { valueOf, type ExportMetadata, type ExportTable } from './table';

export function tableToJson(table: ExportTable, metadata: ExportMetadata): string {
	const rows = table.rows.map((row) => Object.fromEntries(table.columns.map((c) => [c.name, valueOf(row, c.name) ?? null])));
	return JSON.stringify({ metadata: { ...metadata, columns: table.columns }, data: rows }, null, 2) + '\n';
}
