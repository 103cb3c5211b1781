import { emptyFilters } from '$lib/domain/filters';
import { topicMatrix } from '$lib/queries/topics';
import { buildDatabase } from '$lib/server/database';
import { pageAnswer } from '$lib/server/page-answer';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => pageAnswer(event, async () => ({ matrix: await topicMatrix(await buildDatabase(), emptyFilters) }));
