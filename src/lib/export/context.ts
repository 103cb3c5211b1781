/**
 * What a chart or table needs to know about the page it is on to export itself honestly: the
 * filters on screen (in words and as the URL query) and the page's address. Pages set it (through
 * filteredLive); components read it, so no chart has to be handed the page's state.
 */
import { getContext, setContext } from 'svelte';
import type { Provenance } from './provenance';
import { t } from '../i18n/i18n';

export interface ExportContext {
	filters(): { description: string; query: string };
	pageUrl(): string;
	/** Where the figures come from; the curated inventory when a page does not say. */
	provenance?(): Provenance;
	/** True while the page's figures do not answer its filters yet: nothing is exported until they do. */
	pending?(): boolean;
}

const key = Symbol('export-context');

export function setExportContext(context: ExportContext): void {
	setContext(key, context);
}

export function getExportContext(): ExportContext {
	return (
		getContext<ExportContext | undefined>(key) ?? {
			filters: () => ({ description: t('filters.label.none'), query: '' }),
			pageUrl: () => (typeof location === 'undefined' ? '' : location.href)
		}
	);
}
