/**
 * The SDG framework's titles in the page's language: the UN's official translations
 * (data/translations/). English titles come with the data (the database, the build's summaries);
 * a component asks for the title of a code in the page's language and passes the English one, which
 * is shown, marked as English, when the language has none (indicator 11.5.3).
 *
 * Goal titles (17 per language) arrive with the page's catalogue. Target and indicator titles are
 * many (25–30 KB compressed per language), so each page's load sends those it names
 * (server/framework-translations.ts pageTitlesIn) and the root layout registers them; figures
 * answered later in the browser only ever name a subset of the page's codes. Registered titles are
 * reactive: a page reached by a link in the browser registers its own as it arrives.
 */
import { SvelteMap } from 'svelte/reactivity';
import { currentLocale } from './current';

export type TitleLevel = 'goal' | 'target' | 'indicator';
/** Titles by code, per level, in one language: what a page's load sends. */
export type PageTitles = Partial<Record<'target' | 'indicator', Record<string, string>>>;
/** A language's goal titles: { "15": { title, short_title } }. */
export type GoalTitles = Record<string, { title: string; short_title: string }>;

const titles = new SvelteMap<string, string>();
const key = (tag: string, level: TitleLevel | 'goal-short', code: string | number) => `${tag} ${level} ${code}`;

/** Keep a page's titles (idempotent: the same code always has the same title in a language). */
export function registerTitles(tag: string, page: PageTitles | undefined): void {
	for (const level of ['target', 'indicator'] as const)
		for (const [code, title] of Object.entries(page?.[level] ?? {})) if (titles.get(key(tag, level, code)) !== title) titles.set(key(tag, level, code), title);
}

/** Keep a language's goal titles. */
export function registerGoalTitles(tag: string, goals: GoalTitles): void {
	for (const [goal, { title, short_title }] of Object.entries(goals)) {
		titles.set(key(tag, 'goal', goal), title);
		if (short_title) titles.set(key(tag, 'goal-short', goal), short_title);
	}
}

/** The level an SDG code names by its shape: 15 a goal, 15.5 a target, 15.5.1 an indicator. */
const levelOf = (code: string | number): TitleLevel => {
	const dots = String(code).split('.').length - 1;
	return dots === 0 ? 'goal' : dots === 1 ? 'target' : 'indicator';
};

function lookup(level: TitleLevel | 'goal-short', code: string | number): string | undefined {
	const { tag } = currentLocale();
	return tag === 'en' ? undefined : titles.get(key(tag, level, code));
}

/** A goal's, target's or indicator's official title (by its code) in the page's language, or `english` when it has none. */
export const sdgTitle = (code: string | number, english: string): string => lookup(levelOf(code), code) ?? english;

/** A goal's short title ("Life on land") in the page's language, or `english`. */
export const goalShortTitle = (goal: string | number, english: string): string => lookup('goal-short', goal) ?? english;

/**
 * The `lang` of a title shown by sdgTitle: 'en' where the page is in another language and the
 * title had to stay English, so that screen readers read it as English; otherwise undefined.
 */
export function sdgTitleLang(code: string | number): 'en' | undefined {
	return currentLocale().code !== 'en' && lookup(levelOf(code), code) === undefined ? 'en' : undefined;
}
