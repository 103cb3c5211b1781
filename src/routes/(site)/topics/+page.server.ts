import { emptyFilters } from '$lib/domain/filters';
import { topicMatrix } from '$lib/queries/topics';
import { buildDatabase } from '$lib/server/database';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async () => ({ matrix: await topicMatrix(await buildDatabase(), emptyFilters) });
