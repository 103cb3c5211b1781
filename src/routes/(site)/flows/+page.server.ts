import { topicGoalIndicatorFlows } from '$lib/queries/flows';
import { buildDatabase } from '$lib/server/database';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async () => ({ flows: await topicGoalIndicatorFlows(await buildDatabase()) });
