/**
 * What a chart shows besides its drawing: the state of the data behind it, in words. Pages know
 * whether their data answer the filters yet; charts know whether there is anything to draw.
 */
import { t } from '../../i18n/i18n';
import type { LiveStatus } from '../../state/live.svelte';

export type ChartStatus = 'loading' | 'empty' | 'error' | 'updating' | 'ready';

/**
 * A page's live data as a chart status. `waiting`: the figures painted first (from the build) do
 * not answer the page's question, as when the address holds filters, so the chart is loading
 * until the in-browser database answers.
 */
export function chartStatus(live: { status: LiveStatus }, waiting = false): ChartStatus {
	if (live.status === 'error') return 'error';
	if (live.status === 'updating') return 'updating';
	if (live.status === 'initial' && waiting) return 'loading';
	return 'ready';
}

/** The status a frame shows: a ready chart with nothing to draw is empty. */
export const frameStatus = (status: ChartStatus, empty: boolean): ChartStatus => (status === 'ready' && empty ? 'empty' : status);

/** The words shown for a status (none when the chart is ready). */
export function statusMessage(status: ChartStatus, { empty, error }: { empty: string; error?: string | null }): string | null {
	switch (status) {
		case 'loading':
			return t('chartKit.loading');
		case 'updating':
			return t('chartKit.updating');
		case 'error':
			return t('chartKit.error', { error: error || t('chartKit.unknownError') });
		case 'empty':
			return empty;
		default:
			return null;
	}
}
