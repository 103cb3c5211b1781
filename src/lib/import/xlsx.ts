/** XLSX workbooks: the first sheet that has data, its first non-empty row as the header. */
import { fatal } from './issues';
import { checkLabels, type RawTable } from './raw-table';

type Cell = { text?: string; value?: unknown };

/** The text a person sees in the cell: numbers without float noise, dates as ISO dates, formulas by their result. */
export function cellText(cell: Cell | undefined): string {
	if (!cell) return '';
	let value = cell.value as unknown;
	if (value && typeof value === 'object' && 'result' in value) value = (value as { result: unknown }).result;
	if (value === null || value === undefined) return '';
	if (value instanceof Date) return value.toISOString().slice(0, 10);
	// Integers as written (identifiers, years); fractions to 15 significant digits, which drops binary noise (0.1 + 0.2).
	if (typeof value === 'number') return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(15)));
	if (typeof value === 'string' || typeof value === 'boolean') return String(value);
	return cell.text ?? '';
}

export async function readXlsx(fileName: string, bytes: Uint8Array, sheetName?: string): Promise<RawTable> {
	const { default: ExcelJS } = await import('exceljs');
	const workbook = new ExcelJS.Workbook();
	try {
		await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
	} catch (e) {
		const error = e instanceof Error ? e.message : String(e);
		throw fatal(fileName, 'format-error', `The file is not a readable XLSX workbook (${error}). Old .xls files must be saved as .xlsx or CSV first.`, {
			text: { key: 'import.issue.unreadableXlsx', values: { error } }
		});
	}
	const sheets = workbook.worksheets;
	const sheet = sheetName ? sheets.find((s) => s.name === sheetName) : sheets.find((s) => s.actualRowCount > 0);
	if (!sheet) {
		throw fatal(
			fileName,
			sheetName ? 'format-error' : 'empty-file',
			sheetName ? `The workbook has no sheet called "${sheetName}".` : 'Every sheet of the workbook is empty.',
			{ text: sheetName ? { key: 'import.issue.noSheet', values: { sheet: sheetName } } : { key: 'import.issue.allSheetsEmpty' } }
		);
	}
	const width = sheet.columnCount;
	const grid: { number: number; cells: string[] }[] = [];
	sheet.eachRow({ includeEmpty: false }, (row, number) => {
		const cells: string[] = [];
		for (let c = 1; c <= width; c++) cells.push(cellText(row.getCell(c) as Cell));
		grid.push({ number, cells });
	});
	const headerRow = grid.find((r) => r.cells.some((c) => c.trim() !== ''));
	if (!headerRow)
		throw fatal(fileName, 'empty-file', `Sheet "${sheet.name}" is empty.`, { text: { key: 'import.issue.sheetEmpty', values: { sheet: sheet.name } } });
	// Trailing unlabeled, empty columns are formatting, not data.
	let used = headerRow.cells.length;
	while (used > 0 && headerRow.cells[used - 1].trim() === '' && grid.every((r) => (r.cells[used - 1] ?? '').trim() === '')) used--;
	const { header, issues } = checkLabels(fileName, headerRow.cells.slice(0, used));
	const body = grid.filter((r) => r.number > headerRow.number && r.cells.some((c) => c.trim() !== ''));
	if (body.length === 0)
		throw fatal(fileName, 'no-rows', `Sheet "${sheet.name}" has a header but no data rows.`, {
			row: headerRow.number + 1,
			text: { key: 'import.issue.sheetNoRows', values: { sheet: sheet.name } }
		});
	return {
		fileName,
		format: 'xlsx',
		details: [
			sheets.length > 1
				? {
						note: `sheet "${sheet.name}" (1 of ${sheets.length} sheets)`,
						text: { key: 'import.detail.sheetOf', values: { sheet: sheet.name, n: sheets.length } }
					}
				: { note: `sheet "${sheet.name}"`, text: { key: 'import.detail.sheet', values: { sheet: sheet.name } } },
			{ note: `header on spreadsheet row ${headerRow.number}`, text: { key: 'import.detail.headerRow', values: { row: String(headerRow.number) } } }
		],
		header,
		rows: body.map((r) => r.cells.slice(0, used)),
		// Spreadsheet row numbers are what the user sees in Excel, so they locate errors.
		rowNumbers: body.map((r) => r.number),
		issues,
		sheets: sheets.map((s) => s.name)
	};
}
