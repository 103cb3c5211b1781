import { listProjects, projectPageSize } from '$lib/queries/projects';
import { buildDatabase } from '$lib/server/database';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async () => ({ list: await listProjects(await buildDatabase(), { limit: projectPageSize }) });
