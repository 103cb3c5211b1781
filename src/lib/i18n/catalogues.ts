/**
 * Fetching the catalogues. In the app (any Vite build, and its tests) a language's catalogue
 * arrives in sections (sections.ts): the common messages with the page's layout, a page's own
 * section with the page's load, each a chunk of its own, parsed at build time
 * (scripts/lib/precompiled-messages.ts). Build scripts run by tsx, which has no `import.meta.glob`,
 * read each catalogue whole. A preview of an unfinished language (locales.ts `preview`) fetches
 * English beside it, to fill its gaps; a published one lacks no message.
 */
import { locales, type LocaleCode } from './locales';
import { registerGoalTitles, type GoalTitles } from './framework-titles.svelte';
import { registerTopicTexts, type TopicTexts } from './topic-labels';
import { registerPlaceNames, type PlaceNames } from './place-names';
import { sections, type Part, type Section } from './sections';
import type { Catalogue } from './translate';

type Loaders<T> = Record<string, () => Promise<T>>;

// Vite's glob imports, one per section (their options must be written out); null outside Vite.
const sectioned: Record<Part, Loaders<Catalogue>> | null = import.meta.env
	? {
			common: import.meta.glob<Catalogue>('./messages/*.json', { query: '?section=common', import: 'default' }),
			overview: import.meta.glob<Catalogue>('./messages/*.json', { query: '?section=overview', import: 'default' }),
			goal: import.meta.glob<Catalogue>('./messages/*.json', { query: '?section=goal', import: 'default' }),
			indicator: import.meta.glob<Catalogue>('./messages/*.json', { query: '?section=indicator', import: 'default' }),
			country: import.meta.glob<Catalogue>('./messages/*.json', { query: '?section=country', import: 'default' }),
			topic: import.meta.glob<Catalogue>('./messages/*.json', { query: '?section=topic', import: 'default' }),
			network: import.meta.glob<Catalogue>('./messages/*.json', { query: '?section=network', import: 'default' }),
			project: import.meta.glob<Catalogue>('./messages/*.json', { query: '?section=project', import: 'default' }),
			coverage: import.meta.glob<Catalogue>('./messages/*.json', { query: '?section=coverage', import: 'default' }),
			flows: import.meta.glob<Catalogue>('./messages/*.json', { query: '?section=flows', import: 'default' }),
			tables: import.meta.glob<Catalogue>('./messages/*.json', { query: '?section=tables', import: 'default' }),
			sql: import.meta.glob<Catalogue>('./messages/*.json', { query: '?section=sql', import: 'default' }),
			import: import.meta.glob<Catalogue>('./messages/*.json', { query: '?section=import', import: 'default' }),
			openData: import.meta.glob<Catalogue>('./messages/*.json', { query: '?section=openData', import: 'default' }),
			methodology: import.meta.glob<Catalogue>('./messages/*.json', { query: '?section=methodology', import: 'default' })
		}
	: null;

// Whole catalogues, for tsx (written out: tsx has no glob imports).
const whole: Record<LocaleCode, () => Promise<{ default: Catalogue }>> = {
	en: () => import('./messages/en.json'),
	ar: () => import('./messages/ar.json'),
	es: () => import('./messages/es.json'),
	fr: () => import('./messages/fr.json'),
	ru: () => import('./messages/ru.json'),
	zh: () => import('./messages/zh.json')
};

// The goals' official titles, the curated topics' texts and the names of countries and regions in
// each language (about 5 KB compressed), written by `npm run data`.
type VocabularyTitles = { goals: GoalTitles; topics: TopicTexts; places: PlaceNames };
const vocabularyTitles: Record<Exclude<LocaleCode, 'en'>, () => Promise<{ default: VocabularyTitles }>> = {
	ar: () => import('../generated/vocabulary-titles/ar.json'),
	es: () => import('../generated/vocabulary-titles/es.json'),
	fr: () => import('../generated/vocabulary-titles/fr.json'),
	ru: () => import('../generated/vocabulary-titles/ru.json'),
	zh: () => import('../generated/vocabulary-titles/zh.json')
};

/**
 * Told of every catalogue module a load asks for (its source path and query, as Vite's build
 * manifest names it), on the server, which names their chunks in the page's head
 * (lib/server/catalogue-preloads.ts): a page's messages then arrive with its other scripts instead
 * of being asked for once the app has started.
 */
let asked: ((source: string) => void) | null = null;
export const onCatalogueAsked = (listener: (source: string) => void): void => {
	asked = listener;
};

const catalogues = new Map<LocaleCode, Catalogue>();
const fetched = new Map<string, Promise<void>>();

/** A language's messages fetched so far (one object, which later sections join). */
export function catalogueOf(code: LocaleCode): Catalogue | undefined {
	return fetched.has(`${code} common`) ? catalogues.get(code) : undefined;
}

function fetchPart(code: LocaleCode, part: Part): Promise<void> {
	const key = sectioned ? `${code} ${part}` : `${code} common`;
	asked?.(`src/lib/i18n/messages/${code}.json?section=${part}`);
	let done = fetched.get(key);
	if (!done) {
		done = (async () => {
			const messages = sectioned ? await sectioned[part][`./messages/${code}.json`]() : (await whole[code]()).default;
			if (!catalogues.has(code)) catalogues.set(code, {});
			Object.assign(catalogues.get(code)!, messages);
		})();
		fetched.set(key, done);
	}
	return done;
}

/** Fetch a language's common messages (and its goal and topic titles and place names; English too if it is only a preview), once. */
export async function loadCatalogue(code: LocaleCode): Promise<void> {
	const titles =
		code === 'en'
			? null
			: (asked?.(`src/lib/generated/vocabulary-titles/${code}.json`), vocabularyTitles[code]()).then(({ default: { goals, topics, places } }) => {
					registerGoalTitles(locales[code].tag, goals);
					registerTopicTexts(locales[code].tag, topics);
					registerPlaceNames(locales[code].tag, places);
				});
	await Promise.all([fetchPart(code, 'common'), titles, locales[code].preview ? fetchPart('en', 'common') : null]);
}

/** Fetch a page's own sections of a language's catalogue, once each. */
export async function loadSections(code: LocaleCode, wanted: readonly Section[]): Promise<void> {
	const languages = locales[code].preview ? [code, 'en' as const] : [code];
	await Promise.all(languages.flatMap((c) => wanted.map((s) => fetchPart(c, s))));
}

/** Every message of a language: for tests and scripts that format any message. */
export async function loadEveryMessage(code: LocaleCode): Promise<void> {
	await Promise.all([loadCatalogue(code), loadSections(code, Object.keys(sections) as Section[])]);
}
