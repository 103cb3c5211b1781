/**
 * The build's files a page is receiving and reading (queries/shipped.ts registers each), so that
 * DuckDB's background load (state/database.svelte.ts) can wait until they are in. Why: on two cores
 * the database's own file (150 MB at ten million links) competes with the page's index for the main
 * thread; started while the index was still arriving, it made pages live 2-2.5 times later
 * (bench/README.md). A small module of its own, so the layout does not load the page's queries.
 */
const inFlight = new Set<Promise<unknown>>();

export function track(file: Promise<unknown>): void {
	inFlight.add(file);
	const done = () => inFlight.delete(file);
	file.then(done, done);
}

/**
 * Resolves once no file is on its way, each arrived and read or failed; a file asked for while
 * waiting (a goal page's project list, once its index has been read) is waited for too.
 */
export async function filesSettled(): Promise<void> {
	while (inFlight.size) await Promise.allSettled([...inFlight]);
}
