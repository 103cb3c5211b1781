/**
 * The European Commission JRC inventory, published beside the curated one: the vendored files are
 * the published ones, the build's conversion keeps every score on the JRC's own scale (counted here
 * from the raw files, independently of the importer), the crosswalk's matches are one-to-one and
 * real, and a project in both datasets counts once.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkJrcSources, convertJrc, jrcFiles, jrcSourceDir } from '../../scripts/lib/jrc-dataset';
import { openPublishedInNode, type NodeClient } from '../../src/lib/data/duckdb-node';
import { emptyFilters } from '../../src/lib/domain/filters';
import { csvRecords, parseCsv } from '../../src/lib/format/csv';
import { headline } from '../../src/lib/queries/overview';
import { projectsPerGoal } from '../../src/lib/queries/goals';

const read = (path: string) => csvRecords(parseCsv(readFileSync(path, 'utf8')));
/** The raw rows of the three files, as published (each starts with a byte-order mark). */
const raw: Record<string, string>[] = jrcFiles.flatMap((f, i) => read(join(jrcSourceDir, f)).map((r) => ({ ...r, file: String(i + 1) })));
const uid = (r: Record<string, string>) => Object.entries(r).find(([k]) => k.replace(/^\uFEFF/, '') === 'UID')![1];
const crosswalk = read('data/jrc_crosswalk.csv');
const curated = read('data/projects.csv');

describe('the vendored JRC files', () => {
	it('are the published ones: 503 + 10 + 2 projects, checked against their SHA-256 sums', () => {
		expect(jrcFiles.map((f) => read(join(jrcSourceDir, f)).length)).toEqual([503, 10, 2]);
		expect(() => checkJrcSources()).not.toThrow();
	});

	it('stop the build when one byte changes, naming the file', () => {
		const dir = mkdtempSync(join(tmpdir(), 'jrc-'));
		cpSync(jrcSourceDir, dir, { recursive: true });
		const path = join(dir, jrcFiles[1]);
		writeFileSync(path, readFileSync(path, 'utf8').replace('Survey', 'Surveys'));
		expect(() => checkJrcSources(dir)).toThrow(new RegExp(`${jrcFiles[1]}: expected SHA-256`));
	});
});

describe('the published JRC dataset', () => {
	let jrcOnly: NodeClient;
	let both: NodeClient;
	beforeAll(async () => {
		jrcOnly = await openPublishedInNode('data', 'static/data', { embedded: false, jrc: true });
		both = await openPublishedInNode('data', 'static/data');
	});
	afterAll(() => {
		jrcOnly?.close();
		both?.close();
	});

	it('counts projects per goal as the raw 0/1/2 scores say, on its own scale (scored 2, scored 1), never as curated grades', async () => {
		const columns = Object.keys(raw[0]).filter((k) => /^SDG \d+ /.test(k));
		expect(columns).toHaveLength(17);
		const expected = columns.map((column) => {
			const goal = Number(/^SDG (\d+)/.exec(column)![1]);
			const two = raw.filter((r) => r[column] === '2').length;
			const one = raw.filter((r) => r[column] === '1').length;
			return { goal, direct: 0, indirect: 0, potential: 0, 'scored-2': two, 'scored-1': one, projects: two + one };
		});
		const actual = (await projectsPerGoal(jrcOnly, emptyFilters)).map(({ goal, direct, indirect, potential, projects, ...rest }) => ({
			goal,
			direct,
			indirect,
			potential,
			'scored-2': rest['scored-2'],
			'scored-1': rest['scored-1'],
			projects
		}));
		expect(actual).toEqual(expected);
	});

	it('converts every project of the three files, as the importer does for a visitor', async () => {
		const converted = await convertJrc();
		expect(converted.projects).toBe(raw.length);
		const ids = read(join('static/data/jrc', 'projects.csv')).map((p) => p.project_id);
		expect(ids).toEqual(raw.map((r) => `jrc${r.file}_${uid(r)}`));
	});

	it('has a crosswalk of one-to-one matches, each to a real record on both sides, each with its reason', () => {
		const jrcIds = new Set(raw.map((r) => `jrc${r.file}_${uid(r)}`));
		const curatedIds = new Set(curated.map((p) => p.project_id));
		expect(new Set(crosswalk.map((x) => x.jrc_project_id)).size).toBe(crosswalk.length);
		expect(new Set(crosswalk.map((x) => x.project_id)).size).toBe(crosswalk.length);
		for (const x of crosswalk) {
			expect(jrcIds.has(x.jrc_project_id), x.jrc_project_id).toBe(true);
			expect(curatedIds.has(x.project_id), x.project_id).toBe(true);
			// The name recorded is the JRC row's own.
			const row = raw.find((r) => `jrc${r.file}_${uid(r)}` === x.jrc_project_id)!;
			expect(row.Name.trim()).toBe(x.jrc_name);
			expect(x.note.length).toBeGreaterThan(15);
		}
	});

	it('counts a project in both datasets once, in its curated record, which carries both kinds of link', async () => {
		const { projects } = await headline(both, emptyFilters);
		const { projects: jrcProjects } = await headline(jrcOnly, emptyFilters);
		expect(projects).toBe(curated.length + jrcProjects - crosswalk.length);
		const left = await both.query<{ n: number }>(`SELECT count(*)::INTEGER AS n FROM projects WHERE project_id IN (SELECT jrc_project_id FROM jrc_crosswalk)`);
		expect(left[0].n).toBe(0);
		const ukbms = await both.query<{ strength: string }>(`SELECT DISTINCT strength FROM contributions WHERE project_id = 'ukbms' ORDER BY strength`);
		expect(ukbms.map((r) => r.strength)).toEqual(expect.arrayContaining(['potential', 'scored-2']));
		// Every link keeps its own scale: JRC scores only on goals, curated grades only from the curated files.
		const mixed = await both.query<{ n: number }>(
			`SELECT count(*)::INTEGER AS n FROM contributions WHERE strength IN ('scored-2', 'scored-1') AND level <> 'goal'`
		);
		expect(mixed[0].n).toBe(0);
		const [{ jrcGraded }] = await jrcOnly.query<{ jrcGraded: number }>(
			`SELECT count(*)::INTEGER AS "jrcGraded" FROM contributions WHERE strength IN ('direct', 'indirect', 'potential')`
		);
		expect(jrcGraded).toBe(0);
	});
});
