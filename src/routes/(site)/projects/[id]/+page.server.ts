import { error } from '@sveltejs/kit';
import { projectDetail, projectIds } from '$lib/queries/projects';
import { buildDatabase } from '$lib/server/database';
import { pageAnswer } from '$lib/server/page-answer';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = async () => (await projectIds(await buildDatabase())).map((id) => ({ id }));

export const load: PageServerLoad = (event) =>
	pageAnswer(event, async () => {
		const { params } = event;
		const project = await projectDetail(await buildDatabase(), params.id);
		if (!project) error(404, `There is no project "${params.id}" in the inventory.`);
		return { project };
	});
