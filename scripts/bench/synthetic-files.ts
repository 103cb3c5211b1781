/**
 * The files a synthetic inventory is served with (`scripts/bench/generate.ts` writes it to `dir`):
 * its CSV files, and the files its build would ship (the overview index, the project list and its
 * descriptions, the default view's database file, the measured indicator pages' rows), written
 * beside it on first use and gzipped as the build precompresses, served under the embedded ones'
 * names. Shared by the bench (run.ts) and the A/B comparison of builds (ab.ts).
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { livePages } from './live-pages.ts';
import { writeIndicatorLinks } from '../lib/indicator-links.ts';
import { writeShippedTables } from '../lib/write-shipped-tables.ts';
import { openPublishedInNode } from '../../src/lib/data/duckdb-node.ts';
import { shippedTablesDir } from '../../src/lib/data/shipped-tables.ts';
import { overviewIndex } from '../../src/lib/queries/overview.ts';
import { orderLikeIndex } from '../../src/lib/queries/overview-index/project-list.ts';
import { decodeProjectDescriptions, decodeProjectList, encodeProjectFiles } from '../../src/lib/queries/overview-index/project-list-wire.ts';
import { decodeOverviewIndex, encodeOverviewIndex } from '../../src/lib/queries/overview-index/wire.ts';
import { projectListColumns } from '../../src/lib/queries/projects.ts';

// The synthetic inventory's tables, and its (empty) changelog and JRC crosswalk: no synthetic
// project is in the JRC inventory, which the site shows beside it as it does beside the curated one.
export const inventoryFiles = ['projects.csv', 'project_countries.csv', 'contributions.csv', 'link_regrades.csv', 'jrc_crosswalk.csv', 'project_networks.csv'];

/** A full data package folder: the framework from data/, the inventory from `dir`. */
export function packageDir(dir: string) {
	const full = `${dir}-package`;
	mkdirSync(full, { recursive: true });
	for (const f of readdirSync('data')) if (statSync(join('data', f)).isFile()) copyFileSync(join('data', f), join(full, f));
	for (const f of inventoryFiles) copyFileSync(join(dir, f), join(full, f));
	return full;
}

/**
 * The names a build gave the embedded data's shipped files, read from its own folder: each build
 * names its database file (and so its manifest) anew, and a copy of an earlier build kept for
 * `ab.ts` has the names of its day. (The run of 5 December 2026 22:44 read them from
 * src/lib/generated before building, and served the embedded database as the synthetic one.)
 */
function builtNames(buildDir: string) {
	const data = join(buildDir, 'data');
	const one = (folder: string, pattern: RegExp, what: string) => {
		const found = existsSync(join(data, folder)) ? readdirSync(join(data, folder)).filter((f) => pattern.test(f)) : [];
		if (found.length !== 1) throw new Error(`${join(data, folder)} holds ${found.length} files of ${what} (${pattern.source}), 1 expected: build again.`);
		return folder ? `${folder}/${found[0]}` : found[0];
	};
	const shipped = {
		overviewIndex: one('', /^overview-index\.[0-9a-f]{12}\.bin$/, 'the overview index'),
		projectList: one('', /^project-list\.[0-9a-f]{12}\.bin$/, 'the project list'),
		projectDescriptions: one('', /^project-descriptions\.[0-9a-f]{12}\.bin$/, "the projects' descriptions"),
		tables: one(shippedTablesDir, /^manifest\.[0-9a-f]{12}\.json$/, 'the tables manifest')
	};
	// Each indicator page's rows, by code (`15.5.1.<hash>.json`).
	const linksDir = join(data, 'indicator-links');
	const indicatorLinks = Object.fromEntries(
		(existsSync(linksDir) ? readdirSync(linksDir) : []).flatMap((f) => {
			const m = /^(.+)\.[0-9a-f]{12}\.json$/.exec(f);
			return m ? [[m[1], `indicator-links/${f}`]] : [];
		})
	) as Record<string, string>;
	return { shipped, indicatorLinks };
}

// The indicator pages the bench measures: the build would write a file for every indicator (at ten
// million links, each takes seconds), the bench writes theirs.
const measuredIndicators = livePages.map((p) => /^\/indicators\/([^?]+)/.exec(p)?.[1]).filter((c): c is string => !!c);

interface ShippedFiles {
	index: string;
	list: string;
	descriptions: string;
	tablesDir: string;
	manifest: string;
	/** The measured indicator pages' files, by code, below `dir`. */
	links: Record<string, string>;
}

/**
 * The files the build would ship for a synthetic inventory (the overview index, the project list,
 * the default view's database file, the measured indicator pages' rows), kept beside it and
 * gzipped as the build precompresses: served in place of the embedded ones. What is missing, or of
 * an earlier format, is written, from one opening of the inventory.
 */
async function shippedFilesFor(dir: string): Promise<ShippedFiles> {
	const index = join(dir, 'overview-index.bin');
	const list = join(dir, 'project-list.bin');
	const descriptions = join(dir, 'project-descriptions.bin');
	const tablesDir = join(dir, shippedTablesDir);
	const linksListed = join(dir, 'indicator-links.json');
	// A manifest of an earlier layout (before 2 December 2026, Arrow streams) is written again.
	const manifestOf = () =>
		(existsSync(tablesDir) ? readdirSync(tablesDir) : []).find(
			(f) => /^manifest\..*\.json$/.test(f) && (JSON.parse(readFileSync(join(tablesDir, f), 'utf8')) as { format?: number }).format === 2
		);
	// An index or list of an earlier format is written again (the page would refuse it and wait for DuckDB).
	const readable = (file: string, decode: (b: ArrayBuffer) => unknown) => {
		try {
			const bytes = readFileSync(file);
			decode(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
			return true;
		} catch {
			return false;
		}
	};
	const linksOf = () => {
		if (!existsSync(linksListed)) return null;
		const files = JSON.parse(readFileSync(linksListed, 'utf8')) as Record<string, string>;
		return measuredIndicators.every((c) => files[c] && existsSync(join(dir, files[c]))) ? files : null;
	};
	let manifest = manifestOf();
	const tablesReady =
		manifest &&
		[index, list, descriptions].every(existsSync) &&
		readable(list, decodeProjectList) &&
		readable(descriptions, decodeProjectDescriptions) &&
		readable(index, decodeOverviewIndex);
	let links = linksOf();
	if (tablesReady && manifest && links) return { index, list, descriptions, tablesDir, manifest, links };
	const db = await openPublishedInNode(packageDir(dir), 'static/data');
	try {
		if (!tablesReady || !manifest) {
			const ix = await overviewIndex(db);
			if (!ix) throw new Error(`${dir}: no overview index (a goal above 31?)`);
			const bytes = encodeOverviewIndex(ix);
			writeFileSync(index, bytes);
			writeFileSync(`${index}.gz`, gzipSync(bytes, { level: 9 }));
			const files = encodeProjectFiles(orderLikeIndex(await projectListColumns(db), ix.projectIds));
			for (const [file, bytes] of [
				[list, files.list],
				[descriptions, files.descriptions]
			] as const) {
				writeFileSync(file, bytes);
				writeFileSync(`${file}.gz`, gzipSync(bytes, { level: 9 }));
			}
			manifest = await writeShippedTables(db, tablesDir, 'synthetic');
			for (const f of readdirSync(tablesDir)) writeFileSync(join(tablesDir, `${f}.gz`), gzipSync(readFileSync(join(tablesDir, f))));
		}
		if (!links) {
			links = await writeIndicatorLinks(db, dir, measuredIndicators);
			for (const f of Object.values(links)) writeFileSync(join(dir, `${f}.gz`), gzipSync(readFileSync(join(dir, f)), { level: 9 }));
			writeFileSync(linksListed, JSON.stringify(links));
		}
		return { index, list, descriptions, tablesDir, manifest, links };
	} finally {
		db.close();
	}
}

/** Paths the server answers from the synthetic inventory's files instead of the build's. */
export async function syntheticOverrides(dir: string, buildDir = 'build'): Promise<Record<string, string>> {
	const { shipped, indicatorLinks } = builtNames(buildDir);
	const files = await shippedFilesFor(dir);
	const overrides: Record<string, string> = Object.fromEntries(inventoryFiles.map((f) => [`/data/${f}`, join(dir, f)]));
	// The synthetic inventory's own shipped files in place of the embedded one's, as its build would ship them.
	overrides[`/data/${shipped.overviewIndex}`] = files.index;
	overrides[`/data/${shipped.projectList}`] = files.list;
	overrides[`/data/${shipped.projectDescriptions}`] = files.descriptions;
	// The synthetic manifest under the embedded one's name; it names its own database file.
	overrides[`/data/${shipped.tables}`] = join(files.tablesDir, files.manifest);
	for (const f of readdirSync(files.tablesDir).filter((f) => f.endsWith('.duckdb'))) overrides[`/data/${shippedTablesDir}/${f}`] = join(files.tablesDir, f);
	for (const [code, file] of Object.entries(files.links)) if (indicatorLinks[code]) overrides[`/data/${indicatorLinks[code]}`] = join(dir, file);
	return overrides;
}
