/**
 * The six official languages of the United Nations, in which the SDG framework is negotiated and
 * published. `tag` is the BCP 47 tag used for `lang` attributes and in data/translations/ (Chinese
 * is Simplified, as the UN publishes it); `dir` is the writing direction.
 */
export interface UnLanguage {
	tag: string;
	/** The language's name in English. */
	english: string;
	/** The language's name in itself, as a language switch shows it. */
	native: string;
	dir: 'ltr' | 'rtl';
}

/** In the UN's own order (alphabetical in English). */
export const unLanguages: readonly UnLanguage[] = [
	{ tag: 'ar', english: 'Arabic', native: 'العربية', dir: 'rtl' },
	{ tag: 'zh-Hans', english: 'Chinese', native: '中文', dir: 'ltr' },
	{ tag: 'en', english: 'English', native: 'English', dir: 'ltr' },
	{ tag: 'fr', english: 'French', native: 'Français', dir: 'ltr' },
	{ tag: 'ru', english: 'Russian', native: 'Русский', dir: 'ltr' },
	{ tag: 'es', english: 'Spanish', native: 'Español', dir: 'ltr' }
];

/**
 * Indicators whose official English title was refined after the translations were made: the
 * source's English titles differ from the framework's for these six (see the sdg-translations
 * README), so their translations may follow an older wording and are marked as such.
 */
export const olderWordingIndicators: readonly string[] = ['2.5.1', '5.3.2', '10.7.2', '11.5.3', '12.c.1', '15.4.2'];

/** A framework title in one UN language, or the reason it is missing. */
export interface OfficialTitle {
	lang: UnLanguage;
	/** The title; for a missing translation, the English official title (shown as such). */
	title: string;
	short_title?: string;
	/** `official`: the UN's own text; `older`: a translation that may follow an earlier English
	 * wording; `missing`: no translation is published, the English title stands in. */
	status: 'official' | 'older' | 'missing';
}
