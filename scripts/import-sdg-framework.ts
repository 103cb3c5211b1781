/**
 * Carry the official UN SDG framework facts into data/ (run by hand when the UN publishes a new
 * tier classification): `tsx scripts/import-sdg-framework.ts <folder with goals.csv, targets.csv,
 * indicators.csv, sdg_colours.csv>`. The result is checked against the same folder by a test.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { csvRecords, parseCsv, toCsv } from '../src/lib/format/csv.ts';

const dir = process.argv[2];
if (!dir) {
	console.error('usage: tsx scripts/import-sdg-framework.ts <sdg-framework folder>');
	process.exit(2);
}
const read = (name: string) => csvRecords(parseCsv(readFileSync(join(dir, name), 'utf8')));

const colours = new Map(read('sdg_colours.csv').map((r) => [r.goal, r.hex.toUpperCase()]));
const goals = read('goals.csv').map((g) => [g.goal, g.title, g.short_title, colours.get(g.goal)]);
const targets = read('targets.csv').map((t) => [t.target, t.goal, t.title]);
const indicators = read('indicators.csv').map((i) => [
	i.indicator,
	i.target,
	i.goal,
	i.title,
	i.tier,
	i.custodian_agencies,
	i.partner_agencies,
	i.unsd_code,
	i.repeat_of
]);

// LF endings keep the committed files diff-friendly; the parser reads either.
const write = (name: string, header: string[], rows: unknown[][]) => writeFileSync(join('data', name), toCsv(header, rows).replaceAll('\r\n', '\n'));
write('sdg_goals.csv', ['goal', 'title', 'short_title', 'colour'], goals);
write('sdg_targets.csv', ['target', 'goal', 'title'], targets);
write('sdg_indicators.csv', ['indicator', 'target', 'goal', 'title', 'tier', 'custodian_agencies', 'partner_agencies', 'unsd_code', 'repeat_of'], indicators);
console.log(`data/: ${goals.length} goals, ${targets.length} targets, ${indicators.length} indicators`);
