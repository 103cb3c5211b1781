import { networksOverview } from '$lib/queries/networks';
import { buildDatabase } from '$lib/server/database';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async () => ({ overview: await networksOverview(await buildDatabase()) });
