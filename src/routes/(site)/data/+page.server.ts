import { inventoryYear } from '$lib/data/package';
import { indicatorTable } from '$lib/queries/indicator-table';
import { buildDatabase } from '$lib/server/database';
import { pageAnswer } from '$lib/server/page-answer';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => pageAnswer(event, async () => ({ table: { rows: await indicatorTable(await buildDatabase(), 'indicator', inventoryYear), cells: [] } }));
