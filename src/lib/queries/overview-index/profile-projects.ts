/**
 * The projects a profile page (a country's, a topic's) lists, from the overview index: those in
 * scope, and without a link filter those with no SDG link that pass the project filters, each
 * with the goals its links passing the filters reach (listProjects' rules, ../projects.ts).
 *
 * The index holds no project names: the page's own prerendered rows (its projects, unfiltered)
 * give them when they are all of them, and a filter only ever narrows that list; the goals beside
 * each are counted, as a link filter narrows them. When the rows cannot name every project (a list
 * cut at its limit, rows of another data version), the build's project list does, if given; else
 * no answer (null).
 */
import { hasLinkFilter, type Filters } from '../../domain/filters';
import { globalListLimit, type CountryPage } from '../../domain/countries';
import { listIsCut, profileListLimit, type ProjectRow } from '../../domain/projects';
import { compile, placeless, projectFlags, strongestLinks } from './compute';
import type { OverviewIndex } from './extract';
import { ALL } from './kernels';
import { allGoals, computeProjectList, goalList, passingGoals, rowOf, type ProjectColumns } from './project-list';

/** A scope's projects flagged and at their strongest links, those without a link flagged too when a list shows them. */
export function profileScope(ix: OverviewIndex, f: Filters) {
	const c = compile(ix, f);
	const unlinkedToo = !hasLinkFilter(f);
	// No count but the list's reads the projects without a link: they have no strongest link.
	const { flags } = projectFlags(ix, c, new Uint8Array(ix.projects), unlinkedToo);
	const { best } = strongestLinks(ix, c, f, flags);
	/** Whether the list shows project p. */
	const listed = (p: number) => (flags[p] & ALL) !== 0 && (best[p] !== 0 || (unlinkedToo && ix.unlinked[p] === 1));
	return { c, f, flags, best, listed };
}

export type ProfileScope = ReturnType<typeof profileScope>;

/**
 * The rows of `rows` (in the directory's order by name) whose projects the list shows, with their
 * goals counted; null when they are not every project it shows. `only`: a further condition.
 */
export function narrowedRows<R extends { project_id: string; goals: number[]; other_goals?: number[] }>(
	ix: OverviewIndex,
	scope: ProfileScope,
	rows: readonly R[],
	only: (p: number) => boolean = () => true
): R[] | null {
	const goals = passingGoals(ix, scope.c, scope.flags);
	const linkFiltered = hasLinkFilter(scope.f);
	const projectOf = new Map<string, number>();
	for (let p = 0; p < ix.projects; p++) if (scope.listed(p) && only(p)) projectOf.set(ix.projectIds.at(p)!, p);
	const narrowed = rows
		.filter((r) => projectOf.has(r.project_id))
		.map((r) => {
			const p = projectOf.get(r.project_id)!;
			const counted = { ...r, goals: goalList(goals[p]) };
			// Rows that show the goals outside a link filter (ProjectRow's other_goals) get them counted too.
			return r.other_goals ? { ...counted, other_goals: linkFiltered ? goalList(allGoals(ix, p) & ~goals[p]) : [] } : counted;
		});
	return narrowed.length === projectOf.size ? narrowed : null;
}

/**
 * The page's list of projects (its first `profileListLimit`) and how many there are in all: from
 * its unfiltered rows, when they name every project, or else from the build's list (`columns`).
 */
export function profileProjects(
	ix: OverviewIndex,
	scope: ProfileScope,
	unfiltered: { projects: readonly ProjectRow[]; projectCount: number },
	columns: ProjectColumns | undefined
): { rows: ProjectRow[]; total: number } | null {
	const fromRows = listIsCut(unfiltered) ? null : narrowedRows(ix, scope, unfiltered.projects);
	if (fromRows) return { rows: fromRows, total: fromRows.length };
	return columns ? computeProjectList(ix, columns, { limit: profileListLimit, withUnlinked: true }, scope.f) : null;
}

/**
 * A country's global projects (of global scale, naming no country; `scope`: the page's filters
 * without the place): the first `globalListLimit` by name and how many there are, from the page's
 * unfiltered rows when they are every one, else from the build's list (`columns`), which the
 * index's order of projects, by name, lets it read from the start (extract.ts).
 */
export function placelessProjects(
	ix: OverviewIndex,
	scope: ProfileScope,
	unfiltered: Pick<CountryPage, 'globalProjects' | 'globalProjectCount'>,
	columns: ProjectColumns | undefined
): { rows: CountryPage['globalProjects']; total: number } | null {
	const only = (p: number) => placeless(ix, p);
	const fromRows = unfiltered.globalProjects.length < unfiltered.globalProjectCount ? null : narrowedRows(ix, scope, unfiltered.globalProjects, only);
	if (fromRows) return { rows: fromRows, total: fromRows.length };
	if (!columns) return null;
	const row = rowOf(columns, ix);
	const goals = passingGoals(ix, scope.c, scope.flags);
	const rows: CountryPage['globalProjects'] = [];
	let total = 0;
	for (let p = 0; p < ix.projects; p++) {
		if (!scope.listed(p) || !only(p)) continue;
		const i = row(p);
		// A project the list lacks (another data version): the database answers.
		if (i === undefined) return null;
		if (total++ < globalListLimit) rows.push({ project_id: columns.project_id.at(i)!, name: columns.name.at(i)!, goals: goalList(goals[p]) });
	}
	return { rows, total };
}
