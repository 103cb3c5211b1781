/**
 * The address the visitor sees, for the query-string state that lives in it (filters, search,
 * sort, page). Changing that state is shallow routing: a history entry without a navigation, so
 * back and forward still work, but no load function, scroll capture or page update runs; a filter
 * change is a few milliseconds faster and steadier (bench/README.md). No page loads anything from
 * its query string (every page is prerendered), so there is nothing a navigation would add.
 *
 * SvelteKit's `page.url` stays at the last real navigation during shallow routing; the shown
 * address rides in `page.state`, which back and forward restore.
 */
import { pushState, replaceState } from '$app/navigation';
import { page } from '$app/state';

/** The shown address: the last shallow entry's, else the page's. Reactive. */
export function currentUrl(): URL {
	return new URL(page.state.href ?? page.url.href);
}

/** Show `url` (same page, another query string) as a new history entry, or in place of the current one. */
export function showUrl(url: URL, options: { replace?: boolean } = {}): void {
	// Commas read better unescaped in a shared link (goal=6,15) and mean the same.
	const href = url.pathname + url.search.replaceAll('%2C', ',') + url.hash;
	(options.replace ? replaceState : pushState)(href, { href: new URL(href, url).href });
}
