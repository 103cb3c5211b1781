import { listProjects, projectPageSize } from '$lib/queries/projects';
import { buildDatabase } from '$lib/server/database';
import { pageAnswer } from '$lib/server/page-answer';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => pageAnswer(event, async () => ({ list: await listProjects(await buildDatabase(), { limit: projectPageSize }) }));
