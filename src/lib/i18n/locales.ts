/**
 * The dashboard's languages: the six UN languages, English at the site's root and each other one
 * under its own prefix (/ar/, /es/, /fr/, /ru/, /zh/). A language is `published` (prerendered,
 * offered in the switch, routed) only once its message catalogue is complete; until then its
 * addresses are not pages, so no visitor meets a page half in one language and half in another.
 * `review` says who has read the catalogue: the README lists it as it is.
 */
import { unLanguages, type UnLanguage } from '../domain/un-languages';

export const localeCodes = ['en', 'ar', 'es', 'fr', 'ru', 'zh'] as const;
export type LocaleCode = (typeof localeCodes)[number];

export interface Locale extends UnLanguage {
	code: LocaleCode;
	/** The address prefix: '' for English, '/fr' for French. */
	prefix: string;
	published: boolean;
	/** Published only in a preview build (PREVIEW_LOCALES): unfinished, English fills its gaps. */
	preview: boolean;
	/** The tag numbers and dates are formatted with: British English for English, as the UN writes it;
	 * Western digits in Arabic (-u-nu-latn), as the UN's Arabic documents and charts have them. */
	formatTag: string;
	review: 'source' | 'machine-drafted' | 'reviewed by a fluent speaker';
}

const tagOf: Record<LocaleCode, string> = { en: 'en', ar: 'ar', es: 'es', fr: 'fr', ru: 'ru', zh: 'zh-Hans' };
const formatTags: Partial<Record<LocaleCode, string>> = { en: 'en-GB', ar: 'ar-u-nu-latn' };
const status: Record<LocaleCode, Pick<Locale, 'published' | 'review'>> = {
	en: { published: true, review: 'source' },
	ar: { published: true, review: 'machine-drafted' },
	es: { published: true, review: 'machine-drafted' },
	fr: { published: true, review: 'machine-drafted' },
	ru: { published: true, review: 'machine-drafted' },
	zh: { published: true, review: 'machine-drafted' }
};

// A preview build (PREVIEW_LOCALES=ar,fr npm run build) publishes unfinished languages too, so that
// a translator can review them in place; the published site never sets it.
const preview = typeof __PREVIEW_LOCALES__ === 'string' ? __PREVIEW_LOCALES__.split(',').map((c) => c.trim()) : [];

export const locales: Record<LocaleCode, Locale> = Object.fromEntries(
	localeCodes.map((code) => {
		const language = unLanguages.find((l) => l.tag === tagOf[code])!;
		const { published, review } = status[code];
		const prefix = code === 'en' ? '' : `/${code}`;
		return [
			code,
			{
				...language,
				code,
				prefix,
				formatTag: formatTags[code] ?? language.tag,
				published: published || preview.includes(code),
				preview: !published && preview.includes(code),
				review
			}
		];
	})
) as Record<LocaleCode, Locale>;

export const defaultLocale = locales.en;
export const publishedLocales = localeCodes.map((c) => locales[c]).filter((l) => l.published);

const prefixed = /^\/(ar|es|fr|ru|zh)(?=\/|$)/;

/**
 * The language an address is in, and the address without its prefix (what the routes answer).
 * Only a published language's prefix counts: /fr/goals/1 is an unknown page until French is
 * published.
 */
export function splitLocale(pathname: string, published: readonly Locale[] = publishedLocales): { locale: Locale; path: string } {
	const m = prefixed.exec(pathname);
	const locale = m ? published.find((l) => l.code === m[1]) : undefined;
	if (!m || !locale) return { locale: defaultLocale, path: pathname };
	return { locale, path: pathname.slice(m[0].length) || '/' };
}

/** An address of the site (without its base path) in another language: '/goals/1' → '/fr/goals/1'. */
export function localisePath(path: string, locale: Locale, published: readonly Locale[] = publishedLocales): string {
	const bare = splitLocale(path, published).path;
	if (!locale.prefix) return bare;
	// Addresses have no trailing slash (SvelteKit's default): the French overview is /fr.
	return bare === '/' ? locale.prefix : `${locale.prefix}${bare}`;
}

/**
 * The published language a browser asks for first (navigator.languages), if it is not the page's:
 * the site offers it, never switches by itself.
 */
export function preferredLocale(browserLanguages: readonly string[], current: Locale, published: readonly Locale[] = publishedLocales): Locale | null {
	for (const asked of browserLanguages) {
		const primary = asked.toLowerCase().split('-')[0];
		const match = published.find((l) => l.code === primary);
		if (match) return match.code === current.code ? null : match;
	}
	return null;
}
