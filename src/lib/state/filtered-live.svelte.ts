/**
 * The pattern every explorer page follows, in one place: filters read from the URL once mounted,
 * first paint from the build's data, then a live query that re-runs whenever the filters (or the
 * page's other inputs, such as a search box) change. Call during component initialisation.
 *
 * Truth first: `pending` is true on every frame where the value held does not answer what the page
 * shows (its filters, inputs and datasets), from the prerendered figures under a filtered address
 * to the last answer while a new one is counted. Pages hide what depends on it until then
 * (components/PendingFigures.svelte); `pendingFor` says in words what is being counted.
 */
import { provenanceFor } from '../export/provenance';
import { onMount, untrack } from 'svelte';
import { base } from '$app/paths';
import type { SqlClient } from '../data/client';
import { setExportContext } from '../export/context';
import { describeFilters } from '../format/filter-labels';
import { t } from '../i18n/i18n';
import { datasetViewKey, defaultDatasetView, type DatasetView } from '../domain/datasets';
import { emptyFilters, isEmpty, serializeFilters, type Filters } from '../domain/filters';
import { database } from './database.svelte';
import { datasets } from './datasets.svelte';
import { Live } from './live.svelte';
import type { MaybeNow } from '../queries/maybe-now';
import { UrlFilters } from './url-filters.svelte';

export interface FilteredLiveOptions<T, I> {
	/** The inputs the page was prerendered with (default: `inputs` before the page mounts, which reads no URL). */
	prerendered?: () => I;
	/** The datasets the page must show (default: the visitor's choice); embeds always show the published datasets. */
	datasets?: () => DatasetView;
	/**
	 * The answer from the build's files, for the curated inventory alone, without waiting for DuckDB
	 * (null when the page has none for these inputs). Imports are always counted by the database.
	 */
	shipped?: (filters: Filters, inputs: I) => MaybeNow<T> | null;
	/**
	 * The filters the page itself applies beyond its address (a country's profile is that
	 * country): exports, embeds and citations name them, so a chart taken from the page says what
	 * it shows.
	 */
	pageFilters?: (filters: Filters) => Filters;
}

/** The question a value answers: the same filters, inputs and datasets give the same text. */
const question = (f: Filters, inputs: unknown, view: string) => JSON.stringify([serializeFilters(f), inputs ?? null, view]);

export function filteredLive<T, I = undefined>(
	initial: () => T,
	query: (db: SqlClient, filters: Filters, inputs: I) => Promise<T>,
	inputs: () => I = () => undefined as I,
	options: FilteredLiveOptions<T, I> = {}
) {
	const url = new UrlFilters();
	const shownDatasets = options.datasets ?? (() => datasets.view);
	onMount(() => url.mount());
	setExportContext({
		filters: () => {
			const shown = options.pageFilters ? options.pageFilters(url.filters) : url.filters;
			return { description: describeFilters(shown), query: serializeFilters(shown) };
		},
		pageUrl: () => location.href,
		// What the page shows: an embed always shows (and cites) the published datasets.
		provenance: () => (options.datasets ? provenanceOfView(options.datasets()) : datasets.provenance),
		pending: () => live.answers !== asked
	});
	// A new Live when the page's data changes: client-side navigation between two goals reuses the
	// component. Its first value is the build's, which answers the page without filters, with the
	// inputs it was built with, on the curated inventory.
	// Only the page's data make a new one: the inputs are read untracked.
	const live = $derived(
		new Live<T>(
			initial(),
			untrack(() => question(emptyFilters, (options.prerendered ?? inputs)(), datasetViewKey(defaultDatasetView)))
		)
	);
	const asked = $derived(question(url.filters, inputs(), datasetViewKey(shownDatasets())));
	// Before the DOM updates: an answer the shipped files give at once is drawn in the same update
	// as the change of filters (state/live.svelte.ts).
	$effect.pre(() => {
		const f = url.filters;
		const i = inputs();
		void database.generation; // another dataset loaded: ask again
		const curatedOnly = datasetViewKey(shownDatasets()) === datasetViewKey(defaultDatasetView);
		const shipped = curatedOnly ? options.shipped : undefined;
		live.refresh(
			`${base}/data`,
			(db) => query(db, f, i),
			(db) => question(f, i, database.answersFor(db)),
			// Asked inside refresh, so the time it reports includes the count.
			shipped ? { answer: () => shipped(f, i), answers: question(f, i, datasetViewKey(defaultDatasetView)) } : null
		);
	});
	return {
		url,
		get live() {
			return live;
		},
		/** The figures held do not answer what the page shows yet. */
		get pending() {
			return live.answers !== asked;
		},
		/** What is being counted, in words: the filters, and the datasets when not the curated inventory alone. */
		get pendingFor() {
			const shown = options.pageFilters ? options.pageFilters(url.filters) : url.filters;
			const scope = isEmpty(shown) ? t('live.scope.all') : describeFilters(shown);
			return datasetViewKey(shownDatasets()) === datasetViewKey(defaultDatasetView) ? scope : t('live.scope.datasets', { scope });
		}
	};
}

/** The provenance of a fixed view of the published datasets (a page that shows no import). */
function provenanceOfView(view: DatasetView) {
	return provenanceFor(view.embedded, view.jrc, [], view.release);
}
