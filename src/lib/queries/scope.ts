/**
 * The linked filters as SQL. Every filtered query starts with the same three common table
 * expressions, so every chart and table on a page counts the same things:
 *   fp: projects matching the project filters (country or region, year range, topic);
 *   fl: their contribution links matching the link filters (goal, target, indicator, strength);
 *   sp: projects in scope, those with at least one link in fl.
 * A chart leaves out the filters of its own dimension (`omit`), so that a goal chart still shows
 * every goal while a goal is selected, as cross-filtering expects. Every value is a parameter;
 * a list gets one placeholder per value.
 */
import type { SqlValue } from '../data/client';
import type { FilterKey, Filters } from '../domain/filters';

export interface Scope {
	/** `WITH fp AS (…), fl AS (…), sp AS (…)`; the query continues with its SELECT. */
	sql: string;
	params: SqlValue[];
}

/** Filters that belong to one chart's own dimension. */
export const dimension = {
	sdg: ['goals', 'target', 'indicator'],
	place: ['countries', 'region'],
	time: ['from', 'to']
} satisfies Record<string, FilterKey[]>;

const placeholders = (n: number) => Array.from({ length: n }, () => '?').join(', ');

export function scope(f: Filters, omit: readonly FilterKey[] = []): Scope {
	const use = (key: FilterKey) => !omit.includes(key);
	const projectConds: string[] = [];
	const projectParams: SqlValue[] = [];
	const linkConds: string[] = [];
	const linkParams: SqlValue[] = [];

	if (use('countries') && f.countries.length) {
		projectConds.push(`p.project_id IN (SELECT project_id FROM project_countries WHERE country IN (${placeholders(f.countries.length)}))`);
		projectParams.push(...f.countries);
	}
	if (use('region') && f.region) {
		projectConds.push(
			`p.project_id IN (SELECT pc.project_id FROM project_countries pc JOIN countries c ON c.iso3 = pc.country WHERE ? IN (c.region, c.sub_region, c.intermediate_region))`
		);
		projectParams.push(f.region);
	}
	// A year filter needs a known start year: a project that cannot be placed in time is left out.
	if (use('from') && f.from !== null) {
		projectConds.push(`p.start_year IS NOT NULL AND coalesce(p.end_year, 9999) >= ?`);
		projectParams.push(f.from);
	}
	if (use('to') && f.to !== null) {
		projectConds.push(`p.start_year <= ?`);
		projectParams.push(f.to);
	}
	if (use('topics') && f.topics.length) {
		projectConds.push(
			`EXISTS (SELECT 1 FROM unnest(string_split(coalesce(p.topics, ''), ';')) AS t(topic) WHERE t.topic IN (${placeholders(f.topics.length)}))`
		);
		projectParams.push(...f.topics);
	}

	if (use('goals') && f.goals.length) {
		linkConds.push(`l.goal IN (${placeholders(f.goals.length)})`);
		linkParams.push(...f.goals);
	}
	if (use('target') && f.target) {
		linkConds.push(`l.target = ?`);
		linkParams.push(f.target);
	}
	if (use('indicator') && f.indicator) {
		// A repeated indicator (11.5.1) and its primary (1.5.1) are one indicator.
		linkConds.push(`l.indicator = coalesce((SELECT repeat_of FROM sdg_indicators WHERE indicator = ?), ?)`);
		linkParams.push(f.indicator, f.indicator);
	}
	if (use('strengths') && f.strengths.length) {
		linkConds.push(`l.strength IN (${placeholders(f.strengths.length)})`);
		linkParams.push(...f.strengths);
	}

	const where = (conds: string[]) => (conds.length ? conds.join(' AND ') : 'true');
	// Without project filters every project is in fp, and the semi-join of every link against it
	// is pure cost (3-4x slower at a million links): the links are then filtered on their own.
	const inProjects = projectConds.length ? `l.project_id IN (SELECT project_id FROM fp) AND ` : '';
	return {
		sql: `WITH fp AS (SELECT p.project_id FROM projects p WHERE ${where(projectConds)}),
		fl AS (SELECT l.* FROM contribution_links l WHERE ${inProjects}${where(linkConds)}),
		sp AS (SELECT DISTINCT project_id FROM fl)`,
		params: [...projectParams, ...linkParams]
	};
}
