/** Tables as CSV: RFC 4180 (comma, CRLF, quotes doubled), UTF-8, formulas neutralised. */
import { spreadsheetCsv } from '../format/csv';
import { safeCell } from './neutralise';
import { valueOf, type ExportTable } from './table';

export interface CsvOptions {
	/** Excel-friendly: a UTF-8 byte-order mark, so Excel reads accents and non-Latin text right. */
	excel?: boolean;
}

export function tableToCsv(table: ExportTable, { excel = false }: CsvOptions = {}): string {
	// Column names are neutralised too: a console query can name a column "=HYPERLINK(…)".
	const rows = table.rows.map((row) => table.columns.map((c) => safeCell(valueOf(row, c.name))));
	return spreadsheetCsv(
		table.columns.map((c) => c.name),
		rows,
		{ excel }
	);
}
