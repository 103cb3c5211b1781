/**
 * The pattern every explorer page follows, in one place: filters read from the URL once mounted,
 * first paint from the build's data, then a live query that re-runs whenever the filters (or the
 * page's other inputs, such as a search box) change. Call during component initialisation.
 */
import { onMount } from 'svelte';
import { base } from '$app/paths';
import type { SqlClient } from '../data/client';
import { setExportContext } from '../export/context';
import { describeFilters } from '../format/filter-labels';
import type { Filters } from '../domain/filters';
import { database } from './database.svelte';
import { datasets } from './datasets.svelte';
import { Live } from './live.svelte';
import { UrlFilters } from './url-filters.svelte';

export function filteredLive<T, I = undefined>(
	initial: () => T,
	query: (db: SqlClient, filters: Filters, inputs: I) => Promise<T>,
	inputs: () => I = () => undefined as I
) {
	const url = new UrlFilters();
	onMount(() => url.mount());
	setExportContext({
		filters: () => ({ description: describeFilters(url.filters), query: url.query }),
		pageUrl: () => location.href,
		provenance: () => datasets.provenance
	});
	// A new Live when the page's data changes: client-side navigation between two goals reuses the component.
	const live = $derived(new Live<T>(initial()));
	$effect(() => {
		const f = url.filters;
		const i = inputs();
		void database.generation; // another dataset loaded: ask again
		live.refresh(`${base}/data`, (db) => query(db, f, i));
	});
	return {
		url,
		get live() {
			return live;
		}
	};
}
