import { error } from '@sveltejs/kit';
import { emptyFilters } from '$lib/domain/filters';
import { goalInfo, goalPage } from '$lib/queries/goals';
import { buildDatabase } from '$lib/server/database';
import { officialTitles } from '$lib/server/framework-translations';
import { pageAnswer } from '$lib/server/page-answer';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => Array.from({ length: 17 }, (_, i) => ({ goal: String(i + 1) }));

export const load: PageServerLoad = (event) =>
	pageAnswer(event, async () => {
		const { params } = event;
		const goal = Number(params.goal);
		const db = await buildDatabase();
		const info = /^\d{1,2}$/.test(params.goal) ? await goalInfo(db, goal) : null;
		if (!info) error(404, `There is no SDG goal ${params.goal}: goals are numbered 1 to 17.`);
		return { info, titles: officialTitles('goal', String(goal)), page: await goalPage(db, goal, emptyFilters) };
	});
