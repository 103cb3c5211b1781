/**
 * The linked filters, living in the URL. Reading derives from the shown address, so back and
 * forward work and a copied link reopens the same view; writing adds a history entry without a
 * navigation (location.svelte.ts). Prerendered pages are built without a query string, so
 * prerendering reads no address; the browser reads it from the page's first drawing, so a shared
 * link's page is drawn once, for its filters: hydration repairs what differs from the prerendered
 * HTML (tests/e2e/drawn-once.test.ts compares it with the same address redrawn after hydration).
 */
import { browser } from '$app/environment';
import { currentUrl, showUrl } from './location.svelte';
import { emptyFilters, parseFilters, type Filters, type FilterProblem } from '../domain/filters';
import { filterQuery, vocabulary } from '../format/vocabulary';

export class UrlFilters {
	#parsed = $derived(browser ? parseFilters(currentUrl().searchParams, vocabulary) : { filters: emptyFilters, problems: [] as FilterProblem[] });

	get filters(): Filters {
		return this.#parsed.filters;
	}
	get problems(): FilterProblem[] {
		return this.#parsed.problems;
	}
	get query(): string {
		return filterQuery(this.filters);
	}

	/** Show `next`, keeping any other parameters of the page (search text, sort, page number). */
	set(next: Filters) {
		const url = currentUrl();
		for (const key of ['goal', 'target', 'indicator', 'strength', 'country', 'region', 'from', 'to', 'topic']) url.searchParams.delete(key);
		for (const [k, v] of new URLSearchParams(filterQuery(next))) url.searchParams.set(k, v);
		// A filter change starts the project list on its first page again.
		url.searchParams.delete('page');
		showUrl(url);
	}

	update(change: (f: Filters) => Filters) {
		return this.set(change(this.filters));
	}

	reset() {
		return this.set(emptyFilters);
	}
}
