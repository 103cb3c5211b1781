/**
 * Messages in ICU MessageFormat (plurals, selects, numbers), formatted by FormatJS's
 * intl-messageformat with the language's own `Intl` rules. Each message is parsed on first use and
 * kept. A message missing from a catalogue falls back to English (only unpublished languages can
 * lack one: tests/unit/i18n-catalogues.test.ts fails a published language with a gap).
 */
import type { MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { IntlMessageFormat } from 'intl-messageformat';
import type en from './messages/en.json';
import type { Locale } from './locales';

/** Messages by key: ICU text, or its syntax tree when the build has parsed it (scripts/lib/precompiled-messages.ts). */
export type Catalogue = Record<string, string | MessageFormatElement[]>;
export type MessageKey = keyof typeof en;
export type MessageValues = Record<string, string | number>;

export interface Translator {
	locale: Locale;
	(key: MessageKey, values?: MessageValues): string;
}

export function translator(locale: Locale, catalogue: Catalogue, english: Catalogue): Translator {
	const compiled = new Map<string, IntlMessageFormat>();
	const t = (key: MessageKey, values?: MessageValues): string => {
		let message = compiled.get(key);
		if (!message) {
			const own = catalogue[key];
			const text = own ?? english[key];
			if (text === undefined) throw new Error(`No message "${key}" in the ${locale.english} or English catalogue`);
			message = new IntlMessageFormat(text, own === undefined ? 'en-GB' : locale.formatTag);
			compiled.set(key, message);
		}
		return String(message.format(values));
	};
	return Object.assign(t, { locale });
}
