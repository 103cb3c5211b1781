/**
 * Validate a Frictionless tabular data package against its table schemas, and the dataset's own
 * rules that a table schema cannot say. Errors use the Frictionless error shape (type, resource,
 * row, field, cell, note) plus the file's physical line, so a person can find the cell.
 */
import { CsvSyntaxError, parseCsv, type CsvTable } from '../format/csv';
import type { DataPackage, Field, Resource } from './package';

export interface ValidationError {
	type: string;
	/** The file, as the descriptor names it. */
	resource: string;
	/** Frictionless row number: the header is row 1, the first data row is row 2. */
	row?: number;
	/** Physical line of the row in the file (differs from `row` after quoted line breaks). */
	line?: number;
	field?: string;
	cell?: string;
	/** What was expected. */
	note: string;
}

export interface ParsedResource {
	resource: Resource;
	table: CsvTable;
}

export function describeError(e: ValidationError): string {
	const where = [e.resource, e.row !== undefined ? `row ${e.row}` : '', e.line !== undefined && e.line !== e.row ? `line ${e.line}` : '', e.field ? `column "${e.field}"` : '']
		.filter(Boolean)
		.join(', ');
	const cell = e.cell !== undefined ? ` (found ${JSON.stringify(e.cell)})` : '';
	return `${where}: ${e.type}: ${e.note}${cell}`;
}

const fullMatch = (pattern: string) => new RegExp(`^(?:${pattern})$`);

function checkCell(field: Field, cell: string): string | null {
	const c = field.constraints ?? {};
	if (cell === '') return c.required ? 'a value is required' : null;
	if (field.type === 'integer' && !/^-?\d+$/.test(cell)) return 'expected an integer';
	if (field.type === 'number' && !Number.isFinite(Number(cell))) return 'expected a number';
	if (cell !== cell.trim()) return 'expected no leading or trailing spaces';
	if (field.format === 'uri' && !isWebAddress(cell)) return 'expected an absolute http or https address whose host does not end with a dot';
	if (c.pattern && !fullMatch(c.pattern).test(cell)) return `expected to match the pattern ${c.pattern}`;
	if (c.enum && !c.enum.includes(cell)) return `expected one of: ${c.enum.join(', ')}`;
	if (c.maxLength !== undefined && [...cell].length > c.maxLength) return `expected at most ${c.maxLength} characters`;
	if (c.minimum !== undefined && Number(cell) < c.minimum) return `expected at least ${c.minimum}`;
	if (c.maximum !== undefined && Number(cell) > c.maximum) return `expected at most ${c.maximum}`;
	return null;
}

/**
 * A `uri` cell as the reference Frictionless implementations accept it: every address in this
 * dataset is a web page, and their check refuses a host written with DNS's trailing dot
 * ("issuu.com./…"), which here was always a slip.
 */
function isWebAddress(cell: string): boolean {
	if (/\s/.test(cell)) return false;
	try {
		const url = new URL(cell);
		return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '' && !url.hostname.endsWith('.');
	} catch {
		return false;
	}
}

/** Parse one file's text; a syntax error becomes a located validation error, not an exception. */
export function parseResource(resource: Resource, text: string): ParsedResource | ValidationError {
	try {
		return { resource, table: parseCsv(text) };
	} catch (e) {
		if (e instanceof CsvSyntaxError) {
			return { type: 'source-error', resource: resource.path, line: e.line, note: e.message };
		}
		throw e;
	}
}

/** Check header, cells, row length, uniqueness and primary keys of one table. */
export function validateTable({ resource, table }: ParsedResource): ValidationError[] {
	const errors: ValidationError[] = [];
	const file = resource.path;
	const fields = resource.schema.fields;
	const expected = fields.map((f) => f.name);
	if (table.header.length === 0) {
		return [{ type: 'source-error', resource: file, note: `the file is empty; expected a header: ${expected.join(',')}` }];
	}
	const seen = new Set<string>();
	table.header.forEach((label, i) => {
		if (seen.has(label)) errors.push({ type: 'duplicate-label', resource: file, row: 1, line: 1, field: label, note: `column ${i + 1} repeats a header` });
		seen.add(label);
	});
	for (const name of expected) {
		if (!table.header.includes(name)) errors.push({ type: 'missing-label', resource: file, row: 1, line: 1, field: name, note: `expected a column named "${name}"` });
	}
	for (const label of table.header) {
		if (!expected.includes(label)) errors.push({ type: 'extra-label', resource: file, row: 1, line: 1, field: label, note: `not in the schema; expected columns: ${expected.join(', ')}` });
	}
	if (errors.length) return errors;

	const index = new Map(table.header.map((h, i) => [h, i]));
	const uniques = fields.filter((f) => f.constraints?.unique).map((f) => ({ f, seen: new Map<string, number>() }));
	const pk = resource.schema.primaryKey ?? [];
	const pkSeen = new Map<string, number>();
	table.rows.forEach((cells, r) => {
		const row = r + 2;
		const line = table.lines[r];
		if (cells.length !== table.header.length) {
			errors.push({
				type: cells.length > table.header.length ? 'extra-cell' : 'missing-cell',
				resource: file,
				row,
				line,
				note: `expected ${table.header.length} cells, found ${cells.length}`
			});
			return;
		}
		for (const f of fields) {
			const cell = cells[index.get(f.name)!];
			const problem = checkCell(f, cell);
			if (problem) errors.push({ type: 'constraint-error', resource: file, row, line, field: f.name, cell, note: problem });
		}
		for (const u of uniques) {
			const cell = cells[index.get(u.f.name)!];
			if (cell === '') continue;
			const first = u.seen.get(cell);
			if (first !== undefined) errors.push({ type: 'unique-error', resource: file, row, line, field: u.f.name, cell, note: `expected a unique value; already used in row ${first}` });
			else u.seen.set(cell, row);
		}
		if (pk.length > 1 || (pk.length === 1 && !uniques.some((u) => u.f.name === pk[0]))) {
			const key = JSON.stringify(pk.map((k) => cells[index.get(k)!]));
			const first = pkSeen.get(key);
			if (first !== undefined) errors.push({ type: 'primary-key', resource: file, row, line, field: pk.join(', '), cell: pk.map((k) => cells[index.get(k)!]).join(', '), note: `expected a unique (${pk.join(', ')}); already used in row ${first}` });
			else pkSeen.set(key, row);
		}
	});
	return errors;
}

/** Each foreign key's values must exist in the referenced resource (empty cells are allowed). */
export function validateForeignKeys(parsed: Map<string, ParsedResource>): ValidationError[] {
	const errors: ValidationError[] = [];
	for (const { resource, table } of parsed.values()) {
		for (const fk of resource.schema.foreignKeys ?? []) {
			const target = parsed.get(fk.reference.resource);
			if (!target) continue;
			const keysOf = (t: CsvTable, names: string[]) => {
				const idx = names.map((n) => t.header.indexOf(n));
				return (row: string[]) => idx.map((i) => row[i] ?? '');
			};
			const targetKey = keysOf(target.table, fk.reference.fields);
			const known = new Set(target.table.rows.map((r) => JSON.stringify(targetKey(r))));
			const ownKey = keysOf(table, fk.fields);
			table.rows.forEach((cells, r) => {
				const values = ownKey(cells);
				if (values.every((v) => v === '')) return;
				if (!known.has(JSON.stringify(values))) {
					errors.push({
						type: 'foreign-key',
						resource: resource.path,
						row: r + 2,
						line: table.lines[r],
						field: fk.fields.join(', '),
						cell: values.join(', '),
						note: `expected a value of ${fk.reference.fields.join(', ')} in ${target.resource.path}`
					});
				}
			});
		}
	}
	return errors;
}

/** Validate every resource of a package, given each file's text by resource path. */
export function validatePackage(pkg: DataPackage, files: Record<string, string | undefined>): { errors: ValidationError[]; parsed: Map<string, ParsedResource> } {
	const errors: ValidationError[] = [];
	const parsed = new Map<string, ParsedResource>();
	for (const resource of pkg.resources) {
		const text = files[resource.path];
		if (text === undefined) {
			errors.push({ type: 'source-error', resource: resource.path, note: 'the file is missing' });
			continue;
		}
		const result = parseResource(resource, text);
		if ('type' in result) {
			errors.push(result);
			continue;
		}
		const tableErrors = validateTable(result);
		errors.push(...tableErrors);
		if (tableErrors.every((e) => e.row !== 1 && e.type !== 'source-error')) parsed.set(resource.name, result);
	}
	errors.push(...validateForeignKeys(parsed));
	return { errors, parsed };
}
