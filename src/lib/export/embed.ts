/**
 * Embedding: which charts can be embedded, the iframe snippet for a chart in a filter state, and
 * the message an embedded chart sends its host page. The format is documented in docs/embed.md;
 * static/embed.js is the host-side script that reads it.
 */
import { dataPackage } from '../data/package';
import { xmlAttribute } from '../format/escape';

export const embeddableCharts = {
	goals: 'Projects per goal',
	map: 'Where projects work',
	time: 'Projects active per year',
	flows: 'From project topics to goals to indicators',
	coverage: 'Coverage of the 231 indicators'
} as const;
export type EmbeddableChart = keyof typeof embeddableCharts;

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
	return `${siteUrl.replace(/\/$/, '')}/embed/${chart}${search ? `?${search}` : ''}`;
}

export function embedSnippet(options: EmbedOptions): string {
	const src = embedUrl(options);
	const title = `${embeddableCharts[options.chart]}: Citizen science for the SDGs`;
	const height = Math.max(200, Math.min(3000, Math.round(options.height)));
	return [
		`<iframe src="${xmlAttribute(src)}" title="${xmlAttribute(title)}" width="100%" height="${height}" style="border:0;width:100%;max-width:100%" loading="lazy" data-citsci-embed></iframe>`,
		`<script src="${xmlAttribute(options.siteUrl.replace(/\/$/, ''))}/embed.js" async></script>`
	].join('\n');
}
