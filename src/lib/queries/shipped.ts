/**
 * Answers for the curated inventory from the files the build ships beside it, without DuckDB: the
 * overview index (overview-index/wire.ts), the project list and each indicator page's rows. Each file is fetched once per
 * address (the build names them by content); a failed fetch is forgotten, so the next call tries
 * again, and a page whose answer cannot come from them (null from a compute function) is told so
 * by an error, thrown or rejected: the database answers instead (state/live.svelte.ts). Once its
 * files have arrived, a loader answers at once rather than with a promise (maybe-now.ts).
 */
import { countryListsCut, type CountryInfo, type CountryPage } from '../domain/countries';
import type { Filters } from '../domain/filters';
import type { FlowRow } from '../domain/flows';
import type { GoalPage } from '../domain/goals';
import type { IndicatorPage, IndicatorStatusRow } from '../domain/indicators';
import type { Overview } from '../domain/overview';
import { listIsCut, type ProjectListOptions, type ProjectRow } from '../domain/projects';
import type { TopicMatrix, TopicPage } from '../domain/topics';
import type { OverviewIndex } from './overview-index/extract';
import { computeGoalPage } from './overview-index/goal-page';
import { computeIndicatorPage } from './overview-index/indicator-page';
import { computeCoverage, computeFlows } from './overview-index/pages';
import { computeProjectList, withDescriptions, type ProjectColumns } from './overview-index/project-list';
import { computeTopicMatrix } from './overview-index/topic-matrix';
import { computeTopicPage } from './overview-index/topic-page';
import { computeCountryPage } from './overview-index/country-page';
import { earlyFile, largeAsBlob } from '../data/fetch-bytes';
import { decodeProjectDescriptions, decodeProjectList, describesList } from './overview-index/project-list-wire';
import { decodeIndicatorLinks } from './overview-index/indicator-links-wire';
import { decodeOverviewIndex } from './overview-index/wire';
import { overviewFromIndex } from './overview';
import { andThen, both, type MaybeNow } from './maybe-now';
import { track } from './files-in-flight';

const fetched = new Map<string, Promise<unknown>>();
/** The files that have arrived and been read, so a page's next filter change is answered at once. */
const arrived = new Map<string, unknown>();

/**
 * A file's body: the blob the document's head began fetching, if it did (data/fetch-bytes.ts says
 * why), else the response, a large one as a blob (data/fetch-bytes.ts, largeAsBlob).
 */
async function bodyOf(url: string): Promise<Blob | Response> {
	const early = earlyFile(url);
	if (early) return early;
	const response = await fetch(url);
	if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
	return largeAsBlob(response);
}

/** A file's contents: at once once it has arrived, else a promise of them. */
function fetchOnce<T>(url: string, read: (body: Blob | Response) => Promise<T>): MaybeNow<T> {
	if (arrived.has(url)) return arrived.get(url) as T;
	let file = fetched.get(url) as Promise<T> | undefined;
	if (!file) {
		file = bodyOf(url).then(async (body) => {
			const contents = await read(body);
			arrived.set(url, contents);
			return contents;
		});
		fetched.set(url, file);
		track(file);
		file.catch(() => fetched.delete(url));
	}
	return file;
}

export const shippedOverviewIndex = (url: string): MaybeNow<OverviewIndex> => fetchOnce(url, async (body) => decodeOverviewIndex(await body.arrayBuffer()));

const answered = <T>(value: T | null, what: string): T => {
	if (value === null) throw new Error(`${what}: the shipped files cannot answer this; the database will`);
	return value;
};

/** The overview for a filter state. */
export function loadShippedOverview(url: string, untilYear: number, f: Filters): MaybeNow<Overview> {
	return andThen(shippedOverviewIndex(url), (index) => overviewFromIndex(index, untilYear, f));
}

/** The coverage matrix (`framework`: the rows in official order, as prerendered). */
export function loadShippedCoverage(url: string, f: Filters, framework: readonly IndicatorStatusRow[]): MaybeNow<IndicatorStatusRow[]> {
	return andThen(shippedOverviewIndex(url), (index) => computeCoverage(index, f, framework));
}

export function loadShippedFlows(url: string, f: Filters): MaybeNow<FlowRow[]> {
	return andThen(shippedOverviewIndex(url), (index) => computeFlows(index, f));
}

/** The topic × region matrix (`frame`: its regions and rows, as prerendered). */
export function loadShippedTopicMatrix(url: string, f: Filters, frame: TopicMatrix): MaybeNow<TopicMatrix> {
	return andThen(shippedOverviewIndex(url), (index) => answered(computeTopicMatrix(index, f, frame), 'the topic matrix'));
}

export const shippedProjectColumns = (url: string): MaybeNow<ProjectColumns> => fetchOnce(url, async (body) => decodeProjectList(await body.arrayBuffer()));

/** The projects' descriptions, which only a search of the directory reads (project-list-wire.ts says why apart). */
export const shippedProjectDescriptions = (url: string) => fetchOnce(url, async (body) => decodeProjectDescriptions(await body.arrayBuffer()));

/**
 * A page that names its projects from its own prerendered rows, or from the build's project list
 * (`listUrl`) when those cannot name them all: `compute` answers from the index and, when given
 * them, the list's columns (null: it cannot). `cut`: the rows are cut at the page's limit, so the
 * list is fetched beside the index, not after it.
 */
function pageFromRowsOrList<T>(
	url: string,
	listUrl: string | null,
	cut: boolean,
	compute: (index: OverviewIndex, columns?: ProjectColumns) => T | null,
	what: string
): MaybeNow<T> {
	// Rows cut short with no list to name the rest: only the database can answer, so no count is begun here.
	if (cut && !listUrl) return answered<T>(null, what);
	return andThen(both(shippedOverviewIndex(url), cut && listUrl ? shippedProjectColumns(listUrl) : null), ([index, cutColumns]) => {
		const fromRows = cutColumns ? null : compute(index);
		if (fromRows || !listUrl) return answered(fromRows, what);
		const page = (columns: ProjectColumns) => answered(compute(index, columns), what);
		return cutColumns ? page(cutColumns) : andThen(shippedProjectColumns(listUrl), page);
	});
}

/**
 * A goal's page, its projects named by the page's own unfiltered rows, or by the build's project
 * list (`listUrl`) when those cannot name them all (a goal with more projects than the page lists).
 */
export function loadShippedGoalPage(url: string, goal: number, f: Filters, unfiltered: GoalPage, listUrl: string | null): MaybeNow<GoalPage> {
	return pageFromRowsOrList(url, listUrl, listIsCut(unfiltered), (index, columns) => computeGoalPage(index, goal, f, unfiltered, columns), `goal ${goal}`);
}

/** A topic's page, its projects named as a goal page's are. */
export function loadShippedTopicPage(url: string, topic: string, f: Filters, unfiltered: TopicPage, listUrl: string | null): MaybeNow<TopicPage> {
	return pageFromRowsOrList(url, listUrl, listIsCut(unfiltered), (index, columns) => computeTopicPage(index, topic, f, unfiltered, columns), `topic ${topic}`);
}

/** A country's profile, its projects and its global projects named as a topic's are. */
export function loadShippedCountryPage(
	url: string,
	info: Pick<CountryInfo, 'iso3' | 'comparison_region'>,
	f: Filters,
	unfiltered: CountryPage,
	listUrl: string | null
): MaybeNow<CountryPage> {
	return pageFromRowsOrList(url, listUrl, countryListsCut(unfiltered), (index, columns) => computeCountryPage(index, info, f, unfiltered, columns), info.iso3);
}

/**
 * An indicator's page, its projects named by the page's own unfiltered rows, or by the build's
 * file of them (`linksUrl`) when those cannot name them all (rows of another data version).
 */
export function loadShippedIndicatorPage(url: string, code: string, f: Filters, unfiltered: IndicatorPage, linksUrl: string | null): MaybeNow<IndicatorPage> {
	return andThen(shippedOverviewIndex(url), (index) => {
		const fromRows = computeIndicatorPage(index, code, f, unfiltered);
		if (fromRows || !linksUrl) return answered(fromRows, code);
		const rows = fetchOnce(linksUrl, async (body) => decodeIndicatorLinks(await body.text(), code));
		return andThen(rows, (projects) => answered(computeIndicatorPage(index, code, f, { projects, countries: [] }), code));
	});
}

/** The build's project list and its descriptions' file (state/shipped-index.ts; null: a build without one). */
export interface ProjectListFiles {
	list: string;
	descriptions: string | null;
}

/** One page of the project directory, searched and sorted: the descriptions fetched for a search alone. */
export function loadShippedProjectList(
	indexUrl: string,
	files: ProjectListFiles,
	options: ProjectListOptions,
	f: Filters
): MaybeNow<{ rows: ProjectRow[]; total: number }> {
	// Without descriptions to search (none shipped, or written with another list), the database answers a search.
	const columns =
		options.search && files.descriptions
			? andThen(both(shippedProjectColumns(files.list), shippedProjectDescriptions(files.descriptions)), ([list, descriptions]) =>
					describesList(list, descriptions) ? withDescriptions(list, descriptions) : list
				)
			: shippedProjectColumns(files.list);
	return andThen(both(shippedOverviewIndex(indexUrl), columns), ([index, columns]) =>
		answered(computeProjectList(index, columns, options, f), 'the project list')
	);
}
