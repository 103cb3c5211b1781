/**
 * A table page's own view in the URL (search, sort, page, level, pivot), read and written like the
 * filters (url-filters.svelte.ts): reading derives from the shown address, so back and forward
 * work and a copied link reopens the same table; writing adds a shallow history entry. A bad
 * parameter is named in `problems` and ignored. The URL is read only once the page has mounted,
 * so hydration matches the prerendered HTML, which has no query string.
 */
import { currentUrl, showUrl } from './location.svelte';
import { parseParams, writeParams, type ParamSpec, type ParamValues } from '../domain/url-params';
import type { FilterProblem } from '../domain/filters';

export class TableView<S extends ParamSpec> {
	readonly spec: S;
	#mounted = $state(false);
	#parsed = $derived.by(() => parseParams(this.spec, this.#mounted ? currentUrl().searchParams : new URLSearchParams()));
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

	/** Call from onMount. */
	mount() {
		this.#mounted = true;
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
