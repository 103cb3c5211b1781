/**
 * A published CSV file's rows as records typed by its table schema (integers and numbers as numbers,
 * empty cells as null), for the release's JSON, Parquet and XLSX files and for the static API.
 */
import { parseCsv } from '../../src/lib/format/csv.ts';

export interface SchemaField {
	name: string;
	type: string;
	description?: string;
	format?: string;
	constraints?: { required?: boolean; enum?: string[] };
}

export type TypedRecord = Record<string, string | number | null>;

const numeric = (type: string) => type === 'integer' || type === 'number';

export function typedRecords(csv: string, fields: SchemaField[]): TypedRecord[] {
	const table = parseCsv(csv);
	const isNumber = table.header.map((h) => numeric(fields.find((f) => f.name === h)?.type ?? 'string'));
	return table.rows.map((cells) =>
		Object.fromEntries(table.header.map((h, i) => [h, cells[i] === '' || cells[i] === undefined ? null : isNumber[i] ? Number(cells[i]) : cells[i]]))
	);
}
