/**
 * Characters in imported text that deceive or break what comes after, removed and reported:
 * - NUL (U+0000), which no text column should hold and which CSV readers and terminals mishandle;
 * - the bidirectional embedding, override and isolate controls U+202A–U+202E and U+2066–U+2069,
 *   which make text display in another order than it is stored ("‮gnp.exe" shows as "exe.png").
 * Everything else stays exactly as imported: right-to-left marks (U+200E, U+200F), Arabic and
 * Hebrew text, and every other character.
 */
import type { ImportIssue } from './issues';
import { checkLabels, type RawTable } from './raw-table';

const hazard = /[\u0000\u202A-\u202E\u2066-\u2069]/;
const hazards = /[\u0000\u202A-\u202E\u2066-\u2069]/g;

const names: Record<string, string> = {
	'\u0000': 'NUL',
	'\u202A': 'LEFT-TO-RIGHT EMBEDDING',
	'\u202B': 'RIGHT-TO-LEFT EMBEDDING',
	'\u202C': 'POP DIRECTIONAL FORMATTING',
	'\u202D': 'LEFT-TO-RIGHT OVERRIDE',
	'\u202E': 'RIGHT-TO-LEFT OVERRIDE',
	'\u2066': 'LEFT-TO-RIGHT ISOLATE',
	'\u2067': 'RIGHT-TO-LEFT ISOLATE',
	'\u2068': 'FIRST STRONG ISOLATE',
	'\u2069': 'POP DIRECTIONAL ISOLATE'
};

const codePoint = (c: string) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** The text with each hazard shown as a visible marker, for the report: "⟨U+202E⟩gnp.exe". */
export const visibleHazards = (text: string) => text.replace(hazards, (c) => `⟨${codePoint(c)}⟩`);

/**
 * Whether a file's text may hold any hazard: a quick test over the whole text before looking cell
 * by cell. JSON can spell them as escapes (\u202e), which only become characters once parsed.
 */
export const mayHoldHazards = (text: string) => hazard.test(text) || /\\u(0000|202[a-e]|206[6-9])/i.test(text);

/** Listed one by one up to this many; beyond, counted in one more issue. */
const maxListed = 200;

/** Remove the hazards from every label and cell of `table`, in place, reporting each cell changed. */
export function removeTextHazards(table: RawTable): void {
	const issues: ImportIssue[] = [];
	let unlisted = 0;
	const clean = (text: string, where: Pick<ImportIssue, 'row' | 'line' | 'field'>): string => {
		if (!hazard.test(text)) return text;
		if (issues.length >= maxListed) {
			unlisted++;
			return text.replace(hazards, '');
		}
		const found = [...new Set(text.match(hazards))];
		const nul = found.includes('\u0000');
		const controls = found.filter((c) => c !== '\u0000');
		const named = controls.map((c) => `${names[c]} (${codePoint(c)})`).join(', ');
		const what = [
			...(nul ? ['NUL characters (U+0000), which no text should hold'] : []),
			...(controls.length ? [`${named}, which can make text display in another order than it is stored (“⟨U+202E⟩gnp.exe” shows as “exe.png”)`] : [])
		];
		const key = controls.length ? (nul ? 'import.issue.hazardBoth' : 'import.issue.hazardControls') : 'import.issue.hazardNul';
		issues.push({
			severity: 'warning',
			type: nul ? 'nul-removed' : 'bidi-control-removed',
			resource: table.fileName,
			...where,
			cell: visibleHazards(text),
			note: `removed ${what.join(', and ')}; the rest of the text is kept as it was`,
			text: { key, values: { controls: named } }
		});
		return text.replace(hazards, '');
	};
	const labels = table.header.map((label, i) => clean(label, { row: 1, field: `column ${i + 1}` }));
	// Labels were made unique before they were cleaned: "name" and "name‮" are one label now.
	if (labels.some((label, i) => label !== table.header[i])) {
		const checked = checkLabels(table.fileName, labels);
		table.header = checked.header;
		issues.push(...checked.issues);
	} else table.header = labels;
	// Shown on screen too: how the file was read (a sheet's or a record path's name). Sheet names
	// themselves stay as they are: they are how a sheet is chosen.
	table.details = table.details.map(({ note, text }) => ({
		note: visibleHazards(note),
		text: {
			...text,
			values: text.values && Object.fromEntries(Object.entries(text.values).map(([k, v]) => [k, typeof v === 'string' ? visibleHazards(v) : v]))
		}
	}));
	for (let r = 0; r < table.rows.length; r++) {
		const row = table.rows[r];
		for (let c = 0; c < row.length; c++) {
			if (hazard.test(row[c])) row[c] = clean(row[c], { row: table.rowNumbers[r], line: table.lines?.[r], field: table.header[c] ?? `column ${c + 1}` });
		}
	}
	if (unlisted > 0)
		issues.push({
			severity: 'warning',
			type: 'text-hazards-unlisted',
			resource: table.fileName,
			note: `${unlisted.toLocaleString('en')} more cells held NUL or text-direction controls; they were removed in the same way`,
			text: { key: 'import.issue.hazardsUnlisted', values: { cells: unlisted } }
		});
	table.issues.push(...issues);
}
