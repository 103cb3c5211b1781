/** A suggestion's reason in the page's language, for the review table (evidence.ts keeps the English a link is saved with). */
import { sdgTitle } from '../i18n/framework-titles.svelte';
import { t } from '../i18n/i18n';
import { quoted } from './evidence';
import type { SuggestionReason } from './suggester';

/** A rule's note is the term table's own English (data/suggest_terms.csv). */
export function reasonLabel(reason: SuggestionReason): string {
	return reason.kind === 'rule'
		? t('import.reason.rule', { words: quoted(reason.words), rule: reason.rule, note: reason.note })
		: t('import.reason.official', { words: quoted(reason.words), code: reason.code, title: sdgTitle(reason.code, reason.title) });
}
