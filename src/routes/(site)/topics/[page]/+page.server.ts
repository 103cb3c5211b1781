import { error } from '@sveltejs/kit';
import { emptyFilters } from '$lib/domain/filters';
import { topicNetworks } from '$lib/queries/networks';
import { topicInfo, topicPage, topicPages } from '$lib/queries/topics';
import { buildDatabase } from '$lib/server/database';
import { pageAnswer } from '$lib/server/page-answer';
import type { EntryGenerator, PageServerLoad } from './$types';

// Every topic data/topics.csv describes, with projects or without.
export const entries: EntryGenerator = async () => (await topicPages(await buildDatabase())).map((page) => ({ page }));

export const load: PageServerLoad = (event) =>
	pageAnswer(event, async () => {
		const { params } = event;
		const db = await buildDatabase();
		const info = await topicInfo(db, params.page);
		if (!info) error(404, `There is no topic ${params.page}: the topics are listed on /topics.`);
		// The networks are curated data, the same whatever the filters: the build's answer is the page's.
		return { info, page: await topicPage(db, info, emptyFilters), networks: await topicNetworks(db, info.topic) };
	});
