import { inventoryYear } from '$lib/data/package';
import { indicatorTable } from '$lib/queries/indicator-table';
import { buildDatabase } from '$lib/server/database';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async () => ({ table: { rows: await indicatorTable(await buildDatabase(), 'indicator', inventoryYear), cells: [] } });
