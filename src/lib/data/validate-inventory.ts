/**
 * Rules of this dataset that a Frictionless table schema cannot express: SDG codes must exist at
 * the level they claim, the framework must be internally consistent, years must be in order, and
 * a project's countries must agree with its geographic scale, and every link must carry the
 * evidence its strength needs (src/lib/domain/evidence.ts).
 */
import { csvRecords } from '../format/csv';
import { evidenceProblems } from '../domain/evidence';
import type { ParsedResource, ValidationError } from './validate-package';

interface Located {
	record: Record<string, string>;
	row: number;
	line: number;
}

function located(p: ParsedResource | undefined): Located[] {
	if (!p) return [];
	return csvRecords(p.table).map((record, i) => ({ record, row: i + 2, line: p.table.lines[i] }));
}

/** The depth a code has: 15 is a goal, 15.5 a target, 15.5.1 an indicator. */
export function levelOfCode(code: string): 'goal' | 'target' | 'indicator' | null {
	if (/^\d{1,2}$/.test(code)) return 'goal';
	if (/^\d{1,2}\.(\d{1,2}|[a-z])$/.test(code)) return 'target';
	if (/^\d{1,2}\.(\d{1,2}|[a-z])\.\d{1,2}$/.test(code)) return 'indicator';
	return null;
}

export function validateInventory(parsed: Map<string, ParsedResource>): ValidationError[] {
	const errors: ValidationError[] = [];
	const rows = (name: string) => located(parsed.get(name));
	const fileOf = (name: string) => parsed.get(name)?.resource.path ?? name;

	const goals = new Set(rows('sdg_goals').map((g) => g.record.goal));
	const targets = new Map(rows('sdg_targets').map((t) => [t.record.target, t.record.goal]));
	const indicators = new Map(rows('sdg_indicators').map((i) => [i.record.indicator, i.record]));

	for (const { record: t, row, line } of rows('sdg_targets')) {
		if (t.target.split('.')[0] !== t.goal) {
			errors.push({ type: 'framework-error', resource: fileOf('sdg_targets'), row, line, field: 'target', cell: t.target, note: `expected a target of goal ${t.goal}` });
		}
	}
	for (const { record: i, row, line } of rows('sdg_indicators')) {
		const [g, t] = i.indicator.split('.');
		if (`${g}.${t}` !== i.target || g !== i.goal) {
			errors.push({ type: 'framework-error', resource: fileOf('sdg_indicators'), row, line, field: 'indicator', cell: i.indicator, note: `expected an indicator of target ${i.target} (goal ${i.goal})` });
		} else if (targets.get(i.target) !== i.goal) {
			errors.push({ type: 'framework-error', resource: fileOf('sdg_indicators'), row, line, field: 'target', cell: i.target, note: `expected a target listed in the targets file under goal ${i.goal}` });
		}
		if (i.repeat_of && indicators.get(i.repeat_of)?.repeat_of) {
			errors.push({ type: 'framework-error', resource: fileOf('sdg_indicators'), row, line, field: 'repeat_of', cell: i.repeat_of, note: 'expected the primary indicator, not another repeat' });
		}
	}

	const known = { goal: goals, target: new Set(targets.keys()), indicator: new Set(indicators.keys()) };
	for (const { record: c, row, line } of rows('contributions')) {
		const depth = levelOfCode(c.sdg_code);
		const where = { resource: fileOf('contributions'), row, line };
		if (depth && depth !== c.level) {
			errors.push({ type: 'sdg-code-error', ...where, field: 'level', cell: c.level, note: `expected "${depth}" for the code ${c.sdg_code}` });
		} else if (depth && !known[depth].has(c.sdg_code)) {
			errors.push({ type: 'sdg-code-error', ...where, field: 'sdg_code', cell: c.sdg_code, note: `expected an official SDG ${depth} code` });
		}
		const evidence = { level: c.level, strength: c.strength, evidence_type: c.evidence_type || null, names_project: c.names_project || null, source_url: c.source_url || null, locator: c.locator || null };
		for (const p of evidenceProblems(evidence)) errors.push({ type: 'evidence-error', ...where, field: p.field, cell: c[p.field] ?? '', note: p.note });
	}

	// The changelog says what each changed link is now: that must be what the data hold.
	const linkNow = new Map(rows('contributions').map((c) => [`${c.record.project_id} ${c.record.sdg_code}`, c.record]));
	for (const { record: r, row, line } of rows('link_regrades')) {
		const where = { resource: fileOf('link_regrades'), row, line };
		const now = r.new_sdg_code ? linkNow.get(`${r.project_id} ${r.new_sdg_code}`) : undefined;
		if (r.new_strength === 'removed') {
			if (r.new_sdg_code) errors.push({ type: 'changelog-error', ...where, field: 'new_sdg_code', cell: r.new_sdg_code, note: 'expected no code for a removed link' });
		} else if (!now || now.level !== r.new_level || now.strength !== r.new_strength) {
			errors.push({
				type: 'changelog-error',
				...where,
				field: 'new_strength',
				cell: r.new_strength,
				note: `expected ${fileOf('contributions')} to hold ${r.project_id} → ${r.new_sdg_code} (${r.new_level}, ${r.new_strength})${now ? `; it holds ${now.level}, ${now.strength}` : ''}`
			});
		}
	}

	const scaleOf = new Map(rows('projects').map((p) => [p.record.project_id, p.record.geographic_scale]));
	const countriesOf = new Map<string, number>();
	for (const { record } of rows('project_countries')) countriesOf.set(record.project_id, (countriesOf.get(record.project_id) ?? 0) + 1);
	for (const { record: pc, row, line } of rows('project_countries')) {
		if (scaleOf.get(pc.project_id) === 'global') {
			errors.push({ type: 'scale-error', resource: fileOf('project_countries'), row, line, field: 'project_id', cell: pc.project_id, note: 'a project of global scale lists no countries (global is a scale, not every country)' });
		}
	}
	for (const { record: p, row, line } of rows('projects')) {
		const where = { resource: fileOf('projects'), row, line };
		if (p.start_year && p.end_year && Number(p.end_year) < Number(p.start_year)) {
			errors.push({ type: 'constraint-error', ...where, field: 'end_year', cell: p.end_year, note: `expected a year not before start_year ${p.start_year}` });
		}
		if (p.status === 'completed' && !p.end_year) {
			errors.push({ type: 'constraint-error', ...where, field: 'end_year', cell: '', note: 'expected the year a completed project ended' });
		}
		const n = countriesOf.get(p.project_id) ?? 0;
		const scale = p.geographic_scale;
		if (scale !== 'global' && n === 0) {
			errors.push({ type: 'scale-error', ...where, field: 'geographic_scale', cell: scale, note: `expected at least one country for ${p.project_id} in ${fileOf('project_countries')}` });
		} else if ((scale === 'local' || scale === 'subnational' || scale === 'national') && n > 1) {
			errors.push({ type: 'scale-error', ...where, field: 'geographic_scale', cell: scale, note: `expected one country for a ${scale} project; ${fileOf('project_countries')} lists ${n} (use multinational)` });
		}
		// A multinational project may list one country: the countries are those a source confirms.
	}
	return errors;
}
