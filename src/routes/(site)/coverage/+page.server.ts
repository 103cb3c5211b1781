import { indicatorStatus } from '$lib/queries/indicators';
import { buildDatabase } from '$lib/server/database';
import { pageAnswer } from '$lib/server/page-answer';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => pageAnswer(event, async () => ({ status: await indicatorStatus(await buildDatabase()) }));
