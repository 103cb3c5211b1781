/**
 * The page's language, on its own so that plain formatting code (format/number.ts), which build
 * scripts run too, can read it without loading any catalogue. Set by i18n.ts's setLocale.
 */
import { defaultLocale, type Locale } from './locales';

let current: Locale = defaultLocale;

export const currentLocale = (): Locale => current;
export const setCurrentLocale = (locale: Locale): void => {
	current = locale;
};
