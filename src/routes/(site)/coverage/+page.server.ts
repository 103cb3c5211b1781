import { indicatorStatus } from '$lib/queries/indicators';
import { buildDatabase } from '$lib/server/database';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async () => ({ status: await indicatorStatus(await buildDatabase()) });
