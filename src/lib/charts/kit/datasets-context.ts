/**
 * The context key under which a page names the datasets its charts count, when that is not the
 * visitor's choice: an embed always shows the published datasets, whatever this browser holds.
 */
export const chartDatasetsKey = 'chart-datasets';
