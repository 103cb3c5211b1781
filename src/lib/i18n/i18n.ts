/**
 * The page's language and its messages. A document is in one language for its whole life: the
 * language switch loads the other language's page, so nothing here needs to be reactive. The
 * root layout's load fetches the catalogue and the root layout sets it before anything renders, on
 * the server for every prerendered page and in the browser once. Every catalogue, English too, is
 * a chunk of its own: a page fetches its language's messages and no other (a published language
 * lacks none, so needs no English to fall back on; a preview of an unfinished one fetches both).
 * Code that formats messages outside a page (tests, scripts) calls loadCatalogue('en') first.
 */
import { defaultLocale, locales, type Locale, type LocaleCode } from './locales';
import { setCurrentLocale } from './current';
import { registerGoalTitles, type GoalTitles } from './framework-titles.svelte';
import { translator, type Catalogue, type MessageKey, type MessagePart, type MessageValues, type Translator } from './translate';

// Written out (not import.meta.glob) so that build scripts run by tsx can load this module too.
const loaders: Record<LocaleCode, () => Promise<{ default: Catalogue }>> = {
	en: () => import('./messages/en.json'),
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
const loaded = new Map<LocaleCode, Catalogue>();

/** Fetch a language's catalogue (and its goal titles; English if it is only a preview), once. */
export async function loadCatalogue(code: LocaleCode): Promise<void> {
	if (loaded.has(code)) return;
	if (code === 'en') {
		loaded.set(code, (await loaders.en()).default);
		return;
	}
	const [catalogue, goals] = await Promise.all([loaders[code](), goalTitleLoaders[code](), locales[code].preview ? loadCatalogue('en') : null]);
	registerGoalTitles(locales[code].tag, goals.default);
	loaded.set(code, catalogue.default);
}

const notLoaded: Translator = Object.assign(
	(key: MessageKey): string => {
		throw new Error(`No catalogue is loaded for the message "${key}": call loadCatalogue and setLocale first`);
	},
	{ locale: defaultLocale, parts: (key: MessageKey): MessagePart[] => [notLoaded(key)] }
);
let current: Translator = notLoaded;

/** Make `code` the page's language; its catalogue must have been loaded. */
export function setLocale(code: LocaleCode): void {
	if (current !== notLoaded && current.locale.code === code) return;
	const catalogue = loaded.get(code);
	if (!catalogue) throw new Error(`The ${locales[code].english} catalogue is not loaded`);
	current = translator(locales[code], catalogue, loaded.get('en'));
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
