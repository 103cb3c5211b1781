/**
 * Carry the UN's official translations of the SDG framework titles into data/translations/ (run by
 * hand when the source changes): `tsx scripts/import-sdg-translations.ts <folder with goals.csv,
 * targets.csv, indicators.csv>`, the folder being the Open SDG translations extract (see
 * data/translations/README.md). The result is checked against the same folder by
 * tests/unit/framework-translations.test.ts.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { csvRecords, parseCsv, toCsv } from '../src/lib/format/csv.ts';
import { olderWordingIndicators } from '../src/lib/domain/un-languages.ts';

const dir = process.argv[2];
if (!dir) {
	console.error('usage: tsx scripts/import-sdg-translations.ts <sdg-translations folder>');
	process.exit(2);
}
// NFC: the source spells many accents as a letter plus a combining mark; the same text in the
// composed form the web expects (W3C character model) displays alike and is found by a search typed
// on any keyboard.
const read = (name: string) => csvRecords(parseCsv(readFileSync(join(dir, name), 'utf8').normalize('NFC')));
// An empty title is the source saying "no translation" (11.5.3 in every language): it stays out,
// and the app falls back to the English official title, marked as such.
const translated = (rows: Record<string, string>[]) => rows.filter((r) => r.title.trim() !== '');

const goals = translated(read('goals.csv')).map((g) => [g.goal, g.lang, g.title, g.short_title]);
const targets = translated(read('targets.csv')).map((t) => [t.target, t.lang, t.title]);
const indicators = translated(read('indicators.csv')).map((i) => [
	i.indicator,
	i.lang,
	i.title,
	olderWordingIndicators.includes(i.indicator) ? 'older' : 'current'
]);

// LF endings keep the committed files diff-friendly; the parser reads either.
const write = (name: string, header: string[], rows: unknown[][]) =>
	writeFileSync(join('data/translations', name), toCsv(header, rows).replaceAll('\r\n', '\n'));
write('sdg_goals.csv', ['goal', 'lang', 'title', 'short_title'], goals);
write('sdg_targets.csv', ['target', 'lang', 'title'], targets);
write('sdg_indicators.csv', ['indicator', 'lang', 'title', 'wording'], indicators);
console.log(`data/translations/: ${goals.length} goal, ${targets.length} target and ${indicators.length} indicator titles`);
