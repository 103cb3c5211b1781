/**
 * Seeded synthetic inventories in the app's own data-package format (projects.csv,
 * project_countries.csv, contributions.csv), for benchmarks at 10k to 10M contribution rows.
 * Realistic skew: a few goals and countries dominate (Zipf), long tails, a share of multi-country
 * and global projects, more projects in recent years. Same seed, same files.
 *   tsx scripts/bench/generate.ts <contributions> [outDir] [seed]
 */
// First: code below formats messages, in English.
import '../lib/english.ts';
import { createWriteStream, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { csvRecords, parseCsv } from '../../src/lib/format/csv.ts';

/** Mulberry32: a small, fast, seeded generator (the same numbers on every machine). */
export function random(seed: number) {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** Draw an index 0..n-1 with Zipf weights (rank 1 most likely). */
function zipf(n: number, s: number, rnd: () => number) {
	const weights = Array.from({ length: n }, (_, i) => 1 / (i + 1) ** s);
	const total = weights.reduce((a, b) => a + b, 0);
	const cumulative: number[] = [];
	let acc = 0;
	for (const w of weights) cumulative.push((acc += w / total));
	return () => {
		const x = rnd();
		let lo = 0;
		let hi = n - 1;
		while (lo < hi) {
			const mid = (lo + hi) >> 1;
			if (cumulative[mid] < x) lo = mid + 1;
			else hi = mid;
		}
		return lo;
	};
}

function shuffled<T>(xs: T[], rnd: () => number): T[] {
	const out = [...xs];
	for (let i = out.length - 1; i > 0; i--) {
		const j = Math.floor(rnd() * (i + 1));
		[out[i], out[j]] = [out[j], out[i]];
	}
	return out;
}

class Lines {
	#stream;
	#buffer: string[] = [];
	constructor(path: string, header: string) {
		this.#stream = createWriteStream(path);
		this.#buffer.push(header);
	}
	async add(line: string) {
		this.#buffer.push(line);
		if (this.#buffer.length >= 10_000) await this.flush();
	}
	async flush() {
		if (this.#buffer.length === 0) return;
		const chunk = this.#buffer.join('\n') + '\n';
		this.#buffer = [];
		if (!this.#stream.write(chunk)) await new Promise<void>((r) => this.#stream.once('drain', () => r()));
	}
	async close() {
		await this.flush();
		await new Promise<void>((r) => this.#stream.end(() => r()));
	}
}

export async function generate(contributions: number, outDir: string, seed = 2030): Promise<{ projects: number; contributions: number; countryRows: number }> {
	const rnd = random(seed);
	const read = (name: string) => csvRecords(parseCsv(readFileSync(join('data', name), 'utf8')));
	const goals = Array.from({ length: 17 }, (_, i) => i + 1);
	// Goals ranked as citizen science tends to reach them: life on land, cities, health, water first.
	const goalRank = [15, 11, 3, 6, 14, 13, 12, 2, 4, 17, 9, 16, 5, 7, 1, 8, 10];
	const targetsOf = new Map(
		goals.map((g) => [
			g,
			read('sdg_targets.csv')
				.filter((t) => Number(t.goal) === g)
				.map((t) => t.target)
		])
	);
	const indicatorsOf = new Map(
		goals.map((g) => [
			g,
			read('sdg_indicators.csv')
				.filter((i) => Number(i.goal) === g)
				.map((i) => i.indicator)
		])
	);
	const countries = shuffled(
		read('countries.csv')
			.filter((c) => c.region)
			.map((c) => c.iso3),
		rnd
	);
	const topics = [
		'biodiversity',
		'birds',
		'marine-coastal',
		'freshwater',
		'air-quality',
		'climate-weather',
		'health',
		'agriculture-food',
		'urban',
		'waste-litter',
		'disaster-risk',
		'land-forests',
		'energy',
		'education',
		'water-sanitation',
		'gender-equality'
	];
	const pickGoal = zipf(17, 1.1, rnd);
	const pickCountry = zipf(countries.length, 1.2, rnd);
	const pickTopic = zipf(topics.length, 0.9, rnd);

	mkdirSync(outDir, { recursive: true });
	const projects = new Lines(
		join(outDir, 'projects.csv'),
		'project_id,name,url,organisation,description,start_year,end_year,status,geographic_scale,topics,record_source,record_locator'
	);
	const places = new Lines(join(outDir, 'project_countries.csv'), 'project_id,country,source_url,locator');
	const links = new Lines(join(outDir, 'contributions.csv'), 'project_id,sdg_code,level,strength,evidence_type,names_project,rationale,source_url,locator');

	let written = 0;
	let projectCount = 0;
	let countryRows = 0;
	while (written < contributions) {
		const id = `p${String(++projectCount).padStart(8, '0')}`;
		const scaleRoll = rnd();
		const scale = scaleRoll < 0.05 ? 'global' : scaleRoll < 0.2 ? 'multinational' : scaleRoll < 0.8 ? 'national' : scaleRoll < 0.95 ? 'subnational' : 'local';
		// More projects start recently: the square of a uniform number leans towards the end.
		const start = rnd() < 0.1 ? '' : String(2026 - Math.floor(rnd() ** 2 * 40));
		const ended = start && rnd() < 0.2;
		const end = ended ? String(Math.min(2026, Number(start) + 1 + Math.floor(rnd() * 10))) : '';
		const topicList = [...new Set([topics[pickTopic()], ...(rnd() < 0.3 ? [topics[pickTopic()]] : [])])].join(';');
		await projects.add(
			`${id},Synthetic project ${projectCount},https://example.org/${id},Synthetic network,Synthetic record for benchmarks.,${start},${end},${ended ? 'completed' : 'active'},${scale},${topicList},,`
		);
		if (scale !== 'global') {
			const n = scale === 'multinational' ? 2 + Math.floor(rnd() * 5) : 1;
			const chosen = new Set<string>();
			while (chosen.size < n) chosen.add(countries[pickCountry()]);
			for (const c of chosen) await places.add(`${id},${c},,`);
			countryRows += chosen.size;
		}
		// Long tail of links per project: mostly a few, sometimes dozens.
		const count = Math.min(contributions - written, 1 + Math.floor(-Math.log(1 - rnd()) * 7));
		const codes = new Set<string>();
		for (let k = 0; k < count * 3 && codes.size < count; k++) {
			const goal = goalRank[pickGoal()];
			const roll = rnd();
			const pool = roll < 0.45 ? indicatorsOf.get(goal)! : roll < 0.85 ? targetsOf.get(goal)! : [String(goal)];
			codes.add(pool[Math.floor(rnd() * pool.length)]);
		}
		for (const code of codes) {
			const level = code.split('.').length === 3 ? 'indicator' : code.includes('.') ? 'target' : 'goal';
			const s = rnd();
			// Evidence as the curated inventory's rules require for each strength (src/lib/domain/evidence.ts).
			const graded = s < 0.1 ? 'direct,official' : s < 0.7 ? 'indirect,peer-reviewed' : 'potential,inference';
			// A source address of 12 bytes or fewer, which DuckDB stores inline: the evidence costs the
			// synthetic inventories no string heap (they model the engine's load, not real citations).
			await links.add(`${id},${code},${level},${graded},yes,Synthetic link.,http://e.io,synthetic`);
		}
		written += codes.size;
	}
	await Promise.all([projects.close(), places.close(), links.close()]);
	// Synthetic links were never regraded, no synthetic project is in the JRC inventory and none is
	// a network's member: empty changelog, crosswalk and memberships, in place of the curated ones.
	writeFileSync(join(outDir, 'link_regrades.csv'), 'date,project_id,sdg_code,level,strength,new_sdg_code,new_level,new_strength,reason\n');
	writeFileSync(join(outDir, 'jrc_crosswalk.csv'), 'jrc_project_id,jrc_name,project_id,matched_on,note\n');
	writeFileSync(join(outDir, 'project_networks.csv'), 'project_id,network_id,role,source_url,quote\n');
	return { projects: projectCount, contributions: written, countryRows };
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const n = Number(process.argv[2] ?? 10_000);
	const out = process.argv[3] ?? `bench/data/${n}`;
	const t = performance.now();
	const result = await generate(n, out, Number(process.argv[4] ?? 2030));
	console.log(
		`${out}: ${result.contributions} contributions, ${result.projects} projects, ${result.countryRows} country rows (${Math.round(performance.now() - t)} ms)`
	);
}
