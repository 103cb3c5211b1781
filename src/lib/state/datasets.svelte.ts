/**
 * Which inventories the dashboard shows: the embedded one, imported ones kept in this browser, or
 * both. The view is remembered (localStorage) with the datasets (IndexedDB); changing it restarts
 * the in-browser database with the new selection, and every page re-queries.
 */
import { base } from '$app/paths';
import type { DatasetMeta, PackedInventory } from '../import/dataset';
import { dataPackage } from '../data/package';
import { importedDatasetName, publishedDatasetName } from '../format/labels';
import { provenanceFor } from '../export/provenance';
import { database } from './database.svelte';
import { datasetViewKey, defaultDatasetView as defaultView, shownView, type DatasetView, type LoadFailure } from '../domain/datasets';

export type { DatasetView };

// The inline script in src/app.html reads the same entry before any script of the app runs.
const viewKey = 'citsci-sdg:dataset-view';

function readView(): DatasetView {
	if (typeof localStorage === 'undefined') return defaultView;
	try {
		const stored = JSON.parse(localStorage.getItem(viewKey) ?? 'null') as DatasetView | null;
		// A view stored before the JRC inventory was published meant "the published data": both now.
		if (stored && typeof stored.embedded === 'boolean' && Array.isArray(stored.imported))
			return { embedded: stored.embedded, jrc: typeof stored.jrc === 'boolean' ? stored.jrc : stored.embedded, imported: stored.imported };
	} catch {
		// A damaged entry means the default view.
	}
	return defaultView;
}

export class DatasetsState {
	list = $state<DatasetMeta[]>([]);
	/**
	 * Read at once, not when the stored datasets are listed: a page must know from its first frame
	 * whether the figures it was built with (the curated inventory) are the ones to show.
	 */
	view = $state<DatasetView>(readView());
	loaded = $state(false);
	/** Why the stored datasets could not be listed or kept, in words for the user. */
	error = $state<string | null>(null);
	/** Imports in the view whose stored copy could not be read (a part missing): left out, and named. */
	readFailures = $state<LoadFailure[]>([]);
	#loading: Promise<void> | null = null;

	/** Every import in the view that is left out, read from storage or loaded by the engine, with its cause. */
	get failures(): LoadFailure[] {
		return [...this.readFailures, ...database.failures.filter((f) => !this.readFailures.some((r) => r.id === f.id))];
	}

	/** The imports in the view that are actually shown: those that did not fail. */
	get importedShown(): string[] {
		const failed = new Set(this.failures.map((f) => f.id));
		return this.view.imported.filter((id) => !failed.has(id));
	}

	/** The curated inventory is shown when asked for, and in place of imports that all failed when nothing else is shown. */
	get embeddedShown(): boolean {
		return this.view.embedded || (!this.view.jrc && this.importedShown.length === 0);
	}

	get jrcShown(): boolean {
		return this.view.jrc;
	}

	/** True when the default view is shown (both published datasets, no import): the prerendered figures are the live ones. */
	get isDefault() {
		return this.embeddedShown && this.jrcShown && this.importedShown.length === 0;
	}

	get shown(): DatasetMeta[] {
		return this.list.filter((d) => this.importedShown.includes(d.id));
	}

	/** The datasets the figures count, by name, for every chart's footer. */
	get shownNames(): string[] {
		return [
			...(this.embeddedShown ? [publishedDatasetName.curated] : []),
			...(this.jrcShown ? [publishedDatasetName.jrc] : []),
			...this.shown.map((d) => importedDatasetName(d.title))
		];
	}

	/** What exports say the figures come from. */
	get provenance() {
		return provenanceFor(this.embeddedShown, this.jrcShown, this.shown);
	}

	load(): Promise<void> {
		this.#loading ??= (async () => {
			const view = readView();
			try {
				const { listDatasets } = await import('../import/store');
				this.list = await listDatasets();
				this.error = null;
			} catch (e) {
				this.error = e instanceof Error ? e.message : String(e);
				// Try again next time: a later save may well succeed, and must see what is stored.
				this.#loading = null;
			}
			const known = new Set(this.list.map((d) => d.id));
			const imported = [...new Set(view.imported)].filter((id) => known.has(id));
			// A view that would show nothing (its datasets were removed elsewhere) falls back to the curated inventory.
			this.view = shownView({ ...view, imported });
			this.loaded = true;
		})();
		return this.#loading;
	}

	/**
	 * The inventories to load, read from storage; a dataset that cannot be read is named in
	 * `failures` and left out, and the engine leaves out (and names) any it cannot load.
	 */
	async selection() {
		await this.load();
		const { readInventory } = await import('../import/store');
		const imported: { id: string; title: string; packed: PackedInventory; layout: number }[] = [];
		const failed: LoadFailure[] = [];
		for (const meta of this.list.filter((d) => this.view.imported.includes(d.id))) {
			try {
				imported.push({ id: meta.id, title: meta.title, packed: await readInventory(meta.id), layout: meta.layout ?? 1 });
			} catch (e) {
				failed.push({ id: meta.id, title: meta.title, cause: e instanceof Error ? e.message : String(e) });
			}
		}
		this.readFailures = failed;
		// The curated inventory stands in when nothing else could be read (not shownView: an import listed but unreadable shows nothing).
		return { embedded: this.view.embedded || (!this.view.jrc && imported.length === 0), jrc: this.view.jrc, imported, answers: datasetViewKey(this.view) };
	}

	/** Read the stored datasets again (another tab may have changed them). */
	reload(): Promise<void> {
		this.#loading = null;
		return this.load();
	}

	async setView(view: DatasetView) {
		view = { embedded: view.embedded, jrc: view.jrc, imported: [...new Set(view.imported)] };
		this.view = view;
		localStorage.setItem(viewKey, JSON.stringify(view));
		await database.restart(`${base}/data`);
	}

	/** A title no other dataset has, so that lists and the banner name each one apart. */
	uniqueTitle(title: string): string {
		const taken = new Set([dataPackage.curated.title, ...this.list.map((d) => d.title)]);
		let unique = title;
		for (let n = 2; taken.has(unique); n++) unique = `${title} (${n})`;
		return unique;
	}

	/**
	 * Keep an accepted import and show it, beside the current view or instead of it. Storing and
	 * showing fail apart: a dataset that was stored but could not be shown stays stored, and says so.
	 */
	async add(meta: DatasetMeta, packed: PackedInventory, mode: 'beside' | 'replace'): Promise<DatasetMeta> {
		const { saveDataset } = await import('../import/store');
		meta = { ...meta, title: this.uniqueTitle(meta.title) };
		await saveDataset(meta, packed);
		this.list = [...this.list.filter((d) => d.id !== meta.id), meta];
		this.error = null;
		try {
			await this.setView(
				mode === 'replace' ? { embedded: false, jrc: false, imported: [meta.id] } : { ...this.view, imported: [...this.view.imported, meta.id] }
			);
		} catch (e) {
			throw new Error(`“${meta.title}” is stored, but could not be shown: ${e instanceof Error ? e.message : String(e)}`);
		}
		return meta;
	}

	async remove(id: string) {
		const { removeDataset } = await import('../import/store');
		await removeDataset(id);
		this.list = this.list.filter((d) => d.id !== id);
		const wasShown = this.view.imported.includes(id);
		const imported = this.view.imported.filter((d) => d !== id);
		if (wasShown) await this.setView(shownView({ ...this.view, imported }));
	}
}

export const datasets = new DatasetsState();
database.setSelection(() => datasets.selection());
