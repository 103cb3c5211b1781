/**
 * Build step for the embedded dataset (runs before `vite dev` and `vite build`):
 *  1. validate data/ against data/datapackage.json and the dataset's rules; any error stops the
 *     build with file, row, column and what was expected;
 *  2. copy the validated files to static/data/, where the app fetches them into duckdb-wasm;
 *  3. compute the overview with native DuckDB and the app's own query modules, written to
 *     src/lib/generated/summary.json so the first paint needs no database, and the values the
 *     filters can take (src/lib/generated/vocabulary.json) to label controls and check URLs, and
 *     the countries and SDG codes imports are checked against (import-reference.json);
 *  4. write the overview index (src/lib/queries/overview-index/wire.ts) to
 *     static/data/overview-index.<hash>.bin, the projects' directory fields to
 *     static/data/project-list.<hash>.bin (their descriptions, which only a search reads, to
 *     static/data/project-descriptions.<hash>.bin) and each indicator page's rows to
 *     static/data/indicator-links/<code>.<hash>.json, named by their content, so pages answer the
 *     curated inventory's filters from them before DuckDB has started;
 *  5. write that database, every table and macro, as one DuckDB database file with a manifest
 *     (static/data/tables/, src/lib/data/shipped-tables.ts): the browser's DuckDB attaches it;
 *  6. write the open data release (scripts/lib/open-data.ts): every table in four formats, the
 *     release zip and the catalogue /open-data shows (src/lib/generated/open-data.json);
 *  7. check the frozen releases (scripts/lib/releases.ts) and publish them at /releases/<version>/;
 *  8. write the static API (scripts/lib/api/): static/api/v1/, a JSON document per record and a
 *     list per collection, with its OpenAPI document (src/lib/generated/api.json for its page).
 */
// First: code below formats messages, in English.
import './lib/english.ts';
import { readSuggestReference } from './lib/suggest-reference.ts';
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { csvRecords, parseCsv } from '../src/lib/format/csv.ts';
import { join } from 'node:path';
import { loadOverview, overviewIndex } from '../src/lib/queries/overview.ts';
import { encodeOverviewIndex } from '../src/lib/queries/overview-index/wire.ts';
import { projectListColumns } from '../src/lib/queries/projects.ts';
import { orderLikeIndex } from '../src/lib/queries/overview-index/project-list.ts';
import { encodeProjectFiles } from '../src/lib/queries/overview-index/project-list-wire.ts';
import { vocabulary } from '../src/lib/queries/vocabulary.ts';
import { describeError } from '../src/lib/data/validate-package.ts';
import { checkDataDir } from './lib/check-data.ts';
import { evidenceSentence } from '../src/lib/format/evidence-counts.ts';
import { openPublishedInNode } from '../src/lib/data/duckdb-node.ts';
import { jrcTablePath } from '../src/lib/data/load.ts';
import { inventoryTables, inventoryYear } from '../src/lib/data/package.ts';
import { checkCrosswalk, convertJrc, countryRecords } from './lib/jrc-dataset.ts';
import { writeShippedTables } from './lib/write-shipped-tables.ts';
import { undescribedTopics, unknownRelatedTopics } from '../src/lib/queries/topics.ts';
import { networkDataProblems } from '../src/lib/queries/networks.ts';
import { shippedTablesDir } from '../src/lib/data/shipped-tables.ts';
import { downloadsPath, writeOpenData } from './lib/open-data.ts';
import { coverageOf, dcatCatalogue, schemaOrgDataset } from './lib/jsonld/catalogue.ts';
import { writeApi } from './lib/api/write.ts';
import { indicatorCodes, indicatorStatus } from '../src/lib/queries/indicators.ts';
import { writeIndicatorLinks } from './lib/indicator-links.ts';
import { previewCards } from './lib/preview-cards.ts';
import { writePreviews } from './lib/previews.ts';
import { checkCurrent, checkReleases, publishReleases, releaseFiles } from './lib/releases.ts';
import { siteUrl } from './lib/findable.js';
import { goalTitlesIn } from '../src/lib/server/framework-translations.ts';
import { topicTextsIn, topicTranslationProblems } from '../src/lib/server/topic-translations.ts';
import { placeNamesIn } from '../src/lib/server/place-names.ts';
import { localeCodes, locales } from '../src/lib/i18n/locales.ts';

const dataDir = process.env.DATA_DIR ?? 'data';
// Where static/data and src/lib/generated are written (the project itself unless a test says otherwise).
const outDir = process.env.OUT_DIR ?? '.';
const staticData = join(outDir, 'static/data');
const generated = join(outDir, 'src/lib/generated');
const started = performance.now();
const { pkg, errors } = checkDataDir(dataDir);
if (errors.length) {
	console.error(`${dataDir}/ has ${errors.length} error${errors.length > 1 ? 's' : ''}; nothing was built:`);
	for (const e of errors.slice(0, 50)) console.error(`  ${describeError(e)}`);
	if (errors.length > 50) console.error(`  … and ${errors.length - 50} more`);
	process.exit(1);
}

mkdirSync(staticData, { recursive: true });
for (const r of pkg.resources) copyFileSync(join(dataDir, r.path), join(staticData, r.path));
copyFileSync(join(dataDir, 'datapackage.json'), join(staticData, 'datapackage.json'));
// The suggester's reviewed term table, published so anyone can read or reuse the rules.
copyFileSync(join(dataDir, 'suggest_terms.csv'), join(staticData, 'suggest_terms.csv'));

// The second published dataset: the JRC inventory's vendored files through the app's importer.
let jrc: Awaited<ReturnType<typeof convertJrc>>;
try {
	jrc = await convertJrc(dataDir, join(dataDir, 'sources/jrc-citsci-10004'));
} catch (e) {
	console.error(`The JRC inventory could not be converted; nothing was built: ${e instanceof Error ? e.message : e}`);
	process.exit(1);
}
mkdirSync(join(staticData, 'jrc'), { recursive: true });
for (const table of inventoryTables) writeFileSync(join(staticData, jrcTablePath(table)), jrc.csv[table]);
const unmatched = checkCrosswalk(dataDir, jrc.csv.projects);
if (unmatched.length) {
	console.error(`${dataDir}/jrc_crosswalk.csv names JRC records the conversion does not have: ${unmatched.join(', ')}; nothing was built`);
	process.exit(1);
}

const curatedProjects = csvRecords(parseCsv(readFileSync(join(dataDir, 'projects.csv'), 'utf8'))).length;
const matchedProjects = csvRecords(parseCsv(readFileSync(join(dataDir, 'jrc_crosswalk.csv'), 'utf8'))).length;

// What the site shows by default, and so what first paint and the shipped files must equal: both.
const db = await openPublishedInNode(dataDir, staticData);
// Every fact about a network is sourced (or empty) and names real countries, regions and topics;
// every topic the published projects carry is described (a label, a page): data/topics.csv.
const networkProblems = await networkDataProblems(db);
if (networkProblems.length) {
	console.error(`${dataDir}/ has ${networkProblems.length} problem${networkProblems.length > 1 ? 's' : ''} in its network tables; nothing was built:`);
	for (const p of networkProblems.slice(0, 50)) console.error(`  ${p}`);
	process.exit(1);
}
const unknownRelated = await unknownRelatedTopics(db);
if (unknownRelated.length) {
	console.error(`${dataDir}/topics.csv: the related column names no curated topic in: ${unknownRelated.join(', ')}; nothing was built`);
	process.exit(1);
}
const undescribed = await undescribedTopics(db);
if (undescribed.length) {
	console.error(`${dataDir}/topics.csv does not describe these topics of the published projects: ${undescribed.join(', ')}; nothing was built`);
	process.exit(1);
}
const overview = await loadOverview(db, inventoryYear);
const vocab = await vocabulary(db, inventoryYear);
const index = await overviewIndex(db);
const indicatorRows = await indicatorStatus(db);
// In the index's order of projects, so the browser finds a project's row without a map (orderLikeIndex).
const listColumns = await projectListColumns(db);
const projectFiles = encodeProjectFiles(index ? orderLikeIndex(listColumns, index.projectIds) : listColumns);
// Each indicator page's rows, for a page whose own rows cannot name what a filter leaves.
const indicatorLinks = await writeIndicatorLinks(db, staticData, await indicatorCodes(db));
// The same database, table by table, for the browser's DuckDB to start from without reading CSV.
const tablesManifest = await writeShippedTables(db, join(staticData, shippedTablesDir), pkg.version);
db.close();
// Named by content: a new data version gets a new file, and a browser never mixes the two.
for (const old of readdirSync(staticData).filter((f) => /^(overview-index|project-list|project-descriptions)\..*\.(bin|json)$/.test(f)))
	rmSync(join(staticData, old));
const contentName = (stem: string, ext: string, bytes: string | Uint8Array) =>
	`${stem}.${createHash('sha256').update(bytes).digest('hex').slice(0, 12)}.${ext}`;
const projectListFile = contentName('project-list', 'bin', projectFiles.list);
writeFileSync(join(staticData, projectListFile), projectFiles.list);
const projectDescriptionsFile = contentName('project-descriptions', 'bin', projectFiles.descriptions);
writeFileSync(join(staticData, projectDescriptionsFile), projectFiles.descriptions);
let overviewIndexFile: string | null = null;
if (index) {
	const bytes = encodeOverviewIndex(index);
	overviewIndexFile = contentName('overview-index', 'bin', bytes);
	writeFileSync(join(staticData, overviewIndexFile), bytes);
}
mkdirSync(generated, { recursive: true });
writeFileSync(
	join(generated, 'summary.json'),
	JSON.stringify(
		{
			dataVersion: pkg.version,
			curated: pkg.curated.date,
			// Projects in each published dataset, and those in both (counted once when both are shown).
			published: { embedded: curatedProjects, jrc: jrc.projects, matched: matchedProjects },
			overview,
			overviewIndex: overviewIndexFile,
			projectList: projectListFile,
			projectDescriptions: projectDescriptionsFile,
			tables: tablesManifest
		},
		null,
		'\t'
	) + '\n'
);
writeFileSync(join(generated, 'vocabulary.json'), JSON.stringify(vocab) + '\n');
// Read by the indicator pages' prerender only (each page's data names its own file), so the
// browser's scripts never carry the list.
writeFileSync(join(generated, 'indicator-links.json'), JSON.stringify(indicatorLinks, null, '\t') + '\n');
// What the importer resolves names and codes against, small enough to ship in its worker.
const countries = countryRecords(dataDir);
writeFileSync(join(generated, 'import-reference.json'), JSON.stringify({ countries, targets: vocab.targets, indicators: vocab.indicators }) + '\n');
// The goals' official titles, the curated topics' texts and the names of places in the other UN
// languages, fetched with a page's messages in that language.
const topicProblems = topicTranslationProblems(dataDir);
if (topicProblems.length) {
	console.error(`The topics' translations have ${topicProblems.length} problem(s); nothing more was built:`);
	for (const p of topicProblems) console.error(`  ${p}`);
	process.exit(1);
}
rmSync(join(generated, 'goal-titles'), { recursive: true, force: true });
mkdirSync(join(generated, 'vocabulary-titles'), { recursive: true });
for (const l of localeCodes.filter((c) => c !== 'en')) {
	const tag = locales[l].tag;
	const titles = { goals: goalTitlesIn(tag), topics: topicTextsIn(tag, dataDir), places: placeNamesIn(tag, vocab.countries) };
	writeFileSync(join(generated, 'vocabulary-titles', `${l}.json`), JSON.stringify(titles) + '\n');
}
// What the import worker suggests SDG links from: the official texts and the reviewed term table.
writeFileSync(join(generated, 'suggest-reference.json'), JSON.stringify(readSuggestReference(dataDir)) + '\n');
// The open data release: every table in four formats, the release zip, and what /open-data lists.
let openData;
try {
	openData = await writeOpenData({ dataDir, pkg, jrc: jrc.csv, staticDir: join(outDir, 'static'), site: siteUrl() });
} catch (e) {
	console.error(`The open data release could not be written: ${e instanceof Error ? e.message : e}`);
	process.exit(1);
}
writeFileSync(join(generated, 'open-data.json'), JSON.stringify(openData, null, '\t') + '\n');
// The release for machines: a schema.org Dataset (put into /open-data's page) and a DCAT-AP catalogue.
{
	const read = (path: string) => csvRecords(parseCsv(readFileSync(path, 'utf8')));
	const projects = [...read(join(dataDir, 'projects.csv')), ...csvRecords(parseCsv(jrc.csv.projects))];
	const places = [...read(join(dataDir, 'project_countries.csv')), ...csvRecords(parseCsv(jrc.csv.project_countries))].map((r) => r.country);
	const coverage = coverageOf(projects as { start_year: string; end_year: string }[], places, Number(openData.date.slice(0, 4)));
	const licence = pkg.licenses[0]?.path ?? '';
	const downloads = join(outDir, 'static', downloadsPath);
	writeFileSync(join(downloads, 'dataset.jsonld'), JSON.stringify(schemaOrgDataset(openData, siteUrl(), coverage), null, '\t') + '\n');
	writeFileSync(join(downloads, 'dcat-ap.jsonld'), JSON.stringify(dcatCatalogue(openData, siteUrl(), coverage, licence), null, '\t') + '\n');
}
// Share previews of the overview, each goal, indicator and country page, drawn from the same figures.
{
	const countryRows = csvRecords(parseCsv(readFileSync(join(dataDir, 'countries.csv'), 'utf8'))).map((c) => ({ iso3: c.iso3, name: c.name }));
	const cards = previewCards(overview, indicatorRows, countryRows);
	const footer = `Data version ${pkg.version} · ${new URL(siteUrl()).host}`;
	writeFileSync(join(generated, 'previews.json'), JSON.stringify(writePreviews(cards, footer, join(outDir, 'static')), null, '\t') + '\n');
}
// Releases that stay: every frozen release unchanged, and the current data equal to its frozen copy.
const releasesDir = join(dataDir, 'releases');
const releaseProblems = [...checkReleases(releasesDir), ...checkCurrent(releasesDir, pkg.version, releaseFiles(dataDir, pkg, jrc.csv))];
if (releaseProblems.length) {
	console.error(`The data releases are not as frozen; nothing more was built:`);
	for (const p of releaseProblems) console.error(`  ${p}`);
	process.exit(1);
}
const releases = publishReleases(releasesDir, join(outDir, 'static'), new Map(openData.changelog.map((e) => [e.version, e.date])));
writeFileSync(join(generated, 'releases.json'), JSON.stringify(releases, null, '\t') + '\n');
if (!releases.some((r) => r.version === pkg.version))
	console.log(`data: version ${pkg.version} is not frozen yet; \`npm run release\` freezes it into ${releasesDir}/${pkg.version}/`);
// The static API (/api/v1/): the same release, record by record, described by an OpenAPI document.
const api = writeApi({ dataDir, pkg, staticDir: join(outDir, 'static'), site: siteUrl(), date: openData.date, citation: openData.citation.text });
writeFileSync(join(generated, 'api.json'), JSON.stringify(api, null, '\t') + '\n');
console.log(
	`data: ${pkg.resources.length} tables valid; JRC inventory converted (${jrc.projects} projects, ${jrc.warnings} importer warnings); ${overview.projects} projects shown by default. ${evidenceSentence(overview.indicators)} (${Math.round(performance.now() - started)} ms)`
);
