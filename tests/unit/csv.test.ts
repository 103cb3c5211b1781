import { describe, expect, it } from 'vitest';
import { CsvSyntaxError, parseCsv, toCsv } from '../../src/lib/format/csv';
import { csvCell } from '../../src/lib/format/escape';

describe('parseCsv', () => {
	it('reads quoted commas, doubled quotes and quoted newlines, and drops a byte-order mark', () => {
		const t = parseCsv('\ufeffa,b\r\n"x, y","say ""hi"""\n"line\none",2\n');
		expect(t.header).toEqual(['a', 'b']);
		expect(t.rows).toEqual([
			['x, y', 'say "hi"'],
			['line\none', '2']
		]);
		expect(t.lines).toEqual([2, 3]);
	});

	it('keeps empty cells and ragged rows as they are', () => {
		const t = parseCsv('a,b,c\n1,,3\n4\n');
		expect(t.rows).toEqual([['1', '', '3'], ['4']]);
	});

	it('locates an unclosed quote', () => {
		expect(() => parseCsv('a\n"oops\n')).toThrowError(CsvSyntaxError);
		expect(() => parseCsv('a\nb\n"oops\n')).toThrowError(/line 3/);
	});

	it('round-trips what toCsv writes', () => {
		const rows = [
			['=1+1', 'a "b"', 'c\nd', ''],
			['é 漢字', ',', ' x ', '0']
		];
		expect(parseCsv(toCsv(['w', 'x', 'y', 'z'], rows)).rows).toEqual(rows);
	});

	it('quotes only when needed', () => {
		expect(csvCell('plain')).toBe('plain');
		expect(csvCell('a,b')).toBe('"a,b"');
		expect(csvCell(null)).toBe('');
	});
});
