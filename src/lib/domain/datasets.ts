/** Datasets shown beside or instead of the curated inventory. */

/** An imported dataset that could not be loaded, and why, in words for the user. */
export interface LoadFailure {
	id: string;
	title: string;
	cause: string;
}

/**
 * Which inventories a visitor chose to see: the two published ones (the curated inventory, called
 * embedded here, and the European Commission JRC inventory), imports kept in this browser, or any
 * mix. With nothing chosen, the curated inventory is shown.
 */
export interface DatasetView {
	embedded: boolean;
	jrc: boolean;
	imported: string[];
	/** An earlier data release shown in place of the current data (a pinned embed): its version. */
	release?: string;
}

/** Both published datasets: what the build's figures are computed for. */
export const defaultDatasetView: DatasetView = { embedded: true, jrc: true, imported: [] };

/** The view as loaded: the curated inventory stands in when nothing else is chosen. */
export function shownView(view: DatasetView): DatasetView {
	const imported = [...new Set(view.imported)];
	return { embedded: view.embedded || (!view.jrc && imported.length === 0), jrc: view.jrc, imported };
}

/** One text per choice of datasets, whatever the order of the imports: what an answer was computed for. */
export function datasetViewKey(view: DatasetView): string {
	const v = shownView(view);
	return JSON.stringify([v.embedded, v.jrc, [...v.imported].sort(), ...(view.release ? [view.release] : [])]);
}

/** The key of the published datasets alone (defaultDatasetView): the choice the build's files answer. */
export const publishedViewKey = datasetViewKey(defaultDatasetView);

/** The view shows the published datasets alone, so the build's index and files answer it. */
export function isPublishedView(view: DatasetView): boolean {
	return datasetViewKey(view) === publishedViewKey;
}
