/** Datasets shown beside or instead of the curated inventory. */

/** An imported dataset that could not be loaded, and why, in words for the user. */
export interface LoadFailure {
	id: string;
	title: string;
	cause: string;
}

/** Which inventories a visitor chose to see: the curated one, imports kept in this browser, or both. */
export interface DatasetView {
	embedded: boolean;
	imported: string[];
}

export const defaultDatasetView: DatasetView = { embedded: true, imported: [] };

/** One text per choice of datasets, whatever the order of the imports: what an answer was computed for. */
export function datasetViewKey(view: DatasetView): string {
	return JSON.stringify([view.embedded || view.imported.length === 0, [...new Set(view.imported)].sort()]);
}
