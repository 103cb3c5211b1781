/**
 * The curated topics' labels and descriptions in the page's language (data/translations/topics.csv,
 * drafted by the team, not official). They arrive with the page's catalogue, 17 of each per
 * language; a component asks by topic and passes the English text, which stays when the language
 * has none: the JRC inventory's fields, an import's own topics, and English pages.
 */
import { currentLocale } from './current';

/** One language's texts by topic: { "air-quality": { label, description } }. */
export type TopicTexts = Record<string, { label: string; description: string }>;

const texts = new Map<string, TopicTexts>();

/** Keep a language's topic texts (by its UN tag: fr, zh-Hans). */
export function registerTopicTexts(tag: string, topics: TopicTexts): void {
	texts.set(tag, topics);
}

const lookup = (topic: string) => {
	const { tag } = currentLocale();
	return tag === 'en' ? undefined : texts.get(tag)?.[topic];
};

/** A topic's label in the page's language, or `english`. */
export const translatedTopicLabel = (topic: string, english: string): string => lookup(topic)?.label ?? english;

/** A topic's description in the page's language, or `english`. */
export const translatedTopicDescription = (topic: string, english: string): string => lookup(topic)?.description ?? english;

/** 'en' where the page is in another language and the topic's text stays English (for `lang`); otherwise undefined. */
export const topicTextLang = (topic: string): 'en' | undefined => (currentLocale().code !== 'en' && !lookup(topic) ? 'en' : undefined);
