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
	opened ??= openPublishedInNode('data', 'static/data').then(answeringOnce);
	return opened;
}

/** A read: what can be answered from memory the second time it is asked. The overview index's own tables (ix_…) are left out. */
const isRead = (sql: string) => /^\s*(SELECT|WITH)\b/i.test(sql) && !/\bix_/.test(sql);

/**
 * The build's data never change while it runs, so a read asked twice (the same SQL and parameters)
 * is run once. In one six-language build the unfiltered figures were asked for 824 times and the
 * list of every network 304 times, among 5,400 queries that took 110 s. Each caller gets its own
 * copy, so none can change another's rows.
 */
function answeringOnce(db: NodeClient): NodeClient {
	const answers = new Map<string, Promise<object[]>>();
	return {
		...db,
		query<T extends object>(sql: string, params: Parameters<NodeClient['query']>[1] = []): Promise<T[]> {
			if (!isRead(sql)) return db.query<T>(sql, params);
			const key = JSON.stringify([sql, params]);
			let answer = answers.get(key);
			if (!answer) {
				answer = db.query<T>(sql, params);
				answers.set(key, answer);
				answer.catch(() => answers.delete(key));
			}
			return answer.then((rows) => structuredClone(rows) as T[]);
		}
	};
}
