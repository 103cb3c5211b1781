/** The synthetic inventory generator: seeded, the size asked for, skewed, and valid data. */
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDataDir } from '../../scripts/lib/check-data';
import { generate } from '../../scripts/bench/generate';
import { csvRecords, parseCsv } from '../../src/lib/format/csv';

describe('generate', () => {
	it('writes the requested number of valid contributions, the same for the same seed', async () => {
		const a = mkdtempSync(join(tmpdir(), 'citsci-gen-'));
		const b = mkdtempSync(join(tmpdir(), 'citsci-gen-'));
		const result = await generate(3000, a, 7);
		await generate(3000, b, 7);
		expect(result.contributions).toBe(3000);
		for (const f of ['projects.csv', 'project_countries.csv', 'contributions.csv'])
			expect(readFileSync(join(a, f), 'utf8')).toBe(readFileSync(join(b, f), 'utf8'));
		const links = csvRecords(parseCsv(readFileSync(join(a, 'contributions.csv'), 'utf8')));
		expect(links).toHaveLength(3000);
		// Skew: life on land (15) is the most linked goal, and reduced inequalities (10) among the least.
		const perGoal = new Map<string, number>();
		for (const l of links) perGoal.set(l.sdg_code.split('.')[0], (perGoal.get(l.sdg_code.split('.')[0]) ?? 0) + 1);
		const ranked = [...perGoal.entries()].sort((x, y) => y[1] - x[1]).map(([g]) => g);
		expect(ranked[0]).toBe('15');
		expect(ranked.indexOf('10')).toBeGreaterThan(10);
		// The package validates like the embedded data.
		const full = mkdtempSync(join(tmpdir(), 'citsci-gen-full-'));
		cpSync('data', full, { recursive: true });
		cpSync(a, full, { recursive: true });
		expect(checkDataDir(full).errors).toEqual([]);
	});
});
