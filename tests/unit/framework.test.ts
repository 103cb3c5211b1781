/**
 * The SDG framework carried in data/ must agree with the UN's official lists code for code and
 * title for title. The official lists live outside the repository (see tests/reference.ts): a
 * fresh clone skips this file and says why; CI requires it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { csvRecords, parseCsv } from '../../src/lib/format/csv';
import { hasReference, sdgReferenceDir } from '../reference';

const officialFiles = ['goals.csv', 'targets.csv', 'indicators.csv', 'indicators_deleted_2020.csv', 'sdg_colours.csv'];
const present = hasReference(
	'The SDG framework check (tests/unit/framework.test.ts)',
	officialFiles.map((f) => join(sdgReferenceDir, f))
);
const read = (path: string) => csvRecords(parseCsv(readFileSync(path, 'utf8')));
const official = (name: string) => read(join(sdgReferenceDir, name));
const ours = (name: string) => read(join('data', name));

describe.skipIf(!present)('data/ carries the official SDG framework exactly', () => {
	it('has the 17 goals with official titles, short titles and colours', () => {
		const goals = ours('sdg_goals.csv');
		const colours = new Map(official('sdg_colours.csv').map((c) => [c.goal, c.hex.toUpperCase()]));
		expect(goals.map((g) => [g.goal, g.title, g.short_title])).toEqual(official('goals.csv').map((g) => [g.goal, g.title, g.short_title]));
		expect(goals.map((g) => g.colour)).toEqual(goals.map((g) => colours.get(g.goal)));
		expect(goals).toHaveLength(17);
	});

	it('has the 169 targets with official titles', () => {
		const targets = ours('sdg_targets.csv');
		expect(targets.map((t) => [t.target, t.goal, t.title])).toEqual(official('targets.csv').map((t) => [t.target, t.goal, t.title]));
		expect(targets).toHaveLength(169);
	});

	it('has the 248 listed indicators (231 unique) with titles, tiers, custodians and repeats', () => {
		const fields = ['indicator', 'target', 'goal', 'title', 'tier', 'custodian_agencies', 'partner_agencies', 'unsd_code', 'repeat_of'];
		const pick = (r: Record<string, string>) => fields.map((f) => r[f]);
		const indicators = ours('sdg_indicators.csv');
		expect(indicators.map(pick)).toEqual(official('indicators.csv').map(pick));
		expect(indicators).toHaveLength(248);
		expect(indicators.filter((i) => i.repeat_of === '')).toHaveLength(231);
	});

	it('carries no indicator the UN deleted in 2020 (a reused code such as 1.a.1 has its new title)', () => {
		const titles = new Set(ours('sdg_indicators.csv').map((i) => i.title));
		for (const d of official('indicators_deleted_2020.csv')) expect(titles.has(d.title), d.indicator).toBe(false);
	});
});
