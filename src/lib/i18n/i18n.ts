/**
 * The page's language and its messages. A document is in one language for its whole life: the
 * language switch loads the other language's page, so nothing here needs to be reactive. The
 * root layout's load fetches the catalogue's common messages, a page's load its own section
 * (catalogues.ts), and the root layout sets the language before anything renders, on the server for
 * every prerendered page and in the browser once. A page fetches its own language's messages and no
 * other. Code that formats messages outside a page (tests, scripts) calls loadEveryMessage('en') first.
 */
import { defaultLocale, locales, splitLocale, type Locale, type LocaleCode } from './locales';
import type { Section } from './sections';
import { setCurrentLocale } from './current';
import { catalogueOf, loadSections } from './catalogues';
import { translator, type Catalogue, type MessageKey, type MessagePart, type MessageValues, type Translator } from './translate';

export { loadCatalogue, loadEveryMessage, loadSections } from './catalogues';

const notLoaded: Translator = Object.assign(
	(key: MessageKey): string => {
		throw new Error(`No catalogue is loaded for the message "${key}": call loadCatalogue and setLocale first`);
	},
	{ locale: defaultLocale, parts: (key: MessageKey): MessagePart[] => [notLoaded(key)] }
);
let current: Translator = notLoaded;
/**
 * One translator per language, kept: prerendering switches language from page to page, and a new
 * translator parses every message again (intl-messageformat's constructor alone took 7 s of the
 * six-language build). A catalogue is one object that later sections join, so a kept translator
 * sees them; it is keyed on English too, which a preview language falls back to once loaded.
 */
const translators = new Map<string, Translator>();

/** Make `code` the page's language; its catalogue must have been loaded. */
export function setLocale(code: LocaleCode): void {
	if (current !== notLoaded && current.locale.code === code) return;
	const catalogue = catalogueOf(code);
	if (!catalogue) throw new Error(`The ${locales[code].english} catalogue is not loaded`);
	const english = catalogueOf('en');
	const key = `${code} ${english ? 'with' : 'without'} English`;
	let next = translators.get(key);
	if (!next) translators.set(key, (next = translator(locales[code], catalogue, english)));
	current = next;
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

/** For a page's load: fetch the sections of its language's catalogue that the page's own text is in. */
export const pageMessages = (url: URL, wanted: readonly Section[]): Promise<void> => loadSections(splitLocale(url.pathname).locale.code, wanted);
