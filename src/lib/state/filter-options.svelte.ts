/**
 * What the filter controls offer (countries, regions, topics, years, each with its projects) for
 * the datasets shown. The default view's come from the build; for any other choice of datasets
 * the in-browser database counts them, and until it has, there are none to offer (`data` is null):
 * a control never lists another dataset's countries or counts as those of the datasets shown.
 * Call during component initialisation (it runs an effect).
 */
import { base } from '$app/paths';
import { inventoryYear } from '../data/package';
import { datasetViewKey, publishedViewKey, type DatasetView } from '../domain/datasets';
import type { VocabularyData } from '../domain/vocabulary';
import { vocabularyData } from '../format/vocabulary';
import { vocabulary } from '../queries/vocabulary';
import { database } from './database.svelte';
import { datasets } from './datasets.svelte';

export function filterOptions(view: () => DatasetView = () => datasets.view) {
	let counted = $state.raw<{ answers: string; data: VocabularyData } | null>(null);
	const asked = $derived(datasetViewKey(view()));
	const isDefault = $derived(asked === publishedViewKey);
	$effect(() => {
		void database.generation; // another choice of datasets loaded: count again
		if (isDefault) return;
		database
			.start(`${base}/data`)
			.then(async (db) => {
				// Which datasets this engine holds, so a late answer for an earlier choice is never taken for this one.
				const answers = database.answersFor(db);
				counted = { answers, data: await vocabulary(db, inventoryYear) };
			})
			.catch(() => {
				// The database's own status says why it could not start; the controls stay pending.
			});
	});
	return {
		/** The options for the datasets shown, or null while they are being counted. */
		get data(): VocabularyData | null {
			if (isDefault) return vocabularyData;
			return counted?.answers === asked ? counted.data : null;
		}
	};
}
