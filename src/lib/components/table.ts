/** How a DataTable column reads a row: which field, its heading, alignment and text. */
export interface Column<Row> {
	key: keyof Row & string;
	label: string;
	numeric?: boolean;
	format?: (value: Row[keyof Row & string], row: Row) => string;
}
