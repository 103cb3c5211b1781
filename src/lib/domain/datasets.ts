/** Datasets shown beside or instead of the curated inventory. */

/** An imported dataset that could not be loaded, and why, in words for the user. */
export interface LoadFailure {
	id: string;
	title: string;
	cause: string;
}
