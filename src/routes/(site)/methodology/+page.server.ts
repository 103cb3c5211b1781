import { methodologyFigures } from '$lib/queries/methodology';
import { buildDatabase } from '$lib/server/database';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async () => ({ figures: await methodologyFigures(await buildDatabase()) });
