/**
 * The escaping module, one context at a time, each checked by what a real reader makes of its
 * output: an XML parser for SVG text and attributes, the CSV parser and DuckDB's CSV reader for
 * cells, DuckDB for SQL names and strings.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DOMParser } from '@xmldom/xmldom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openNodeDuckDB, type NodeClient } from '../../src/lib/data/duckdb-node';
import { parseCsv, spreadsheetCsv } from '../../src/lib/format/csv';
import { csvCell, spreadsheetText, sqlIdentifier, sqlString, xmlAttribute, xmlText } from '../../src/lib/format/escape';
import { formatBytes, formatDate, formatDecimal, formatPercent } from '../../src/lib/format/number';
import { setCurrentLocale } from '../../src/lib/i18n/current';
import { locales } from '../../src/lib/i18n/locales';

let db: NodeClient;
beforeAll(async () => (db = await openNodeDuckDB()));
afterAll(() => db.close());

const awkward = [
	`plain`,
	`it's`,
	`say "hi"`,
	`'; DROP TABLE t; --`,
	`back\\slash`,
	`漢字 ü`,
	`a & b < c > d`,
	`</text><script>x</script>`,
	'line\nbreak',
	'cr\rhere',
	'a,b'
];

const parseXml = (xml: string) => {
	const errors: string[] = [];
	const doc = new DOMParser({ onError: (level, msg) => level !== 'warning' && errors.push(msg) }).parseFromString(xml, 'image/svg+xml');
	expect(errors).toEqual([]);
	return doc;
};

describe('XML text and attributes', () => {
	it.each(awkward)('carry %j into an SVG and back unchanged, without new elements', (text) => {
		const doc = parseXml(`<svg xmlns="http://www.w3.org/2000/svg"><text data-x="${xmlAttribute(text)}">${xmlText(text)}</text></svg>`);
		const el = doc.getElementsByTagName('text')[0];
		expect(el.textContent).toBe(text);
		// An attribute value's line breaks are normalised to spaces by every XML parser; the rest is exact.
		expect(el.getAttribute('data-x')).toBe(text.replace(/[\r\n]/g, ' '));
		expect(doc.getElementsByTagName('script').length).toBe(0);
	});
});

describe('CSV cells', () => {
	it.each(awkward)('carry %j through our parser and DuckDB unchanged', async (text) => {
		const csv = `name,n\r\n${csvCell(text)},${csvCell(3)}\r\n`;
		expect(parseCsv(csv).rows).toEqual([[text, '3']]);
		const path = join(mkdtempSync(join(tmpdir(), 'citsci-escape-')), 'cell.csv');
		writeFileSync(path, csv);
		const [row] = await db.query<{ name: string; n: number }>(`SELECT * FROM read_csv(?, header = true, all_varchar = true)`, [path]);
		expect(row.name).toBe(text);
	});

	it('neutralise formulas for spreadsheets, headers included, numbers untouched', () => {
		expect(spreadsheetText('=1+1')).toBe("'=1+1");
		expect(spreadsheetText('＠SUM(A1)')).toBe("'＠SUM(A1)");
		expect(spreadsheetText('Kenya')).toBe('Kenya');
		// A byte-order mark at the start of the file's first cell would be read as the encoding mark.
		expect(spreadsheetText('\ufeff=HYPERLINK("https://x","y")')).toBe('\'\ufeff=HYPERLINK("https://x","y")');
		const csv = spreadsheetCsv(
			['=name', 'n'],
			[
				['-2+3', -2],
				[null, 4]
			]
		);
		expect(parseCsv(csv)).toMatchObject({
			header: ["'=name", 'n'],
			rows: [
				["'-2+3", '-2'],
				['', '4']
			]
		});
	});
});

describe('SQL names and strings', () => {
	it.each(awkward)('round-trip %j through DuckDB unchanged', async (text) => {
		const [row] = await db.query<Record<string, string>>(`SELECT ${sqlString(text)} AS ${sqlIdentifier(text)}`);
		expect(row).toEqual({ [text]: text });
	});

	it('refuse a NUL character', () => {
		expect(() => sqlString('a\0b')).toThrow();
		expect(() => sqlIdentifier('a\0b')).toThrow();
	});
});

describe('number formats', () => {
	it('format percentages and dates', () => {
		expect(formatPercent(19, 231)).toBe('8.2%');
		expect(formatPercent(77, 231)).toBe('33%');
		expect(formatPercent(0, 0)).toBe('–');
		expect(formatDate('2026-11-27')).toBe('27 November 2026');
		expect(formatDate('2026-13-01')).toBe('2026-13-01');
		expect([12, 1, 340 * 1024, 400 * 1024 * 1024].map(formatBytes)).toEqual(['12 bytes', '1 byte', '340 kB', '400.0 MB']);
	});

	it("format them in the page's language", () => {
		try {
			setCurrentLocale(locales.fr);
			expect(formatPercent(19, 231)).toBe('8,2\u00a0%');
			expect(formatDecimal(1234.5, 1)).toBe('1\u202f234,5');
			expect(formatDate('2026-11-27')).toBe('27 novembre 2026');
			expect(formatBytes(1.5 * 1024 * 1024)).toMatch(/^1,5\sMo$/);
			setCurrentLocale(locales.ar);
			// Western digits, as the UN's Arabic documents write them.
			expect(formatPercent(77, 231)).toMatch(/^\D*33\D*%\D*$/);
			expect(formatDate('2026-11-27')).toContain('2026');
			setCurrentLocale(locales.zh);
			expect(formatDate('2026-11-27')).toBe('2026年11月27日');
		} finally {
			setCurrentLocale(locales.en);
		}
	});
});
