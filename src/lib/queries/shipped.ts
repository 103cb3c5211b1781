/**
 * Answers for the curated inventory from the files the build ships beside it, without DuckDB: the
 * overview index (overview-index/wire.ts), the project list and each indicator page's rows. Each file is fetched once per
 * address (the build names them by content); a failed fetch is forgotten, so the next call tries
 * again, and a page whose answer cannot come from them (null from a compute function) is told so
 * by a rejection: the database answers instead (state/live.svelte.ts).
 */
import type { Filters } from '../domain/filters';
import type { FlowRow } from '../domain/flows';
import type { GoalPage } from '../domain/goals';
import type { IndicatorPage, IndicatorStatusRow } from '../domain/indicators';
import type { Overview } from '../domain/overview';
import type { ProjectListOptions, ProjectRow } from '../domain/projects';
import type { OverviewIndex } from './overview-index/extract';
import { computeGoalPage } from './overview-index/goal-page';
import { computeIndicatorPage } from './overview-index/indicator-page';
import { computeCoverage, computeFlows } from './overview-index/pages';
import { computeProjectList, type ProjectColumns } from './overview-index/project-list';
import { decodeProjectList } from './overview-index/project-list-wire';
import { decodeIndicatorLinks } from './overview-index/indicator-links-wire';
import { decodeOverviewIndex } from './overview-index/wire';
import { overviewFromIndex } from './overview';

const fetched = new Map<string, Promise<unknown>>();

function fetchOnce<T>(url: string, read: (response: Response) => Promise<T>): Promise<T> {
	let file = fetched.get(url) as Promise<T> | undefined;
	if (!file) {
		file = fetch(url).then((response) => {
			if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
			return read(response);
		});
		fetched.set(url, file);
		file.catch(() => fetched.delete(url));
	}
	return file;
}

export const shippedOverviewIndex = (url: string): Promise<OverviewIndex> => fetchOnce(url, async (r) => decodeOverviewIndex(await r.arrayBuffer()));

const answered = <T>(value: T | null, what: string): T => {
	if (value === null) throw new Error(`${what}: the shipped files cannot answer this; the database will`);
	return value;
};

/** The overview for a filter state. */
export async function loadShippedOverview(url: string, untilYear: number, f: Filters): Promise<Overview> {
	return overviewFromIndex(await shippedOverviewIndex(url), untilYear, f);
}

/** The coverage matrix (`framework`: the rows in official order, as prerendered). */
export async function loadShippedCoverage(url: string, f: Filters, framework: readonly IndicatorStatusRow[]): Promise<IndicatorStatusRow[]> {
	return computeCoverage(await shippedOverviewIndex(url), f, framework);
}

export async function loadShippedFlows(url: string, f: Filters): Promise<FlowRow[]> {
	return computeFlows(await shippedOverviewIndex(url), f);
}

const shippedProjectColumns = (url: string): Promise<ProjectColumns> => fetchOnce(url, async (r) => decodeProjectList(await r.arrayBuffer()));

/**
 * A goal's page, its projects named by the page's own unfiltered rows, or by the build's project
 * list (`listUrl`) when those cannot name them all (a goal with more projects than the page lists).
 */
export async function loadShippedGoalPage(
	url: string,
	untilYear: number,
	goal: number,
	f: Filters,
	unfiltered: GoalPage,
	listUrl: string | null
): Promise<GoalPage> {
	// A page whose prerendered list is cut at its limit (a large inventory) cannot name a filter's
	// projects from its own rows: the project list is fetched beside the index, not after it.
	const cut = unfiltered.projects.length < unfiltered.projectCount;
	const [index, cutColumns] = await Promise.all([shippedOverviewIndex(url), cut && listUrl ? shippedProjectColumns(listUrl) : null]);
	const fromRows = cutColumns ? null : computeGoalPage(index, untilYear, goal, f, unfiltered);
	if (fromRows || !listUrl) return answered(fromRows, `goal ${goal}`);
	return answered(computeGoalPage(index, untilYear, goal, f, unfiltered, cutColumns ?? (await shippedProjectColumns(listUrl))), `goal ${goal}`);
}

/**
 * An indicator's page, its projects named by the page's own unfiltered rows, or by the build's
 * file of them (`linksUrl`) when those cannot name them all (rows of another data version).
 */
export async function loadShippedIndicatorPage(
	url: string,
	code: string,
	f: Filters,
	unfiltered: IndicatorPage,
	linksUrl: string | null
): Promise<IndicatorPage> {
	const index = await shippedOverviewIndex(url);
	const fromRows = computeIndicatorPage(index, code, f, unfiltered);
	if (fromRows || !linksUrl) return answered(fromRows, code);
	const rows = await fetchOnce(linksUrl, async (r) => decodeIndicatorLinks(await r.text(), code));
	return answered(computeIndicatorPage(index, code, f, { projects: rows, countries: [] }), code);
}

/** One page of the project directory, searched and sorted. */
export async function loadShippedProjectList(
	indexUrl: string,
	listUrl: string,
	options: ProjectListOptions,
	f: Filters
): Promise<{ rows: ProjectRow[]; total: number }> {
	const [index, columns] = await Promise.all([shippedOverviewIndex(indexUrl), shippedProjectColumns(listUrl)]);
	return answered(computeProjectList(index, columns, options, f), 'the project list');
}
