/** Tables as CSV: RFC 4180 (comma, CRLF, quotes doubled), UTF-8, formulas neutralised. */
import { csvCell } from '../format/csv';
import { neutraliseFormula, safeCell } from './neutralise';
import { valueOf, type ExportTable } from './table';

export interface CsvOptions {
	/** Excel-friendly: a UTF-8 byte-order mark, so Excel reads accents and non-Latin text right. */
	excel?: boolean;
}

export function tableToCsv(table: ExportTable, { excel = false }: CsvOptions = {}): string {
	// Column names are neutralised too: a console query can name a column "=HYPERLINK(…)".
	const lines = [table.columns.map((c) => csvCell(neutraliseFormula(c.name)))];
	for (const row of table.rows) lines.push(table.columns.map((c) => csvCell(safeCell(valueOf(row, c.name)))));
	return (excel ? '\ufeff' : '') + lines.map((l) => l.join(',')).join('\r\n') + '\r\n';
}
