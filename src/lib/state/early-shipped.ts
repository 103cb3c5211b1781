/**
 * The build's files a page preloads, read before the page first draws when its address asks for
 * filters (src/app.html's early script marked it pending). Read by then, they answer the address
 * in the page's first drawing (state/filtered-live.svelte.ts): hydration draws the filtered
 * figures once, instead of drawing the prerendered ones and then redrawing every figure.
 * Not for other datasets than the published ones, which only the database counts.
 */
import { browser } from '$app/environment';
import { shippedOverviewIndex, shippedProjectColumns, shippedProjectDescriptions } from '../queries/shipped';
import { startedEarly } from '../data/fetch-bytes';
import { shippedIndexUrl, shippedProjectFiles, shippedProjectListUrl } from './shipped-index';

/**
 * How long a page's first drawing waits for them (bench/README.md, "drawn once"). On the embedded
 * data they have arrived before the scripts run. At a million links (6 MB) they arrive as the page
 * would begin to hydrate: with 100 ms it hydrated pending, then counted and drew again, and the
 * goal page went live 270-460 ms later than with 500 (two A/Bs, seven and nine loads each; the
 * other pages within the noise). At ten million they take seconds either way, and the wait is the
 * cost: for up to 0.4 s more the page is painted and pending but not yet hydrated (its links load
 * whole pages, its filter controls do nothing) and DuckDB's engine starts compiling that much later.
 */
const FIRST_DRAW_WAIT_MS = 500;

let reads: Promise<unknown> | null | undefined;

/** Start reading the files this document preloads, once (null when its address asks nothing). */
export function readPreloadedShippedFiles(): Promise<unknown> | null {
	if (reads !== undefined) return reads;
	reads = null;
	if (!browser || document.documentElement.getAttribute('data-pending') !== 'address') return null;
	// Compared resolved: the prerendered link may be written relative to the page.
	const links = Array.from(document.head.querySelectorAll<HTMLLinkElement>('link[rel="preload"]'), (link) => link.href);
	const preloaded = (url: string | null): url is string => !!url && links.includes(new URL(url, location.href).href);
	const descriptions = shippedProjectFiles?.descriptions;
	reads = Promise.all([
		preloaded(shippedIndexUrl) && shippedOverviewIndex(shippedIndexUrl),
		preloaded(shippedProjectListUrl) && shippedProjectColumns(shippedProjectListUrl),
		// For a search: the head fetched the descriptions too (a page names them for that).
		descriptions && startedEarly(descriptions) && shippedProjectDescriptions(descriptions)
	]).catch(() => {
		// The page asks again, and says what failed.
	});
	return reads;
}

/**
 * For a page's load: wait for those files, but no longer than `ms`. Files that have arrived by the
 * time the scripts run take a few milliseconds to read; a large inventory's may still be on their
 * way, and the page then draws first (pending) and answers when they come, as without this wait.
 */
export function preloadedShippedFiles(ms = FIRST_DRAW_WAIT_MS): Promise<unknown> {
	const pending = readPreloadedShippedFiles();
	// Only the document's first drawing waits: once the app has mounted (the root layout removes
	// the mark), a page reached by a link draws at once, pending, whatever is still being read.
	if (!pending || !document.documentElement.hasAttribute('data-pending')) return Promise.resolve();
	let timer: ReturnType<typeof setTimeout> | undefined;
	return Promise.race([pending, new Promise((resolve) => (timer = setTimeout(resolve, ms)))]).finally(() => clearTimeout(timer));
}
