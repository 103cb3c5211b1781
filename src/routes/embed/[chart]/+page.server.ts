import { error } from '@sveltejs/kit';
import { inventoryYear } from '$lib/data/package';
import { embeddableCharts, type EmbeddableChart } from '$lib/export/embed';
import { topicGoalIndicatorFlows } from '$lib/queries/flows';
import { indicatorStatus } from '$lib/queries/indicators';
import { loadOverview } from '$lib/queries/overview';
import { buildDatabase } from '$lib/server/database';
import { pageAnswer } from '$lib/server/page-answer';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => Object.keys(embeddableCharts).map((chart) => ({ chart }));

export const load: PageServerLoad = (event) =>
	pageAnswer(event, async () => {
		const { params } = event;
		if (!(params.chart in embeddableCharts)) error(404, `There is no embeddable chart "${params.chart}". Charts: ${Object.keys(embeddableCharts).join(', ')}.`);
		const chart = params.chart as EmbeddableChart;
		const db = await buildDatabase();
		if (chart === 'flows') return { chart, flows: await topicGoalIndicatorFlows(db) };
		if (chart === 'coverage') return { chart, status: await indicatorStatus(db) };
		return { chart, overview: await loadOverview(db, inventoryYear) };
	});
