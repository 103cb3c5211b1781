/**
 * Every project an export of a project list holds (a goal page's, a profile's, the directory's), not only the
 * rows a page draws. Showing the published datasets alone, the build's index and project list
 * answer at once, as they answer the pages (tests/unit/overview-index.test.ts holds them equal to
 * the database); with imports or another dataset chosen, or if those files cannot answer, DuckDB
 * counts them, as it counts the page's figures.
 */
import { base } from '$app/paths';
import { isPublishedView } from '../domain/datasets';
import type { Filters } from '../domain/filters';
import { listIsCut, type ProjectListOptions, type ProjectRow } from '../domain/projects';
import { listProjects } from '../queries/projects';
import { loadShippedProjectList } from '../queries/shipped';
import { database } from './database.svelte';
import { datasets } from './datasets.svelte';
import { shippedIndexUrl, shippedProjectFiles } from './shipped-index';

/** The rows matching `f` and `options` (its `limit` is at least the number that match). */
export async function projectsToExport(f: Filters, options: ProjectListOptions): Promise<ProjectRow[]> {
	if (shippedIndexUrl && shippedProjectFiles && isPublishedView(datasets.view)) {
		try {
			return (await loadShippedProjectList(shippedIndexUrl, shippedProjectFiles, options, f)).rows;
		} catch {
			// The files cannot answer (not fetched, or of another version): the database does.
		}
	}
	const db = await database.start(`${base}/data`);
	return (await listProjects(db, options, f)).rows;
}

/**
 * A profile page's projects (a topic's, a country's; `scope`: its filters with the topic or the
 * country) to export: its rows, or, where it holds fewer than it counts (a list cut at
 * profileListLimit), every one, those without an SDG link too as the page lists them.
 */
export async function profileProjectsToExport(scope: Filters, listed: { projects: ProjectRow[]; projectCount: number }): Promise<ProjectRow[]> {
	if (!listIsCut(listed)) return listed.projects;
	return projectsToExport(scope, { limit: listed.projectCount, withUnlinked: true });
}
