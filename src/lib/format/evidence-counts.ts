/**
 * How a count of indicators (or goals) is said: never one number that mixes evidence levels.
 * "Today" is what documents show citizen-science data already feed (direct or indirect links);
 * what projects could feed (potential only) is a separate, later clause. Every page, embed and
 * export that states such a count goes through here.
 */
import { t } from '../i18n/i18n';
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
 * 3 indirect); projects could feed 15 more indicators.", in the page's language: one message, so
 * that each language words its clauses in its own order.
 */
export function evidenceSentence(c: StrengthCounts): string {
	const today = usedToday(c);
	return t('evidence.sentence', {
		case: today === 0 ? 'none' : 'some',
		today: formatCount(today),
		total: formatCount(c.total),
		totalN: c.total,
		direct: formatCount(c.direct),
		indirect: formatCount(c.indirect),
		potential: c.potential,
		potentialCount: formatCount(c.potential)
	});
}
