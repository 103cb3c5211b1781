/**
 * How a chart's words are put together in the page's language: the sentences of a description in
 * one run (a space between them, none in Chinese, whose full stop 。 ends a sentence), and items
 * in a row separated by the language's comma or semicolon. Each sentence is a message of its own.
 */
import { locale, t } from '../../i18n/i18n';

/** The sentences given, in one paragraph (empty ones left out). */
export const sentences = (...parts: (string | null | undefined | false)[]): string =>
	parts.filter((p): p is string => !!p).join(locale().code === 'zh' ? '' : ' ');

/** Items separated by commas: "Kenya (3), Singapore (1)". */
export const commaSeries = (items: readonly string[]): string => items.join(t('chartKit.comma'));

/** Items separated by semicolons, for items that may hold commas of their own. */
export const semicolonSeries = (items: readonly string[]): string => items.join(t('chartKit.semicolon'));

/**
 * A strength as a `select` argument of a message: ICU selectors cannot hold a hyphen, so
 * 'scored-2' is `scored2`; no link is `none`.
 */
export const strengthArg = (s: string | null): string => (s === null ? 'none' : s.replace('-', ''));
