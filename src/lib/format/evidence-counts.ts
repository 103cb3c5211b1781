/**
 * How a count of indicators (or goals) is said: never one number that mixes evidence levels.
 * "Today" is what documents show citizen-science data already feed (direct or indirect links);
 * what projects could feed (potential only) is a separate, later clause. Every page, embed and
 * export that states such a count goes through here.
 */
import { formatCount } from './number';

/** Indicators (or goals) by their strongest link in scope; each counted once. */
export interface StrengthCounts {
	total: number;
	direct: number;
	indirect: number;
	/** Only potential links: nothing shows the data are used yet. */
	potential: number;
}

/** Fed today: direct or indirect at best. */
export function usedToday(c: StrengthCounts): number {
	return c.direct + c.indirect;
}

/**
 * The sentence, e.g. "Citizen-science data feed 5 of the 231 indicators today (2 direct,
 * 3 indirect); projects could feed 15 more." `noun` is the plural ("indicators", "goals").
 */
export function evidenceSentence(c: StrengthCounts, noun = 'indicators', singular = noun.replace(/s$/, '')): string {
	const today = usedToday(c);
	const first =
		today === 0
			? `No document shows citizen-science data feeding any of the ${formatCount(c.total)} ${noun} today`
			: `Citizen-science data feed ${formatCount(today)} of the ${formatCount(c.total)} ${noun} today (${formatCount(c.direct)} direct, ${formatCount(c.indirect)} indirect)`;
	const more = today === 0 ? '' : 'more ';
	const second =
		c.potential > 0
			? `; projects could feed ${formatCount(c.potential)} ${more}${c.potential === 1 ? singular : noun}`
			: today === 0
				? '; no project is linked to one yet'
				: `; no project is linked to a further ${singular}`;
	return `${first}${second}.`;
}
