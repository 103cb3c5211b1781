/** The escaping helpers, checked by what real DuckDB makes of their output. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openNodeDuckDB, type NodeClient } from '../../scripts/lib/node-duckdb';
import { sqlIdentifier, sqlString } from '../../src/lib/data/sql';
import { formatDate, formatPercent } from '../../src/lib/format/number';

let db: NodeClient;
beforeAll(async () => (db = await openNodeDuckDB()));
afterAll(() => db.close());

const awkward = [`plain`, `it's`, `say "hi"`, `'; DROP TABLE t; --`, `back\\slash`, `漢字 ü`];

describe('sqlString and sqlIdentifier', () => {
	it.each(awkward)('round-trip %s through DuckDB unchanged', async (text) => {
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
	});
});
