/** Export column lists for the app's tables, next to each other so their names stay consistent. */
import type { ExportColumn } from './table';

const c = (name: string, type: ExportColumn['type'] = 'string'): ExportColumn => ({ name, type });

export const projectColumns: ExportColumn[] = [
	c('project_id'),
	c('name'),
	c('url'),
	c('organisation'),
	c('start_year', 'integer'),
	c('end_year', 'integer'),
	c('status'),
	c('geographic_scale'),
	c('goals', 'list'),
	// Under a link filter, the project's other goals, outside it (ProjectRow): empty without one.
	c('other_goals', 'list'),
	c('countries', 'integer')
];

export const goalIndicatorColumns: ExportColumn[] = [
	c('target'),
	c('target_title'),
	c('indicator'),
	c('indicator_title'),
	c('tier'),
	c('repeat_of'),
	c('direct', 'integer'),
	c('indirect', 'integer'),
	c('potential', 'integer'),
	c('projects', 'integer')
];

export const indicatorProjectColumns: ExportColumn[] = [
	c('project_id'),
	c('name'),
	c('sdg_code'),
	c('strength'),
	c('rationale'),
	c('evidence_type'),
	c('names_project'),
	c('source_url'),
	c('locator'),
	c('geographic_scale'),
	c('countries', 'list')
];

export const coverageColumns: ExportColumn[] = [
	c('indicator'),
	c('goal', 'integer'),
	c('target'),
	c('title'),
	c('tier'),
	c('strength'),
	c('projects', 'integer')
];

export const feedColumns: ExportColumn[] = [c('level'), c('code'), c('goal', 'integer'), c('title'), c('strength'), c('projects', 'integer')];

export const regionGapColumns: ExportColumn[] = [...feedColumns, c('countries', 'list')];

/** The topic × region matrix, one row per topic, a column per UN region (topicMatrixRows flattens it). */
export const topicMatrixColumns = (regions: string[]): ExportColumn[] => [
	c('topic'),
	c('label'),
	c('vocabulary'),
	c('projects', 'integer'),
	...regions.map((r) => c(r, 'integer')),
	c('global_scale', 'integer')
];

export const topicPlaceColumns: ExportColumn[] = [c('region'), c('sub_region'), c('on_topic', 'integer'), c('all_topics', 'integer')];

export const networkColumns: ExportColumn[] = [
	c('network_id'),
	c('name'),
	c('website'),
	c('kind'),
	c('regions', 'list'),
	c('countries', 'list'),
	c('founded', 'integer'),
	c('topics', 'list'),
	c('projects', 'integer')
];

export const unservedColumns: ExportColumn[] = [c('region'), c('area'), c('projects', 'integer')];
