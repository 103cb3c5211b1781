/**
 * Messages in ICU MessageFormat (plurals, selects, numbers), formatted by FormatJS's
 * intl-messageformat with the language's own `Intl` rules. Each message is parsed on first use and
 * kept. A message missing from a catalogue falls back to English when English is loaded (only a
 * preview of an unfinished language can lack one: tests/unit/i18n-catalogues.test.ts fails a
 * published language with a gap).
 */
import type { MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { IntlMessageFormat, type Formatters } from 'intl-messageformat';
import type en from './messages/en.json';
import type { Locale } from './locales';

/** Messages by key: ICU text, or its syntax tree when the build has parsed it (scripts/lib/precompiled-messages.ts). */
export type Catalogue = Record<string, string | MessageFormatElement[]>;
export type MessageKey = keyof typeof en;
export type MessageValues = Record<string, string | number>;

/** A message in pieces: text, and the text of each rich-text tag (`<link>…</link>`) to be marked up by the caller. */
export type MessagePart = string | { tag: string; text: string };

export interface Translator {
	locale: Locale;
	(key: MessageKey, values?: MessageValues): string;
	parts(key: MessageKey, values: MessageValues | undefined, tags: readonly string[]): MessagePart[];
}

// IntlMessageFormat resolves its locale tag (supportedLocalesOf, then a new Intl.Locale) for every
// message it builds: about 30 ms of a page's start on two cores, always for the same two tags
// (the language's and en-GB). The answer never changes and Intl.Locale is immutable, so it is kept.
const resolveLocale = IntlMessageFormat.resolveLocale;
const resolvedLocales = new Map<string, Intl.Locale | undefined>();
IntlMessageFormat.resolveLocale = (locales) => {
	const key = String(locales);
	if (!resolvedLocales.has(key)) resolvedLocales.set(key, resolveLocale(locales));
	return resolvedLocales.get(key);
};

/** Built once per set of arguments and kept. */
function kept<A extends unknown[], R>(make: (...args: A) => R): (...args: A) => R {
	const made = new Map<string, R>();
	return (...args) => {
		const key = JSON.stringify(args);
		let value = made.get(key);
		if (value === undefined) made.set(key, (value = make(...args)));
		return value;
	};
}

/**
 * One set of Intl formatters for all of a language's messages. By default each message builds and
 * keeps its own, so the same number format was built once per message that shows a count.
 */
const sharedFormatters = (): Formatters => ({
	getNumberFormat: kept((...args: ConstructorParameters<typeof Intl.NumberFormat>) => new Intl.NumberFormat(...args)),
	getDateTimeFormat: kept((...args: ConstructorParameters<typeof Intl.DateTimeFormat>) => new Intl.DateTimeFormat(...args)),
	getPluralRules: kept((...args: ConstructorParameters<typeof Intl.PluralRules>) => new Intl.PluralRules(...args))
});

export function translator(locale: Locale, catalogue: Catalogue, english: Catalogue | undefined): Translator {
	const compiled = new Map<string, IntlMessageFormat>();
	const formatters = sharedFormatters();
	const compile = (key: MessageKey): IntlMessageFormat => {
		let message = compiled.get(key);
		if (!message) {
			const own = catalogue[key];
			const text = own ?? english?.[key];
			if (text === undefined) throw new Error(`No message "${key}" in the ${locale.english} or English catalogue`);
			message = new IntlMessageFormat(text, own === undefined ? 'en-GB' : locale.formatTag, undefined, { formatters });
			compiled.set(key, message);
		}
		return message;
	};
	const t = (key: MessageKey, values?: MessageValues): string => String(compile(key).format(values));
	const parts = (key: MessageKey, values: MessageValues | undefined, tags: readonly string[]): MessagePart[] => {
		const withTags: Record<string, unknown> = { ...values };
		for (const tag of tags) {
			// Tags and values share ICU's one namespace: a tag named like a value would replace it.
			if (values && tag in values) throw new Error(`The message "${key}" has a tag and a value both named "${tag}"`);
			withTags[tag] = (chunks: unknown[]) => ({ tag, text: chunks.join('') });
		}
		const out = compile(key).format(withTags as MessageValues) as unknown;
		return (Array.isArray(out) ? out : [out]).map((p) => (typeof p === 'object' && p !== null ? (p as { tag: string; text: string }) : String(p)));
	};
	return Object.assign(t, { locale, parts });
}
