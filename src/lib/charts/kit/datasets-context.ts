/**
 * The context key under which a page names the datasets its charts count, when that is not the
 * visitor's choice: an embed always shows the published datasets, whatever this browser holds (a
 * function, as a pinned embed learns its release once mounted).
 */
export const chartDatasetsKey = 'chart-datasets';
