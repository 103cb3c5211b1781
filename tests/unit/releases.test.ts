/**
 * Releases that stay (scripts/lib/releases.ts): a frozen release is published byte for byte after
 * a newer one; a changed, added or missing file of a frozen release stops the build, and so do
 * data changed under a frozen version; an earlier release with another layout loads by its own
 * columns and gives its own figures (the 0.1.0 release kept in data/releases: 82 projects, no
 * evidence columns, no JRC inventory).
 */
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openReleaseInNode } from '../../src/lib/data/duckdb-node';
import { jrcTablePath } from '../../src/lib/data/load';
import { dataPackage, inventoryTables, inventoryYear } from '../../src/lib/data/package';
import { parseCsv } from '../../src/lib/format/csv';
import { loadOverview } from '../../src/lib/queries/overview';
import { checkCurrent, checkReleases, freezeRelease, publishReleases, releaseFiles } from '../../scripts/lib/releases';

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const fixtureFiles = (version: string) => {
	const pkg = JSON.parse(readFileSync('data/datapackage.json', 'utf8'));
	const files = new Map<string, Uint8Array>([['datapackage.json', new TextEncoder().encode(JSON.stringify({ ...pkg, version }))]]);
	for (const name of ['projects.csv', 'contributions.csv', 'project_countries.csv'])
		files.set(name, new Uint8Array(readFileSync(join('tests/fixtures/mini', name))));
	for (const name of ['sdg_goals.csv', 'sdg_targets.csv', 'sdg_indicators.csv', 'countries.csv'])
		files.set(name, new Uint8Array(readFileSync(join('data', name))));
	return files;
};

describe('releases that stay', () => {
	it('the releases kept in data/releases are as frozen, and the current data equal their frozen copy', () => {
		expect(checkReleases('data/releases')).toEqual([]);
		// The JRC tables as the build converted them (npm run data, which the unit tests run first).
		const jrc = Object.fromEntries(inventoryTables.map((t) => [t, readFileSync(join('static/data', jrcTablePath(t)), 'utf8')]));
		const current = releaseFiles('data', dataPackage, jrc);
		expect(checkCurrent('data/releases', dataPackage.version, current)).toEqual([]);
	});

	it('publishes an earlier release byte for byte after a newer one, and lists both, newest first', () => {
		const releases = mkdtempSync(join(tmpdir(), 'releases-'));
		const fixture = fixtureFiles('0.0.1');
		freezeRelease(releases, '0.0.1', fixture);
		freezeRelease(releases, '0.0.2', fixtureFiles('0.0.2'));
		freezeRelease(releases, '0.10.0', fixtureFiles('0.10.0'));
		freezeRelease(releases, '0.9.0', fixtureFiles('0.9.0'));
		const site = mkdtempSync(join(tmpdir(), 'site-'));
		const listed = publishReleases(releases, site, new Map([['0.0.1', '2026-01-01']]));
		expect(listed.map((r) => r.version)).toEqual(['0.10.0', '0.9.0', '0.0.2', '0.0.1']);
		expect(listed[3]).toMatchObject({ date: '2026-01-01', path: 'releases/0.0.1', jrc: false });
		expect(listed[3].columns['contributions.csv']).toEqual(parseCsv(readFileSync('tests/fixtures/mini/contributions.csv', 'utf8')).header);
		for (const [path, bytes] of fixture) expect(sha256(new Uint8Array(readFileSync(join(site, 'releases/0.0.1', path)))), path).toBe(sha256(bytes));
		expect(() => freezeRelease(releases, '0.0.1', fixtureFiles('0.0.1'))).toThrow(/is never written twice/);
	});

	it('stops on a frozen file changed, added or removed, naming it', () => {
		const releases = mkdtempSync(join(tmpdir(), 'releases-'));
		freezeRelease(releases, '0.0.1', fixtureFiles('0.0.1'));
		expect(checkReleases(releases)).toEqual([]);
		writeFileSync(join(releases, '0.0.1/projects.csv'), readFileSync(join(releases, '0.0.1/projects.csv'), 'utf8').replace('alpha', 'alpha2'));
		writeFileSync(join(releases, '0.0.1/extra.csv'), 'a\n1\n');
		rmSync(join(releases, '0.0.1/countries.csv'));
		writeFileSync(join(releases, '0.0.1/.DS_Store'), 'a system file, not part of the release');
		writeFileSync(join(releases, 'notes.txt'), 'not a release');
		const problems = checkReleases(releases).join('\n');
		expect(problems).not.toContain('.DS_Store');
		expect(problems).toMatch(/notes\.txt: not a release; expected a folder named by its version/);
		expect(problems).toMatch(/0\.0\.1\/projects\.csv: changed since release 0\.0\.1 was frozen/);
		expect(problems).toMatch(/0\.0\.1\/extra\.csv: not part of release 0\.0\.1/);
		expect(problems).toMatch(/0\.0\.1\/countries\.csv: missing from release 0\.0\.1/);
	});

	it('reads SHA256SUMS with either line end, and names a folder whose descriptor says another version', () => {
		const releases = mkdtempSync(join(tmpdir(), 'releases-'));
		freezeRelease(releases, '0.0.1', fixtureFiles('0.0.1'));
		const sums = join(releases, '0.0.1/SHA256SUMS');
		writeFileSync(sums, readFileSync(sums, 'utf8').replace(/\n/g, '\r\n'));
		expect(checkReleases(releases)).toEqual([]);
		freezeRelease(releases, '0.0.2', fixtureFiles('0.0.3'));
		expect(checkReleases(releases)).toEqual([expect.stringMatching(/0\.0\.2\/datapackage\.json: says version 0\.0\.3, in the folder of release 0\.0\.2$/)]);
	});

	it('stops on data changed under a frozen version, and asks for a new one', () => {
		const releases = mkdtempSync(join(tmpdir(), 'releases-'));
		freezeRelease(releases, '0.0.1', fixtureFiles('0.0.1'));
		const changed = fixtureFiles('0.0.1');
		changed.set('contributions.csv', new TextEncoder().encode(readFileSync('tests/fixtures/mini/contributions.csv', 'utf8') + '\n'));
		const problems = checkCurrent(releases, '0.0.1', changed);
		expect(problems).toHaveLength(2);
		expect(problems[0]).toMatch(/^contributions\.csv differs from release 0\.0\.1 as frozen in .*0\.0\.1$/);
		expect(problems[1]).toBe('Raise the version in datapackage.json (and describe it in CHANGELOG.md) to publish new data.');
		expect(checkCurrent(releases, '0.0.2', changed)).toEqual([]);
	});

	it('loads an earlier release of another layout by its own columns, with its own figures', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'release-0.1.0-'));
		cpSync('data/releases/0.1.0', dir, { recursive: true });
		const site = mkdtempSync(join(tmpdir(), 'site-'));
		const release = publishReleases('data/releases', site, new Map()).find((r) => r.version === '0.1.0')!;
		expect(release.jrc).toBe(false);
		expect(release.columns['contributions.csv']).not.toContain('evidence_type');
		const db = await openReleaseInNode(dir, release);
		const projects = parseCsv(readFileSync('data/releases/0.1.0/projects.csv', 'utf8')).rows.length;
		const [{ n, evidence }] = await db.query<{ n: number; evidence: number }>(
			`SELECT count(*)::INTEGER AS n, count(evidence_type)::INTEGER AS evidence FROM contributions`
		);
		expect(n).toBe(parseCsv(readFileSync('data/releases/0.1.0/contributions.csv', 'utf8')).rows.length);
		expect(evidence).toBe(0);
		const overview = await loadOverview(db, inventoryYear);
		expect(overview.projects).toBe(projects);
		expect(projects).toBe(82);
		db.close();
	});
});
