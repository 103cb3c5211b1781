/**
 * How good are the suggested links? Scored on labels nobody here wrote, with the SDG columns
 * hidden from the suggester (it sees a project's name, description and topics only).
 *
 * - Goal level, against the EC JRC inventory's own 0/1/2 goal scores (515 projects): a suggested
 *   goal is right when the JRC team scored it 1 or 2 (precision); recall counts the goals they
 *   scored 2 (direct). The term table was reviewed on projects with an even UID only; the figures
 *   that count are those of the odd UIDs, held out.
 * - Target level, against the curated inventory: its targets (and the targets of its indicator
 *   links) are the truth; a third of its projects, chosen by a hash of their id, are held out.
 * Confidence intervals: 95%, percentile bootstrap over projects (2,000 resamples, fixed seed), as
 * a project's suggestions are not independent of each other.
 *
 * Usage: npm run eval:suggest
 */
// First: code below formats messages, in English.
import './lib/english.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { csvRecords, parseCsv } from '../src/lib/format/csv.ts';
import { detectMapping } from '../src/lib/import/mapping.ts';
import { createSuggester, type ProjectText } from '../src/lib/suggest/suggester.ts';
import { jrcFiles, jrcSourceDir } from './lib/jrc-dataset.ts';
import { readSuggestReference } from './lib/suggest-reference.ts';

const reference = readSuggestReference();
const suggester = createSuggester(reference);
const targetOf = new Map(reference.indicators.map((i) => [i.code, i.code.split('.').slice(0, 2).join('.')]));

/** Per project: suggestions right, suggestions made, truths found, truths. */
type Tally = [number, number, number, number];

function random(seed: number) {
	return () => {
		seed = (seed + 0x6d2b79f5) | 0;
		let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** Ratio of sums with a 95% percentile bootstrap interval over projects. */
function ratio(tallies: Tally[], num: 0 | 2, den: 1 | 3) {
	const sum = (ts: Tally[], k: number) => ts.reduce((s, t) => s + t[k], 0);
	const value = sum(tallies, num) / sum(tallies, den);
	const next = random(20261130);
	const draws: number[] = [];
	for (let b = 0; b < 2000; b++) {
		let n = 0;
		let d = 0;
		for (let i = 0; i < tallies.length; i++) {
			const t = tallies[Math.floor(next() * tallies.length)];
			n += t[num];
			d += t[den];
		}
		if (d > 0) draws.push(n / d);
	}
	draws.sort((a, b) => a - b);
	return { value, low: draws[Math.floor(draws.length * 0.025)], high: draws[Math.floor(draws.length * 0.975) - 1] };
}

const fmt = (r: { value: number; low: number; high: number }) => `${r.value.toFixed(2)} (95% CI ${r.low.toFixed(2)}–${r.high.toFixed(2)})`;

// --- JRC, goal level ---
const jrcRows = jrcFiles.flatMap((f) => {
	const table = parseCsv(readFileSync(join(jrcSourceDir, f), 'utf8').replace(/^\uFEFF/, ''));
	return csvRecords(table);
});
const header = Object.keys(jrcRows[0]);
const mapping = detectMapping(header);
const goalColumns = Object.entries(mapping.goalColumns);
const jrcProjects = jrcRows.map((r) => ({
	uid: Number(r.UID),
	text: {
		id: r.UID,
		name: r[mapping.columns.name!],
		description: r[mapping.columns.description!],
		topics: mapping.columns.topics ? r[mapping.columns.topics] : null
	} satisfies ProjectText,
	scores: new Map(goalColumns.map(([label, goal]) => [goal, Number((r[label] ?? '').trim() || 0)]))
}));

function goalTallies(projects: typeof jrcProjects, predict: (p: (typeof jrcProjects)[number]) => Set<number>): Tally[] {
	return projects.map((p) => {
		const goals = predict(p);
		const right = [...goals].filter((g) => (p.scores.get(g) ?? 0) >= 1).length;
		const direct = [...p.scores].filter(([, s]) => s === 2).map(([g]) => g);
		return [right, goals.size, direct.filter((g) => goals.has(g)).length, direct.length];
	});
}

const suggestedGoals = (p: (typeof jrcProjects)[number]) => new Set(suggester.suggest(p.text).map((s) => s.goal));
console.log(`Suggested links, measured ${new Date().toISOString().slice(0, 10)}; term table: ${reference.terms.length} rules.\n`);
console.log(`Goal level, against the JRC inventory's scores (${jrcProjects.length} projects; SDG columns hidden):`);
for (const [label, subset] of [
	['held out (odd UID)', jrcProjects.filter((p) => p.uid % 2 === 1)],
	['reviewed (even UID)', jrcProjects.filter((p) => p.uid % 2 === 0)]
] as const) {
	const t = goalTallies(subset, suggestedGoals);
	const none = t.filter((x) => x[1] === 0).length;
	console.log(
		`  ${label}, ${subset.length} projects: precision (JRC 1 or 2) ${fmt(ratio(t, 0, 1))}; recall of goals scored 2 ${fmt(ratio(t, 2, 3))}; ${(t.reduce((s, x) => s + x[1], 0) / subset.length).toFixed(1)} goals suggested per project, ${none} projects with none`
	);
}
// What precision alone would say: the goals the JRC team scored for nearly every project.
const baseline = goalTallies(
	jrcProjects.filter((p) => p.uid % 2 === 1),
	() => new Set([4, 9, 16])
);
console.log(`  for comparison, goals 4, 9 and 16 for every held-out project: precision ${fmt(ratio(baseline, 0, 1))}; recall ${fmt(ratio(baseline, 2, 3))}`);

// --- Curated, target level ---
const curated = csvRecords(parseCsv(readFileSync('data/projects.csv', 'utf8')));
const links = csvRecords(parseCsv(readFileSync('data/contributions.csv', 'utf8')));
const truth = new Map<string, Set<string>>();
for (const l of links) {
	if (l.level === 'goal') continue;
	const target = l.level === 'indicator' ? targetOf.get(l.sdg_code)! : l.sdg_code;
	if (!truth.has(l.project_id)) truth.set(l.project_id, new Set());
	truth.get(l.project_id)!.add(target);
}
/** FNV-1a: a stable hash of the id, so the held-out third never changes. */
const hash = (s: string) => [...s].reduce((h, c) => Math.imul(h ^ c.charCodeAt(0), 16777619) >>> 0, 2166136261);
const heldOut = (id: string) => hash(id) % 3 === 0;
console.log(`\nTarget level, against the curated inventory's links (projects with target or indicator links):`);
for (const [label, keep] of [
	['held out (a third, by id hash)', heldOut],
	['the rest', (id: string) => !heldOut(id)]
] as const) {
	const subset = curated.filter((p) => truth.has(p.project_id) && keep(p.project_id));
	const t: Tally[] = subset.map((p) => {
		const targets = new Set(
			suggester.suggest({ id: p.project_id, name: p.name, description: p.description, topics: p.topics }).map((s) => targetOf.get(s.code) ?? s.code)
		);
		const real = truth.get(p.project_id)!;
		const found = [...targets].filter((x) => real.has(x)).length;
		return [found, targets.size, found, real.size];
	});
	console.log(`  ${label}, ${subset.length} projects: precision ${fmt(ratio(t, 0, 1))}; recall ${fmt(ratio(t, 2, 3))}`);
}

// --- Speed ---
const many: ProjectText[] = Array.from({ length: 10_000 }, (_, i) => ({ ...jrcProjects[i % jrcProjects.length].text, id: String(i) }));
const started = performance.now();
let made = 0;
for (const p of many) made += suggester.suggest(p).length;
console.log(
	`\nSpeed: 10,000 projects suggested in ${((performance.now() - started) / 1000).toFixed(2)} s on this machine (${made.toLocaleString('en')} suggestions).`
);
