/**
 * The curated inventory under the evidence model: the data pass every rule, the changelog of
 * regrades accounts for every link that changed since the inventory before the model (read from
 * git history), and the methodology page's figures equal the files counted independently here.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkDataDir } from '../../scripts/lib/check-data';
import { openPublishedInNode, type NodeClient } from '../../src/lib/data/duckdb-node';
import { evidenceProblems } from '../../src/lib/domain/evidence';
import { csvRecords, parseCsv } from '../../src/lib/format/csv';
import { methodologyFigures } from '../../src/lib/queries/methodology';

const read = (text: string) => csvRecords(parseCsv(text));
const links = read(readFileSync('data/contributions.csv', 'utf8'));
const changelog = read(readFileSync('data/link_regrades.csv', 'utf8'));

/** The last commit before the evidence model: its links are what the changelog starts from. */
const before = '8ff62e0b4d68d962e6c78d8c11f1582b583030e1';
function linksBefore(): Record<string, string>[] | null {
	try {
		return read(execFileSync('git', ['show', `${baseline()}:data/contributions.csv`], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));
	} catch {
		return null;
	}
}
function baseline(): string {
	return process.env.EVIDENCE_BASELINE ?? before;
}
const original = linksBefore();
if (!original) console.log(`Skipping the changelog's coverage test: git history with commit ${baseline()} is not available here.`);

describe('the curated inventory under the evidence model', () => {
	it('passes every rule of the data package and of the evidence model', () => {
		expect(checkDataDir('data').errors).toEqual([]);
		for (const l of links) expect(evidenceProblems(l as never), `${l.project_id} ${l.sdg_code}`).toEqual([]);
	});

	it('cites, for every indicator-level link, a document that names the project; no direct link without official or custodian evidence', () => {
		expect(links.filter((l) => l.level === 'indicator' && l.names_project !== 'yes')).toEqual([]);
		expect(links.filter((l) => l.strength === 'direct' && !['official', 'custodian'].includes(l.evidence_type))).toEqual([]);
	});

	it.skipIf(!original)('has a changelog row for every link that changed since the inventory before the evidence model, and none invented', () => {
		const now = new Map(links.map((l) => [`${l.project_id} ${l.sdg_code}`, l]));
		const logged = new Map(changelog.map((r) => [`${r.project_id} ${r.sdg_code}`, r]));
		const was = new Map(original!.map((l) => [`${l.project_id} ${l.sdg_code}`, l]));
		for (const [key, l] of was) {
			const current = now.get(key);
			const unchanged = current && current.level === l.level && current.strength === l.strength;
			if (unchanged) continue;
			const row = logged.get(key);
			expect(row, `no changelog row for ${key} (${l.strength})`).toBeDefined();
			expect([row!.level, row!.strength]).toEqual([l.level, l.strength]);
			expect(row!.reason.length).toBeGreaterThan(20);
		}
		for (const key of logged.keys()) expect(was.has(key), `changelog row for ${key}, which was never a link`).toBe(true);
	});
});

describe('the methodology page', () => {
	let db: NodeClient;
	// The database the build renders the page from: both published datasets, matched projects merged.
	beforeAll(async () => (db = await openPublishedInNode('data', 'static/data')));
	afterAll(() => db?.close());

	it('counts links by strength and evidence type as the file says', async () => {
		const m = await methodologyFigures(db);
		const count = (strength: string, type: string) => links.filter((l) => l.strength === strength && l.evidence_type === type).length;
		for (const c of m.cells) expect(c.links, `${c.strength} × ${c.evidence_type}`).toBe(count(c.strength, c.evidence_type!));
		expect(m.cells.reduce((n, c) => n + c.links, 0)).toBe(links.length);
		expect(m.cells.reduce((n, c) => n + c.general, 0)).toBe(links.filter((l) => l.names_project === 'no').length);
		expect(m.projects).toBe(read(readFileSync('data/projects.csv', 'utf8')).length);
		expect(m.regrades).toHaveLength(changelog.length);
	});
});
