/**
 * The catalogues' sections (src/lib/i18n/sections.ts): a page's first load carries only the common
 * messages and its own sections, so a section's message must never be named where another page
 * could need it. Each section's messages are named only in the files of the pages that fetch it
 * (their +page.ts says `pageMessages(url, [...])`), or in files used only by such files.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sections, type Section } from '../../src/lib/i18n/sections';

function files(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return files(path);
		return /\.(ts|svelte)$/.test(name) && !name.endsWith('.test.ts') ? [path] : [];
	});
}
// The i18n layer itself names sections and example keys, not messages to show.
const sources = new Map(
	files('src')
		.filter((f) => !f.startsWith('src/lib/i18n/'))
		.map((f) => [f, readFileSync(f, 'utf8')])
);

/** The route folders whose +page.ts fetches each section. */
const fetchedBy = new Map<Section, string[]>();
for (const [file, text] of sources) {
	if (basename(file) !== '+page.ts') continue;
	const wanted = /pageMessages\(url, \[([^\]]*)\]\)/.exec(text)?.[1] ?? '';
	for (const s of wanted.matchAll(/'([a-zA-Z]+)'/g)) fetchedBy.set(s[1] as Section, [...(fetchedBy.get(s[1] as Section) ?? []), dirname(file)]);
}

/** Files that import `file` (or start it as a worker): any quoted path ending in its name. */
function importers(file: string): string[] {
	const name = basename(file, extname(file));
	const named = new RegExp(`['"\`][^'"\`]*/${name.replace(/[.+]/g, '\\$&')}(\\.svelte|\\.ts|\\.js)?['"\`]`);
	return [...sources.keys()].filter((f) => f !== file && named.test(sources.get(f)!));
}

/** Whether every way into `file` goes through a page that fetches the section. */
function onlyIn(file: string, pages: string[], seen = new Set<string>()): boolean {
	if (pages.some((dir) => dirname(file) === dir)) return true;
	if (file.startsWith('src/routes/') || seen.has(file)) return file.startsWith('src/routes/') ? false : true;
	seen.add(file);
	const from = importers(file);
	return from.length > 0 && from.every((f) => onlyIn(f, pages, seen));
}

describe('message sections', () => {
	it('word import problems, carried as keys, only on the import pages', () => {
		expect(onlyIn('src/lib/import/issue-text.ts', fetchedBy.get('import') ?? [])).toBe(true);
	});

	it('are each fetched by at least one page', () => {
		for (const section of Object.keys(sections) as Section[]) expect(fetchedBy.get(section), section).toBeDefined();
	});

	it.each(Object.entries(sections))('%s: its messages are named only where its pages are', (section, prefixes) => {
		const pages = fetchedBy.get(section as Section) ?? [];
		// Where its messages are worded: t('…'), messageParts('…'), <Message key="…">. Keys carried as
		// data (an import problem's key) are worded by the one file that shows them, checked below.
		const words = (p: string) => new RegExp(`(\\bt|messageParts)\\(\\s*['"]${p}\\.[a-zA-Z]|key=["']${p}\\.[a-zA-Z]`);
		const naming = [...sources].filter(([, text]) => prefixes.some((p) => words(p).test(text))).map(([f]) => f);
		expect(naming.length, section).toBeGreaterThan(0);
		expect(naming.filter((f) => !onlyIn(f, pages))).toEqual([]);
	});
});
