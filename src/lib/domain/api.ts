/**
 * The static API as its documentation page lists it, written by the build (scripts/lib/api/write.ts)
 * into src/lib/generated/api.json: each collection with its key, number of records and an example.
 */
export interface ApiCollection {
	/** The URL segment: <base>/<name>.json, <base>/<name>.csv, <base>/<name>/<key value>.json. */
	name: string;
	key: string;
	records: number;
	example: string;
}

export interface ApiCatalogue {
	/** The API's own version (the shape of its documents), not the data's. */
	version: string;
	dataVersion: string;
	/** From the site's root, without a leading slash. */
	base: string;
	collections: ApiCollection[];
	contributions: number;
}
