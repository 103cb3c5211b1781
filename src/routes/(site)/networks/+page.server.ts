import { networksOverview } from '$lib/queries/networks';
import { buildDatabase } from '$lib/server/database';
import { pageAnswer } from '$lib/server/page-answer';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => pageAnswer(event, async () => ({ overview: await networksOverview(await buildDatabase()) }));
