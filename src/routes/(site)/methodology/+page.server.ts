import suggestReference from '$lib/generated/suggest-reference.json';
import { methodologyFigures } from '$lib/queries/methodology';
import { buildDatabase } from '$lib/server/database';
import { pageAnswer } from '$lib/server/page-answer';
import type { PageServerLoad } from './$types';

// The suggester's reference stays on the server: the page needs its rules and counts, not the official texts.
export const load: PageServerLoad = (event) =>
	pageAnswer(event, async () => ({
		figures: await methodologyFigures(await buildDatabase()),
		suggestions: { terms: suggestReference.terms, targets: suggestReference.targets.length, indicators: suggestReference.indicators.length }
	}));
