import { error } from '@sveltejs/kit';
import { networkFeeds, networkIds, networkInfo, networkProjects } from '$lib/queries/networks';
import { buildDatabase } from '$lib/server/database';
import { pageAnswer } from '$lib/server/page-answer';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = async () => (await networkIds(await buildDatabase())).map((id) => ({ id }));

export const load: PageServerLoad = (event) =>
	pageAnswer(event, async () => {
		const { params } = event;
		const db = await buildDatabase();
		const info = await networkInfo(db, params.id);
		if (!info) error(404, `There is no network ${params.id}: the networks are listed on /networks.`);
		return { info, projects: await networkProjects(db, info.network_id), feeds: await networkFeeds(db, info.network_id) };
	});
