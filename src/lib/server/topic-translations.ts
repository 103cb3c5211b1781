/**
 * The curated topics' labels and descriptions in the other five UN languages
 * (data/translations/topics.csv, drafted by the team: see that folder's README). Read by the build,
 * which writes one small file per language for the page's catalogue (i18n/topic-labels.ts), and
 * checked there: every curated topic in every language, no row for a topic that is not curated.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { csvRecords, parseCsv } from '../format/csv';
import { unLanguages } from '../domain/un-languages';
import type { TopicTexts } from '../i18n/topic-labels';

const read = (path: string) => csvRecords(parseCsv(readFileSync(path, 'utf8')));

/** Every problem of the translations file, worded with its row (2 = the first row after the header). */
export function topicTranslationProblems(dataDir = 'data'): string[] {
	const file = join(dataDir, 'translations/topics.csv');
	const curated = new Set(
		read(join(dataDir, 'topics.csv'))
			.filter((t) => t.vocabulary === 'curated')
			.map((t) => t.topic)
	);
	const languages = unLanguages.filter((l) => l.tag !== 'en').map((l) => l.tag);
	const problems: string[] = [];
	const seen = new Set<string>();
	read(file).forEach((r, i) => {
		const where = `${file} row ${i + 2}`;
		if (!curated.has(r.topic)) problems.push(`${where}: topic "${r.topic}" is not a curated topic of ${dataDir}/topics.csv`);
		if (!languages.includes(r.lang)) problems.push(`${where}: lang "${r.lang}" is not one of ${languages.join(', ')}`);
		if (!r.label?.trim() || !r.description?.trim()) problems.push(`${where}: label and description are both required`);
		if (seen.has(`${r.topic} ${r.lang}`)) problems.push(`${where}: a second row for ${r.topic} in ${r.lang}`);
		seen.add(`${r.topic} ${r.lang}`);
	});
	for (const topic of curated)
		for (const lang of languages) if (!seen.has(`${topic} ${lang}`)) problems.push(`${file}: no ${lang} row for the curated topic "${topic}"`);
	return problems;
}

/** The curated topics' label and description in one language (its UN tag: fr, zh-Hans). */
export function topicTextsIn(tag: string, dataDir = 'data'): TopicTexts {
	const out: TopicTexts = {};
	for (const r of read(join(dataDir, 'translations/topics.csv'))) if (r.lang === tag) out[r.topic] = { label: r.label, description: r.description };
	return out;
}

/** The same texts by the topic's page address (the search names topics by page), in one language. */
export function topicTextsByPage(tag: string, dataDir = 'data'): TopicTexts {
	const byTopic = topicTextsIn(tag, dataDir);
	const out: TopicTexts = {};
	for (const t of read(join(dataDir, 'topics.csv'))) if (byTopic[t.topic]) out[t.page] = byTopic[t.topic];
	return out;
}
