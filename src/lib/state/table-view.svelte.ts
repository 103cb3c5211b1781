/**
 * A table page's own view in the URL (search, sort, page, level, pivot), read and written like the
 * filters (url-filters.svelte.ts): reading derives from the shown address, so back and forward
 * work and a copied link reopens the same table; writing adds a shallow history entry. A bad
 * parameter is named in `problems` and ignored. Prerendering reads no address (the built page has
 * no query string); the browser reads it from the first drawing, so a shared link's page is
 * drawn once, for its view (hydration repairs what differs from the prerendered HTML).
 */
import { browser } from '$app/environment';
import { currentUrl, showUrl } from './location.svelte';
import { parseParams, writeParams, type ParamSpec, type ParamValues } from '../domain/url-params';
import type { FilterProblem } from '../domain/filters';

export class TableView<S extends ParamSpec> {
	readonly spec: S;
	#parsed = $derived.by(() => parseParams(this.spec, browser ? currentUrl().searchParams : new URLSearchParams()));
	#typing: ReturnType<typeof setTimeout> | undefined;
	/** What was typed but not yet written: a sort or page change meanwhile takes it along. */
	#typed: Partial<ParamValues<S>> = {};

	constructor(spec: S) {
		this.spec = spec;
	}

	get values(): ParamValues<S> {
		return this.#parsed.values;
	}
	/** The values of an address without parameters: what the page was prerendered with. */
	get defaults(): ParamValues<S> {
		return parseParams(this.spec, new URLSearchParams()).values;
	}
	get problems(): FilterProblem[] {
		return this.#parsed.problems;
	}

	/**
	 * Show the view with `change` applied, keeping every other parameter (the filters). Anything but
	 * a page number starts the list on its first page again.
	 * @param options.replace change the current history entry instead of adding one
	 */
	set(change: Partial<ParamValues<S>>, options: { replace?: boolean } = {}) {
		clearTimeout(this.#typing);
		change = { ...this.#typed, ...change };
		this.#typed = {};
		const url = currentUrl();
		const resetPage = 'page' in this.spec && !('page' in change) ? { page: this.spec.page.fallback } : {};
		writeParams(this.spec, { ...resetPage, ...change } as Partial<ParamValues<S>>, url.searchParams);
		showUrl(url, options);
	}

	/** As `set`, a moment after the last keystroke, in place of the current history entry: typing does not add one entry per key. */
	type(change: Partial<ParamValues<S>>, delay = 200) {
		clearTimeout(this.#typing);
		this.#typed = { ...this.#typed, ...change };
		this.#typing = setTimeout(() => this.set({}, { replace: true }), delay);
	}
}
