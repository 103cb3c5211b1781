/**
 * The pattern every explorer page follows, in one place: filters read from the URL, first paint
 * from the build's data, then a live query that re-runs whenever the filters (or the page's other
 * inputs, such as a search box) change. Call during component initialisation.
 *
 * Drawn once: when the build's files already answer the address as the page first draws in the
 * browser (the page's load waited briefly for them: state/early-shipped.ts), the page hydrates
 * with that answer, instead of hydrating the prerendered figures and then redrawing them all.
 *
 * Truth first: `pending` is true on every frame where the value held does not answer what the page
 * shows (its filters, inputs and datasets), from the prerendered figures under a filtered address
 * to the last answer while a new one is counted. Pages hide what depends on it until then
 * (components/PendingFigures.svelte); `pendingFor` says in words what is being counted.
 */
import { provenanceFor } from '../export/provenance';
import { untrack } from 'svelte';
import { browser } from '$app/environment';
import { base } from '$app/paths';
import type { SqlClient } from '../data/client';
import { setExportContext } from '../export/context';
import { describeFilters } from '../format/filter-labels';
import { filterQuery } from '../format/vocabulary';
import { t } from '../i18n/i18n';
import { datasetViewKey, isPublishedView, publishedViewKey, type DatasetView } from '../domain/datasets';
import { emptyFilters, isEmpty, serializeFilters, type Filters } from '../domain/filters';
import { database } from './database.svelte';
import { datasets } from './datasets.svelte';
import { Live } from './live.svelte';
import { isPending, type MaybeNow } from '../queries/maybe-now';
import { UrlFilters } from './url-filters.svelte';

export interface FilteredLiveOptions<T, I> {
	/** The inputs the page was prerendered with (default: `inputs`; a page whose inputs come from its address gives its defaults). */
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
	setExportContext({
		filters: () => {
			const shown = options.pageFilters ? options.pageFilters(url.filters) : url.filters;
			return { description: describeFilters(shown), query: filterQuery(shown) };
		},
		pageUrl: () => location.href,
		// What the page shows: an embed always shows (and cites) the published datasets.
		provenance: () => (options.datasets ? provenanceOfView(options.datasets()) : datasets.provenance),
		pending: () => live.answers !== asked
	});
	// The question the prerendered figures answer: no filters, the inputs the page was built with, the curated inventory.
	const prerenderedQuestion = () => question(emptyFilters, (options.prerendered ?? inputs)(), publishedViewKey);
	// The answer to the address the page first draws, if the build's files give it at once.
	let firstAnswer = untrack(() => answerAtFirstDrawing(url.filters, inputs(), shownDatasets(), prerenderedQuestion(), options));
	// A new Live when the page's data changes: client-side navigation between two goals reuses the
	// component. Its first value is the build's, which answers the page without filters, with the
	// inputs it was built with, on the curated inventory (or, first, the answer above).
	// Only the page's data make a new one: the inputs are read untracked.
	const live = $derived.by(() => {
		const first = firstAnswer;
		firstAnswer = null;
		if (first) return Live.answered<T>(first.value, first.answers, first.ms);
		return new Live<T>(initial(), untrack(prerenderedQuestion));
	});
	// Drawn with the answer to its address: the effect below has nothing to ask on its first run.
	let answeredAtFirst = untrack(() => live.status === 'live');
	const asked = $derived(question(url.filters, inputs(), datasetViewKey(shownDatasets())));
	// Before the DOM updates: an answer the shipped files give at once is drawn in the same update
	// as the change of filters (state/live.svelte.ts).
	$effect.pre(() => {
		const f = url.filters;
		const i = inputs();
		void database.generation; // another dataset loaded: ask again
		const current = live; // a new Live (the page's data changed) asks again
		const curatedOnly = isPublishedView(shownDatasets());
		// Asked again, the same answer as a new object would redraw every figure.
		const skip = answeredAtFirst && curatedOnly && untrack(() => current.answers) === question(f, i, publishedViewKey);
		answeredAtFirst = false;
		if (skip) return;
		const shipped = curatedOnly ? options.shipped : undefined;
		current.refresh(
			`${base}/data`,
			(db) => query(db, f, i),
			(db) => question(f, i, database.answersFor(db)),
			// Asked inside refresh, so the time it reports includes the count.
			shipped ? { answer: () => shipped(f, i), answers: question(f, i, publishedViewKey) } : null
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
			return isPublishedView(shownDatasets()) ? scope : t('live.scope.datasets', { scope });
		}
	};
}

/**
 * In the browser, as the page first draws: the answer to its address from the build's files, when
 * they are in memory and answer it (the curated inventory alone; an address that differs from the
 * prerendered page's). Null otherwise: the page draws the prerendered figures, pending, and asks.
 */
function answerAtFirstDrawing<T, I>(f: Filters, inputs: I, view: DatasetView, prerendered: string, options: FilteredLiveOptions<T, I>) {
	if (!browser || !options.shipped || !isPublishedView(view)) return null;
	const answers = question(f, inputs, publishedViewKey);
	if (answers === prerendered) return null;
	const started = performance.now();
	let value: MaybeNow<T> | null = null;
	try {
		value = options.shipped(f, inputs);
	} catch {
		// The files cannot answer it: the database will.
	}
	return value === null || isPending(value) ? null : { value, answers, ms: performance.now() - started };
}

/** The provenance of a fixed view of the published datasets (a page that shows no import). */
function provenanceOfView(view: DatasetView) {
	return provenanceFor(view.embedded, view.jrc, [], view.release);
}
