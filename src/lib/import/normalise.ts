/**
 * A raw table and a mapping become the dashboard's own inventory tables (projects, their countries,
 * their SDG contributions), with every problem reported where it is. Nothing here touches the
 * database or storage: the user sees the result and the report first, and accepts or not.
 */
import { curatedOnlyFields, dataPackage, inventoryTables, type InventoryTable } from '../data/package';
import type { EvidenceType } from '../domain/evidence';
import { strengths, type Strength } from '../domain/strength';
import { acceptedSuggestions } from '../suggest/accepted';
import { acceptedRationale, codesFor } from '../suggest/evidence';
import type { Suggester } from '../suggest/suggester';
import { fatal, type ImportIssue } from './issues';
import { mappingProblems, type Mapping } from './mapping';
import { notes, type Said } from './notes';
import type { RawTable } from './raw-table';
import { slug } from '../format/slug';
import { parseScale, parseScore, parseSdgCode, parseStatus, parseStrength, parseUrl, parseYear, type SdgCode } from './values';

export interface Framework {
	targets: ReadonlySet<string>;
	indicators: ReadonlySet<string>;
}
export interface CountryResolverLike {
	resolve(cell: string): { countries: string[]; global: boolean; unresolved: string[] };
}

export const inventoryColumns = Object.fromEntries(
	inventoryTables.map((name) => [
		name,
		dataPackage.resources
			.find((r) => r.name === name)!
			.schema.fields.map((f) => f.name)
			.filter((f) => !curatedOnlyFields[name].includes(f))
	])
) as Record<InventoryTable, string[]>;

export interface Inventory {
	projects: (string | number | null)[][];
	project_countries: string[][];
	contributions: string[][];
}

export interface NormaliseResult {
	inventory: Inventory;
	issues: ImportIssue[];
	/** Country texts nobody could resolve, with how many rows use them and the first such row. */
	unresolvedCountries: { text: string; rows: number; firstRow: number }[];
	/** Rows read, and rows that became projects. */
	rowsRead: number;
	skippedRows: number;
	/** Projects the file itself links to no SDG code (accepted suggestions aside): those suggestions are for. */
	unlinkedIds: string[];
	/** Links added from accepted suggestions. */
	acceptedSuggestions: number;
}

export interface NormaliseOptions {
	datasetId: string;
	framework: Framework;
	countries: CountryResolverLike;
	/** Reports beyond this many issues keep counting but stop listing (a million bad rows would not fit). */
	maxIssues?: number;
	onProgress?: (fraction: number) => void;
	/** Makes the suggestions again for projects with accepted ones (mapping.suggestions), for their evidence. */
	suggester?: Suggester;
}

export function normalise(table: RawTable, mapping: Mapping, options: NormaliseOptions): NormaliseResult {
	const { datasetId, framework, countries } = options;
	const problems = mappingProblems(mapping, table.header);
	if (problems.length > 0) {
		const field = table.header.length === 1 ? table.header[0] : undefined;
		throw fatal(table.fileName, 'mapping-error', problems.map((p) => p.note).join(' '), { row: 1, field, text: problems[1] ? undefined : problems[0].text });
	}
	const maxIssues = options.maxIssues ?? 5000;
	const issues: ImportIssue[] = [...table.issues];
	let unlisted = 0;
	const report = (issue: Omit<ImportIssue, 'resource'>) => {
		if (issues.length < maxIssues) issues.push({ resource: table.fileName, ...issue });
		else unlisted++;
	};
	const column = (label: string | undefined) => (label === undefined ? -1 : table.header.indexOf(label));
	const col = Object.fromEntries(Object.entries(mapping.columns).map(([role, label]) => [role, column(label)])) as Record<string, number>;
	const goalColumns = Object.entries(mapping.goalColumns).map(([label, goal]) => ({ label, goal, index: column(label) }));
	const at = (row: string[], role: string) => (col[role] >= 0 ? (row[col[role]] ?? '').trim() : '');

	const inventory: Inventory = { projects: [], project_countries: [], contributions: [] };
	const ids = new Map<string, number>();
	const unresolved = new Map<string, { rows: number; firstRow: number }>();
	let skippedRows = 0;
	const unlinkedIds: string[] = [];
	let acceptedCount = 0;
	// Inventories repeat the same country cells thousands of times; resolve each text once.
	const places = new Map<string, ReturnType<CountryResolverLike['resolve']>>();
	const resolvePlace = (cell: string) => {
		let place = places.get(cell);
		if (!place) {
			place = countries.resolve(cell);
			if (places.size < 100_000) places.set(cell, place);
		}
		return place;
	};

	table.rows.forEach((row, i) => {
		const rowNumber = table.rowNumbers[i];
		const line = table.lines?.[i];
		// Row and physical line both: they part ways after a cell that spans lines, and spreadsheets count rows, editors lines.
		const where = line !== undefined ? { row: rowNumber, line } : { row: rowNumber };
		const cellIssue = (type: string, field: string, cell: string, { note, text }: Said, severity: ImportIssue['severity'] = 'error') =>
			report({ severity, type, ...where, field, cell, note, text });
		if (i % 5000 === 0) options.onProgress?.(i / table.rows.length);

		const name = at(row, 'name');
		if (!name) {
			cellIssue('constraint-error', mapping.columns.name ?? 'name', '', notes.nameRequired());
			skippedRows++;
			return;
		}
		const sourceId = at(row, 'id');
		const key = slug(sourceId) || `row-${rowNumber}`;
		const projectId = `${datasetId}_${key}`;
		const earlier = ids.get(projectId);
		if (earlier !== undefined) {
			cellIssue('primary-key-error', mapping.columns.id ?? 'name', sourceId, notes.duplicateId(earlier));
			skippedRows++;
			return;
		}
		ids.set(projectId, rowNumber);

		const urlText = at(row, 'url');
		const { url, error: urlError, text: urlNote } = parseUrl(urlText);
		if (urlError) cellIssue('type-error', mapping.columns.url!, urlText, { note: urlError, text: urlNote! }, 'warning');

		const years: Record<'start_year' | 'end_year', number | null> = { start_year: null, end_year: null };
		for (const role of ['start_year', 'end_year'] as const) {
			const text = at(row, role);
			const parsed = parseYear(text);
			if ('error' in parsed) cellIssue('type-error', mapping.columns[role]!, text, { note: `${parsed.error}; left empty`, text: { key: parsed.key } });
			else years[role] = parsed.year;
		}
		if (years.start_year !== null && years.end_year !== null && years.end_year < years.start_year) {
			cellIssue('constraint-error', mapping.columns.end_year!, String(years.end_year), notes.endBeforeStart(years.start_year));
			years.end_year = null;
		}

		const statusText = at(row, 'status');
		let status = parseStatus(statusText);
		if (status === null) {
			cellIssue('constraint-error', mapping.columns.status!, statusText, notes.status(), 'warning');
			status = 'unknown';
		}
		if (status === 'unknown' && mapping.columns.status === undefined && years.end_year !== null)
			status = years.end_year < new Date().getFullYear() ? 'completed' : 'active';

		const place = resolvePlace(at(row, 'countries'));
		const fixed = place.unresolved.filter((text) => mapping.countryFixes[text] === 'global' || mapping.countryFixes[text] === 'ignore');
		const global = place.global || fixed.some((text) => mapping.countryFixes[text] === 'global');
		for (const text of place.unresolved) {
			if (fixed.includes(text)) continue;
			const seen = unresolved.get(text);
			if (seen) seen.rows++;
			else unresolved.set(text, { rows: 1, firstRow: rowNumber });
			cellIssue('unknown-country', mapping.columns.countries!, text, notes.unknownCountry(), 'warning');
		}

		const scaleText = at(row, 'scale');
		let scale = scaleText ? parseScale(scaleText) : null;
		if (scaleText && !scale) cellIssue('constraint-error', mapping.columns.scale!, scaleText, notes.scale(), 'warning');
		scale ??= global ? 'global' : place.countries.length > 1 ? 'multinational' : place.countries.length === 1 ? 'national' : 'unknown';

		const topics = at(row, 'topics')
			.split(/\s*;\s*/)
			.filter(Boolean)
			.join(';');
		inventory.projects.push([
			projectId,
			name,
			url,
			at(row, 'organisation') || null,
			at(row, 'description'),
			years.start_year,
			years.end_year,
			status,
			scale,
			topics || null,
			`${table.fileName}, row ${rowNumber}`
		]);
		for (const iso3 of place.countries) inventory.project_countries.push([projectId, iso3]);

		// One contribution per SDG code and project, at its strongest.
		const links = new Map<string, { sdg: SdgCode; strength: Strength; rationale: string; evidence?: EvidenceType }>();
		const add = (sdg: SdgCode, strength: Strength, rationale: string, evidence?: EvidenceType) => {
			const earlierLink = links.get(sdg.code);
			if (!earlierLink || strengths.indexOf(strength) < strengths.indexOf(earlierLink.strength)) links.set(sdg.code, { sdg, strength, rationale, evidence });
		};
		for (const { label, goal, index } of goalColumns) {
			const text = (row[index] ?? '').trim();
			const score = parseScore(text, mapping.defaultStrength);
			if (score === null) cellIssue('constraint-error', label, text, notes.goalScore(goal));
			else if (score !== 'none') add({ code: String(goal), level: 'goal', strength: score }, score, `Scored ${text} in column “${label}”`);
		}
		const strengthText = at(row, 'strength');
		let rowStrength = strengthText ? parseStrength(strengthText) : null;
		// An unknown word leaves the row's links in, at the strength the user chose for links the file
		// does not qualify: the link itself is not in doubt, so it is a warning, not a value left out.
		if (strengthText && !rowStrength && at(row, 'sdg_codes')) {
			cellIssue('constraint-error', mapping.columns.strength!, strengthText, notes.strength(mapping.defaultStrength), 'warning');
		}
		rowStrength ??= mapping.defaultStrength;
		for (const piece of at(row, 'sdg_codes').split(/\s*[;,|\n]\s*/)) {
			if (!piece) continue;
			const sdg = parseSdgCode(piece);
			const known =
				sdg &&
				(sdg.level === 'goal'
					? Number(sdg.code) >= 1 && Number(sdg.code) <= 17
					: sdg.level === 'target'
						? framework.targets.has(sdg.code)
						: framework.indicators.has(sdg.code));
			if (!sdg || !known) {
				cellIssue('constraint-error', mapping.columns.sdg_codes!, piece, notes.sdgCode());
				continue;
			}
			// A suggestion accepted before, as the PPSR-Core export writes it, stays one: potential at most.
			if (sdg.suggested) add(sdg, 'potential', `Listed in column “${mapping.columns.sdg_codes}” as a suggestion accepted at an earlier import`, 'suggested');
			else add(sdg, sdg.strength ?? rowStrength, `Listed in column “${mapping.columns.sdg_codes}”`);
		}
		// Suggestions are made, and accepted, for projects the file itself leaves unlinked; only those take them.
		if (links.size === 0) unlinkedIds.push(projectId);
		const chosen = mapping.suggestions && links.size === 0 ? codesFor(mapping.suggestions.accepted, key) : undefined;
		if (chosen?.length && options.suggester) {
			const project = { id: projectId, name, description: at(row, 'description'), topics: at(row, 'topics') };
			const { kept, gone } = acceptedSuggestions(options.suggester, project, chosen);
			for (const code of gone) cellIssue('suggestion-gone', mapping.columns.name ?? 'name', name, notes.suggestionGone(code), 'warning');
			// A suggestion supports a possible contribution only, whatever its score.
			for (const s of kept) add({ code: s.code, level: s.level, strength: null }, 'potential', acceptedRationale(s), 'suggested');
			acceptedCount += kept.length;
		}
		for (const { sdg, strength, rationale, evidence } of links.values())
			inventory.contributions.push([projectId, sdg.code, sdg.level, strength, evidence ?? '', rationale, '']);
	});
	options.onProgress?.(1);
	if (unlisted > 0) {
		issues.push({ severity: 'warning', type: 'report-truncated', resource: table.fileName, ...notes.truncated(unlisted, maxIssues) });
	}
	return {
		inventory,
		issues,
		unresolvedCountries: [...unresolved].map(([text, v]) => ({ text, ...v })).sort((a, b) => b.rows - a.rows),
		rowsRead: table.rows.length,
		skippedRows,
		unlinkedIds,
		acceptedSuggestions: acceptedCount
	};
}
