import { topicGoalIndicatorFlows } from '$lib/queries/flows';
import { buildDatabase } from '$lib/server/database';
import { pageAnswer } from '$lib/server/page-answer';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => pageAnswer(event, async () => ({ flows: await topicGoalIndicatorFlows(await buildDatabase()) }));
