import { error } from '@sveltejs/kit';
import { projectDetail, projectIds } from '$lib/queries/projects';
import { buildDatabase } from '$lib/server/database';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = async () => (await projectIds(await buildDatabase())).map((id) => ({ id }));

export const load: PageServerLoad = async ({ params }) => {
	const project = await projectDetail(await buildDatabase(), params.id);
	if (!project) error(404, `There is no project "${params.id}" in the inventory.`);
	return { project };
};
