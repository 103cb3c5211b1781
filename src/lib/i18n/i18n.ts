/**
 * The page's language and its messages. A document is in one language for its whole life: the
 * language switch loads the other language's page, so nothing here needs to be reactive. The
 * root layout's load fetches the catalogue (only the page's own language reaches the browser, as
 * its own chunk) and the root layout sets it before anything renders, on the server for every
 * prerendered page and in the browser once.
 */
import english from './messages/en.json';
import { defaultLocale, locales, type Locale, type LocaleCode } from './locales';
import { setCurrentLocale } from './current';
import { registerGoalTitles, type GoalTitles } from './framework-titles.svelte';
import { translator, type Catalogue, type MessageKey, type MessagePart, type MessageValues, type Translator } from './translate';

// Written out (not import.meta.glob) so that build scripts run by tsx can load this module too.
const loaders: Record<Exclude<LocaleCode, 'en'>, () => Promise<{ default: Catalogue }>> = {
	ar: () => import('./messages/ar.json'),
	es: () => import('./messages/es.json'),
	fr: () => import('./messages/fr.json'),
	ru: () => import('./messages/ru.json'),
	zh: () => import('./messages/zh.json')
};
// The goals' official titles in each language (17 of them, about 1 KB compressed), written by `npm run data`.
const goalTitleLoaders: Record<Exclude<LocaleCode, 'en'>, () => Promise<{ default: GoalTitles }>> = {
	ar: () => import('../generated/goal-titles/ar.json'),
	es: () => import('../generated/goal-titles/es.json'),
	fr: () => import('../generated/goal-titles/fr.json'),
	ru: () => import('../generated/goal-titles/ru.json'),
	zh: () => import('../generated/goal-titles/zh.json')
};
const loaded = new Map<LocaleCode, Catalogue>([['en', english]]);

/** Fetch a language's catalogue and its goal titles, once. */
export async function loadCatalogue(code: LocaleCode): Promise<void> {
	if (loaded.has(code) || code === 'en') return;
	const [catalogue, goals] = await Promise.all([loaders[code](), goalTitleLoaders[code]()]);
	registerGoalTitles(locales[code].tag, goals.default);
	loaded.set(code, catalogue.default);
}

let current: Translator = translator(defaultLocale, english, english);

/** Make `code` the page's language; its catalogue must have been loaded. */
export function setLocale(code: LocaleCode): void {
	if (current.locale.code === code) return;
	const catalogue = loaded.get(code);
	if (!catalogue) throw new Error(`The ${locales[code].english} catalogue is not loaded`);
	current = translator(locales[code], catalogue, english);
	setCurrentLocale(locales[code]);
}

/** The page's language. */
export const locale = (): Locale => current.locale;

/** A message in the page's language. */
export const t = (key: MessageKey, values?: MessageValues): string => current(key, values);

/** A message with rich-text tags, in pieces for a component to mark up (components/Message.svelte). */
export const messageParts = (key: MessageKey, values: MessageValues | undefined, tags: readonly string[]): MessagePart[] => current.parts(key, values, tags);

/** A language's name in the page's language: "French" on an English page, "anglais" on a French one. */
export const languageName = (tag: string): string => new Intl.DisplayNames([current.locale.tag], { type: 'language' }).of(tag) ?? tag;
