/**
 * Embedding: which charts can be embedded, the iframe snippet for a chart in a filter state, and
 * the message an embedded chart sends its host page. The format is documented in docs/embed.md;
 * static/embed.js is the host-side script that reads it.
 */
import { dataPackage } from '../data/package';
import { xmlAttribute } from '../format/escape';
import { locale, t } from '../i18n/i18n';
import type { MessageKey } from '../i18n/translate';

const chartTitles = {
	goals: 'embed.chart.goals',
	map: 'embed.chart.map',
	time: 'embed.chart.time',
	flows: 'embed.chart.flows',
	coverage: 'embed.chart.coverage'
} as const satisfies Record<string, MessageKey>;
export type EmbeddableChart = keyof typeof chartTitles;

/** The charts that can be embedded, and each one's title in the page's language (read when asked for). */
export const embeddableCharts = {} as Record<EmbeddableChart, string>;
for (const chart of Object.keys(chartTitles) as EmbeddableChart[])
	Object.defineProperty(embeddableCharts, chart, { get: () => t(chartTitles[chart]), enumerable: true });

export const resizeMessageType = 'citsci-embed:resize';

export interface ResizeMessage {
	type: typeof resizeMessageType;
	version: 1;
	chart: EmbeddableChart;
	height: number;
}

export interface EmbedOptions {
	/** The dashboard's own origin and base path, e.g. "https://sdg.example.org". */
	siteUrl: string;
	chart: EmbeddableChart;
	/** The filters' URL query (without "?"). */
	query: string;
	/** Pinned: the embed names the data version it was made from. Live: always the current data. */
	pinned: boolean;
	height: number;
}

export function embedUrl({ siteUrl, chart, query, pinned }: Omit<EmbedOptions, 'height'>): string {
	const params = new URLSearchParams(query);
	if (pinned) params.set('v', dataPackage.version);
	const search = params.toString().replaceAll('%2C', ',');
	// In the page's language: a French page embeds the French chart.
	return `${siteUrl.replace(/\/$/, '')}${locale().prefix}/embed/${chart}${search ? `?${search}` : ''}`;
}

export function embedSnippet(options: EmbedOptions): string {
	const src = embedUrl(options);
	const title = t('embed.iframeTitle', { chart: embeddableCharts[options.chart] });
	const height = Math.max(200, Math.min(3000, Math.round(options.height)));
	return [
		`<iframe src="${xmlAttribute(src)}" title="${xmlAttribute(title)}" width="100%" height="${height}" style="border:0;width:100%;max-width:100%" loading="lazy" data-citsci-embed></iframe>`,
		`<script src="${xmlAttribute(options.siteUrl.replace(/\/$/, ''))}/embed.js" async></script>`
	].join('\n');
}
