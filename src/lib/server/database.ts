/**
 * Native DuckDB for prerendering: page load functions run the app's query modules on the embedded
 * dataset at build time, so every page's first paint is computed by the same SQL the browser runs
 * later. Server-only ($lib/server), so it can never reach the browser bundle.
 */
import { openPublishedInNode, type NodeClient } from '../data/duckdb-node';

let opened: Promise<NodeClient> | null = null;

/**
 * One database for the whole build, opened on first use: the site's default view, both published
 * datasets (the files are validated, and the JRC inventory converted, by `npm run data`).
 */
export function buildDatabase(): Promise<NodeClient> {
	opened ??= openPublishedInNode('data', 'static/data');
	return opened;
}
