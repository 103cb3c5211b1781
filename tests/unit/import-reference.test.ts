/**
 * The real inventories in shared/reference (the European Commission JRC inventory as CSV, and the
 * same inventory as PPSR-Core JSON) import without editing, and the dashboard's figures for them
 * equal what the raw files say, counted here independently of the importer. The files live
 * outside the repository (see tests/reference.ts): a fresh clone skips this file and says why; CI
 * requires it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWithImports, type NodeClient } from '../../src/lib/data/duckdb-node';
import { csvRecords, parseCsv } from '../../src/lib/format/csv';
import { inventoryCsv } from '../../src/lib/import/dataset';
import { detectMapping } from '../../src/lib/import/mapping';
import { normalise, type NormaliseResult } from '../../src/lib/import/normalise';
import { readTable } from '../../src/lib/import/read';
import { framework, resolverFor } from '../../src/lib/import/reference';
import { headline } from '../../src/lib/queries/overview';
import { projectsPerGoal } from '../../src/lib/queries/goals';
import { emptyFilters } from '../../src/lib/domain/filters';
import { hasReference, referenceDir } from '../reference';

const jrcFiles = ['1-projects-citsci.csv', '2-projects-citsci.csv', '3-projects-citsci.csv'].map((f) =>
	join(referenceDir, 'citsci-inventories/jrc-environmental', f)
);
const ppsrFile = join(referenceDir, 'ppsr-core/CSInventory_JSON.json');
const present = hasReference('The real inventories (tests/unit/import-reference.test.ts)', [...jrcFiles, ppsrFile]);
const bytes = (path: string) => new Uint8Array(readFileSync(path));

async function importFile(path: string, id: string): Promise<NormaliseResult> {
	const table = await readTable(path.split('/').pop()!, bytes(path));
	const mapping = detectMapping(table.header, table.rows);
	return normalise(table, mapping, { datasetId: id, framework, countries: resolverFor(mapping) });
}

describe.skipIf(!present)('the European Commission JRC inventory (three CSV files)', () => {
	let db: NodeClient;
	let results: NormaliseResult[];
	/** The raw rows, read as plain CSV records. */
	const raw = () => jrcFiles.flatMap((f) => csvRecords(parseCsv(readFileSync(f, 'utf8'))));

	beforeAll(async () => {
		results = await Promise.all(jrcFiles.map((f, i) => importFile(f, `jrc${i + 1}`)));
		db = await openWithImports(
			results.map((r, i) => ({ id: `jrc${i + 1}`, title: `JRC ${i + 1}`, csv: inventoryCsv(r.inventory) })),
			false
		);
	});
	afterAll(() => db?.close());

	it('imports every row with no error, only warnings a person should check', () => {
		expect(results.map((r) => [r.rowsRead, r.inventory.projects.length, r.skippedRows])).toEqual([
			[503, 503, 0],
			[10, 10, 0],
			[2, 2, 0]
		]);
		const issues = results.flatMap((r) => r.issues);
		expect(issues.filter((i) => i.severity !== 'warning')).toEqual([]);
		// "Europe" is a region, not a country: the only place left for the user to resolve.
		expect(new Set(results.flatMap((r) => r.unresolvedCountries.map((u) => u.text)))).toEqual(new Set(['Europe']));
	});

	it('counts projects per goal and strength as the 0/1/2 scores say', async () => {
		const rows = raw();
		const scoreColumns = Object.keys(rows[0]).filter((k) => /^SDG \d+ /.test(k));
		expect(scoreColumns).toHaveLength(17);
		const expected = scoreColumns.map((column) => {
			const goal = Number(/^SDG (\d+)/.exec(column)![1]);
			const direct = rows.filter((r) => r[column] === '2').length;
			const indirect = rows.filter((r) => r[column] === '1').length;
			return { goal, direct, indirect, potential: 0, projects: direct + indirect };
		});
		const actual = (await projectsPerGoal(db, emptyFilters)).map(({ goal, direct, indirect, potential, projects }) => ({
			goal,
			direct,
			indirect,
			potential,
			projects
		}));
		expect(actual).toEqual(expected);
	});

	it('has the headline figures of the raw file', async () => {
		const rows = raw();
		const h = await headline(db, emptyFilters);
		expect(h.projects).toBe(rows.length);
		const goalsWithAny = new Set(
			rows.flatMap((r) =>
				Object.entries(r)
					.filter(([k, v]) => /^SDG \d+ /.test(k) && v !== '0')
					.map(([k]) => k)
			)
		);
		expect(h.goals.reached).toBe(goalsWithAny.size);
		// Goal-level scores say nothing about indicators.
		expect(h.indicators.linked).toBe(0);
		const global = rows.filter((r) => r['Geographic coverage'] === 'World' || r['Geographical extent'] === 'Global').length;
		const [{ n }] = await db.query<{ n: number }>(`SELECT count(*)::INTEGER AS n FROM projects WHERE geographic_scale = 'global'`);
		expect(n).toBe(global);
		const active = rows.filter((r) => r['Still active'] === 'Yes').length;
		const [{ a }] = await db.query<{ a: number }>(`SELECT count(*)::INTEGER AS a FROM projects WHERE status = 'active'`);
		expect(a).toBe(active);
	});
});

describe.skipIf(!present)('the same inventory as PPSR-Core JSON', () => {
	it('imports its 512 projects with their status, years and organisation', async () => {
		const result = await importFile(ppsrFile, 'ppsr');
		const raw = (JSON.parse(new TextDecoder().decode(bytes(ppsrFile))) as { Project: Record<string, string>[] }).Project;
		expect(result.issues.filter((i) => i.severity !== 'warning')).toEqual([]);
		expect(result.inventory.projects).toHaveLength(raw.length);
		const p = result.inventory.projects;
		expect(p.filter((r) => r[7] === 'active')).toHaveLength(raw.filter((r) => r.projectStatus === 'Active').length);
		expect(p.filter((r) => r[7] === 'completed')).toHaveLength(raw.filter((r) => r.projectStatus === 'Completed').length);
		expect(p.map((r) => r[5])).toEqual(raw.map((r) => Number(r.projectStartDate.slice(0, 4))));
		// Cells are trimmed: "Natural History Museum " and "Natural History Museum" are one organisation.
		expect(p.map((r) => r[3])).toEqual(raw.map((r) => r.projectResponsiblePartyName.trim() || null));
		// The JRC encoding carries no SDG scores and no places: there is nothing to link, and the
		// dashboard says so rather than reporting no projects at all.
		expect(result.inventory.contributions).toEqual([]);
		expect(result.inventory.project_countries).toEqual([]);
		const db = await openWithImports([{ id: 'ppsr', title: 'PPSR', csv: inventoryCsv(result.inventory) }], false);
		try {
			expect(await headline(db, emptyFilters)).toMatchObject({ projects: 0, unlinked: raw.length, goals: { reached: 0 } });
		} finally {
			db.close();
		}
	});
});
