/**
 * Imported text that would deceive a reader or break a file: NUL and the bidirectional override,
 * embedding and isolate controls are removed and reported with the cell made visible; right-to-left
 * marks and Arabic or Hebrew text stay exactly as imported. CSV, JSON and XLSX alike.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { detectMapping } from '../../src/lib/import/mapping';
import { normalise } from '../../src/lib/import/normalise';
import { readTable } from '../../src/lib/import/read';
import { framework, resolverFor } from '../../src/lib/import/reference';
import { reportCsv } from '../../src/lib/import/report';
import { parseCsv } from '../../src/lib/format/csv';

const RLO = '\u202E';
const LRI = '\u2066';
const PDI = '\u2069';
const RLM = '\u200F';
const arabic = 'مراقبة الطيور';
const rows = [
	['Project name', 'Description', 'Country', 'SDG'],
	[`${RLO}gnp.exe`, 'Counts birds', 'Kenya', '15'],
	['Water\u0000 watch', `Samples ${LRI}rivers${PDI}`, 'Spain', '6'],
	[arabic, `${RLM}وصف`, 'Egypt', '15']
];

async function importBytes(name: string, bytes: Uint8Array) {
	const table = await readTable(name, bytes);
	const mapping = detectMapping(table.header, table.rows);
	return { table, result: normalise(table, mapping, { datasetId: 't', framework, countries: resolverFor(mapping) }) };
}

// A text file with a zero byte is refused as binary before it is read (decode.ts): NUL arrives through JSON escapes instead.
const csvBytes = () => new TextEncoder().encode(rows.map((r) => r.map((c) => `"${c.replace('\u0000', '')}"`).join(',')).join('\n') + '\n');

async function xlsxBytes() {
	const workbook = new ExcelJS.Workbook();
	const sheet = workbook.addWorksheet('Projects');
	for (const r of rows) sheet.addRow(r.map((c) => c.replace('\u0000', ''))); // XML cannot hold NUL at all
	return new Uint8Array(await workbook.xlsx.writeBuffer());
}

const jsonBytes = () => new TextEncoder().encode(JSON.stringify(rows.slice(1).map((r) => Object.fromEntries(r.map((c, i) => [rows[0][i], c])))));

describe('text hazards in imports', () => {
	// CSV rows count the header as row 1; JSON records are numbered from 1.
	it.each([
		['CSV', 'hazards.csv', csvBytes, 2],
		['JSON', 'hazards.json', jsonBytes, 1]
	])('removes NUL and direction controls from %s, reports each cell, and keeps everything else', async (format, name, bytes, first) => {
		const { table, result } = await importBytes(name, bytes());
		const names = result.inventory.projects.map((p) => p[1]);
		expect(names).toEqual(['gnp.exe', 'Water watch', arabic]);
		expect(result.inventory.projects.map((p) => p[4])).toEqual(['Counts birds', 'Samples rivers', `${RLM}وصف`]);
		const found = table.issues.filter((i) => i.type === 'nul-removed' || i.type === 'bidi-control-removed');
		expect(found.map((i) => [i.type, i.row, i.field, i.cell])).toEqual([
			['bidi-control-removed', first, 'Project name', '⟨U+202E⟩gnp.exe'],
			...(format === 'JSON' ? [['nul-removed', first + 1, 'Project name', 'Water⟨U+0000⟩ watch']] : []),
			['bidi-control-removed', first + 1, 'Description', 'Samples ⟨U+2066⟩rivers⟨U+2069⟩']
		]);
		expect(found[0].note).toMatch(/RIGHT-TO-LEFT OVERRIDE \(U\+202E\).*display in another order/);
		expect(found.every((i) => i.severity === 'warning')).toBe(true);
		// The report file shows the visible markers, never the controls themselves.
		const report = reportCsv(table.issues);
		expect(report).not.toMatch(/[\u0000\u202A-\u202E\u2066-\u2069]/);
		expect(parseCsv(report).rows.map((r) => r[5])).toContain('⟨U+202E⟩gnp.exe');
	});

	it('does the same for XLSX workbooks', async () => {
		const { table, result } = await importBytes('hazards.xlsx', await xlsxBytes());
		expect(result.inventory.projects.map((p) => p[1])).toEqual(['gnp.exe', 'Water watch', arabic]);
		expect(table.issues.filter((i) => i.type === 'bidi-control-removed').map((i) => i.cell)).toEqual(['⟨U+202E⟩gnp.exe', 'Samples ⟨U+2066⟩rivers⟨U+2069⟩']);
	});

	it('leaves a file without hazards untouched and unreported', async () => {
		const { table } = await importBytes('clean.csv', new TextEncoder().encode(`Project name,Country\n${RLM}${arabic},Egypt\n`));
		expect(table.rows).toEqual([[`${RLM}${arabic}`, 'Egypt']]);
		expect(table.issues).toEqual([]);
	});
});

describe('text hazards that arrive in other forms', () => {
	it('cleans JSON escapes (\\u202e, \\u0000) once parsed, in cells and in keys', async () => {
		const json = String.raw`[{"Project name":"\u202egnp.exe","Country\u0000":"Kenya"}]`;
		const { table } = await importBytes('escaped.json', new TextEncoder().encode(json));
		expect(table.rows[0][0]).toBe('gnp.exe');
		expect(table.header).toContain('Country');
		expect(table.issues.map((i) => i.cell)).toEqual(expect.arrayContaining(['⟨U+202E⟩gnp.exe', 'Country⟨U+0000⟩']));
	});

	it('names a label that repeats another once its control is removed', async () => {
		const { table } = await importBytes('labels.csv', new TextEncoder().encode(`Project name,Project name\u202E,Country\nA,B,Kenya\n`));
		expect(table.header).toEqual(['Project name', 'Project name (2)', 'Country']);
		expect(table.issues.map((i) => i.type)).toEqual(expect.arrayContaining(['bidi-control-removed', 'duplicate-label']));
	});
});
