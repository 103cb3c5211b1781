/**
 * Tables as XLSX with exceljs (the registry's `xlsx` package is an old release with known
 * vulnerabilities). A data sheet with typed cells, a frozen bold header and neutralised text, and
 * a metadata sheet with the source, licence, filters and citation. Loaded only when used.
 */
import { spreadsheetText } from '../format/escape';
import { safeCell } from './neutralise';
import { valueOf, type ExportMetadata, type ExportTable } from './table';

export async function tableToXlsx(table: ExportTable, metadata: ExportMetadata): Promise<ArrayBuffer> {
	const { default: ExcelJS } = await import('exceljs');
	const workbook = new ExcelJS.Workbook();
	workbook.creator = 'Citizen Science for the SDGs dashboard';
	workbook.created = new Date(metadata.created);
	// Otherwise exceljs stamps the moment of writing, and the same table never gives the same file twice.
	workbook.modified = workbook.created;
	workbook.title = metadata.title;

	const sheet = workbook.addWorksheet('Data', { views: [{ state: 'frozen', ySplit: 1 }] });
	sheet.columns = table.columns.map((c) => ({ header: spreadsheetText(c.name), key: c.name, width: Math.min(60, Math.max(10, c.name.length + 2)) }));
	sheet.getRow(1).font = { bold: true };
	for (const row of table.rows) sheet.addRow(table.columns.map((c) => safeCell(valueOf(row, c.name))));

	const about = workbook.addWorksheet('About');
	about.columns = [
		{ header: 'Field', key: 'field', width: 16 },
		{ header: 'Value', key: 'value', width: 100 }
	];
	about.getRow(1).font = { bold: true };
	for (const [field, value] of Object.entries(metadata)) about.addRow([field, safeCell(value)]);

	return (await workbook.xlsx.writeBuffer()) as ArrayBuffer;
}
