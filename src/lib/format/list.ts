/** A list in words in the page's language ("A, B and C", « A, B et C »), in parts so that each item can be marked up. */
import { currentLocale } from '../i18n/current';

export const listParts = (items: string[]): { type: 'element' | 'literal'; value: string }[] =>
	new Intl.ListFormat(currentLocale().formatTag, { type: 'conjunction' }).formatToParts(items);
