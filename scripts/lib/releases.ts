/**
 * Releases that stay. A release freezes the published data files and their datapackage.json (the
 * curated inventory's tables and the JRC inventory as converted) under data/releases/<version>/,
 * with a SHA256SUMS of every file, committed with the data. The build then:
 *  - checks every frozen release against its own SHA256SUMS: a file of an existing release that
 *    changed, appeared or went missing stops the build;
 *  - checks that the data it publishes as the current version equal that version's frozen files,
 *    if it is frozen: data changed without a new version stop the build;
 *  - publishes every frozen release unchanged at /releases/<version>/, and lists them (with the
 *    columns each file has, which is how the browser reads an older layout) for the site.
 * `npm run release` freezes the current version (scripts/freeze-release.ts).
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import type { DataPackage } from '../../src/lib/data/package.ts';
import type { PublishedRelease } from '../../src/lib/domain/releases.ts';
import { parseCsv } from '../../src/lib/format/csv.ts';

export const releasesPath = 'releases';
const sumsFile = 'SHA256SUMS';

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
/** A release's files, by their path inside it; a system's hidden files (.DS_Store) are not the release's. */
const filesUnder = (dir: string) =>
	readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.filter((f) => statSync(join(dir, f)).isFile())
		.map((f) => f.split('\\').join('/'))
		.filter((f) => !f.split('/').some((part) => part.startsWith('.')))
		.sort();

const versionName = /^\d+\.\d+\.\d+$/;
/** A SHA256SUMS line: a hash, two spaces (or a space and a star), a path; a line end of either kind. */
const sumsLine = /^([0-9a-f]{64}) [ *](.+?)\r?$/;
/** The kept releases' folders; anything else in releases/ is named by checkReleases. */
const versionsIn = (releasesDir: string) => (existsSync(releasesDir) ? readdirSync(releasesDir).filter((v) => versionName.test(v)) : []);

/** What a release freezes: the package's files and the JRC tables, by path inside the release. */
export function releaseFiles(dataDir: string, pkg: DataPackage, jrc: Record<string, string>): Map<string, Uint8Array> {
	return new Map<string, Uint8Array>([
		['datapackage.json', readFileSync(join(dataDir, 'datapackage.json'))],
		...pkg.resources.map((r) => [r.path, readFileSync(join(dataDir, r.path))] as [string, Uint8Array]),
		...Object.entries(jrc).map(([name, csv]) => [`jrc/${name}.csv`, new TextEncoder().encode(csv)] as [string, Uint8Array])
	]);
}

/** Write a release's files and their SHA256SUMS; refuses to write over an existing release. */
export function freezeRelease(releasesDir: string, version: string, files: Map<string, Uint8Array>): string {
	const dir = join(releasesDir, version);
	if (existsSync(dir)) throw new Error(`${relative('.', dir)} exists: a release is never written twice; raise the version in datapackage.json for new data`);
	for (const [path, bytes] of files) {
		mkdirSync(join(dir, path, '..'), { recursive: true });
		writeFileSync(join(dir, path), bytes);
	}
	writeFileSync(join(dir, sumsFile), [...files].map(([path, bytes]) => `${sha256(bytes)}  ${path}\n`).join(''));
	return dir;
}

/** Every frozen release's files against its SHA256SUMS: what changed, appeared or went missing. */
export function checkReleases(releasesDir: string): string[] {
	if (!existsSync(releasesDir)) return [];
	const problems: string[] = [];
	for (const name of readdirSync(releasesDir).filter((f) => !f.startsWith('.') && !versionName.test(f)))
		problems.push(`${relative('.', join(releasesDir, name))}: not a release; expected a folder named by its version, such as 1.2.0`);
	for (const version of versionsIn(releasesDir).sort()) {
		const dir = join(releasesDir, version);
		if (!existsSync(join(dir, sumsFile))) {
			problems.push(`${relative('.', dir)}: no ${sumsFile}; a release is frozen with \`npm run release\``);
			continue;
		}
		const listed = new Map<string, string>();
		readFileSync(join(dir, sumsFile), 'utf8')
			.split('\n')
			.forEach((line, i) => {
				const m = sumsLine.exec(line);
				if (m) listed.set(m[2], m[1]);
				else if (line.trim()) problems.push(`${relative('.', join(dir, sumsFile))}, line ${i + 1}: expected "<sha256>  <path>"`);
			});
		const declared = existsSync(join(dir, 'datapackage.json'))
			? (JSON.parse(readFileSync(join(dir, 'datapackage.json'), 'utf8')) as { version?: string }).version
			: null;
		if (declared && declared !== version)
			problems.push(`${relative('.', dir)}/datapackage.json: says version ${declared}, in the folder of release ${version}`);
		for (const file of filesUnder(dir).filter((f) => f !== sumsFile)) {
			const expected = listed.get(file);
			if (!expected) problems.push(`${relative('.', join(dir, file))}: not part of release ${version} (added after it was frozen)`);
			else if (sha256(readFileSync(join(dir, file))) !== expected)
				problems.push(`${relative('.', join(dir, file))}: changed since release ${version} was frozen; a release never changes, publish a new version instead`);
			listed.delete(file);
		}
		for (const file of listed.keys()) problems.push(`${relative('.', join(dir, file))}: missing from release ${version}`);
	}
	return problems;
}

/** The files the build would publish as `version` against that version's frozen copy, if there is one. */
export function checkCurrent(releasesDir: string, version: string, files: Map<string, Uint8Array>): string[] {
	const dir = join(releasesDir, version);
	if (!existsSync(dir)) return [];
	const problems = [...files]
		.filter(([path, bytes]) => !existsSync(join(dir, path)) || sha256(readFileSync(join(dir, path))) !== sha256(bytes))
		.map(([path]) => `${path} differs from release ${version} as frozen in ${relative('.', dir)}`);
	return problems.length ? [...problems, `Raise the version in datapackage.json (and describe it in CHANGELOG.md) to publish new data.`] : [];
}

/** Copy every frozen release to <staticDir>/releases/ and describe each for the site. */
export function publishReleases(releasesDir: string, staticDir: string, dates: Map<string, string>): PublishedRelease[] {
	const out = join(staticDir, releasesPath);
	rmSync(out, { recursive: true, force: true });
	if (!existsSync(releasesDir)) return [];
	mkdirSync(out, { recursive: true });
	return versionsIn(releasesDir)
		.sort(byVersion)
		.map((version) => {
			const dir = join(releasesDir, version);
			cpSync(dir, join(out, version), { recursive: true, filter: (src) => !basename(src).startsWith('.') });
			const files = filesUnder(dir).filter((f) => f.endsWith('.csv'));
			const columns = Object.fromEntries(files.map((f) => [f, parseCsv(readFileSync(join(dir, f), 'utf8').split('\n')[0]).header]));
			return { version, date: dates.get(version) ?? null, path: `${releasesPath}/${version}`, jrc: files.some((f) => f.startsWith('jrc/')), columns };
		});
}

/** Newest first, by semantic version. */
function byVersion(a: string, b: string): number {
	const [x, y] = [a, b].map((v) => v.split('.').map(Number));
	return y[0] - x[0] || y[1] - x[1] || y[2] - x[2];
}
