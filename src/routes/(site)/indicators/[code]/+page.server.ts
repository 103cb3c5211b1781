import { error } from '@sveltejs/kit';
import { emptyFilters } from '$lib/domain/filters';
import { indicatorCodes, indicatorInfo, indicatorPage } from '$lib/queries/indicators';
import { buildDatabase } from '$lib/server/database';
import { officialTitles } from '$lib/server/framework-translations';
import { pageAnswer } from '$lib/server/page-answer';
import indicatorLinks from '$lib/generated/indicator-links.json';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = async () => (await indicatorCodes(await buildDatabase())).map((code) => ({ code }));

export const load: PageServerLoad = (event) =>
	pageAnswer(event, async () => {
		const { params } = event;
		const db = await buildDatabase();
		const info = await indicatorInfo(db, params.code);
		if (!info) error(404, `There is no SDG indicator ${params.code} in the framework of 30 November 2022.`);
		// The build's file of this page's rows (scripts/lib/indicator-links.ts), under the data folder.
		const links = (indicatorLinks as Record<string, string>)[info.indicator] ?? null;
		return { info, titles: officialTitles('indicator', info.indicator), page: await indicatorPage(db, params.code, emptyFilters), links };
	});
