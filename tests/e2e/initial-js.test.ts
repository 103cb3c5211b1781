/**
 * What a first visit fetches before a page can answer, on the built site: each main page's
 * initial JavaScript stays within issue 15's budget (200 KB gzip) and comes in a few files, since
 * every file a page preloads costs its main thread work while the HTML is still being parsed
 * (vite.config.ts says what was measured); and the DuckDB engine is never among them: the pages
 * answer from the build's files, and fetch the engine once they run, not before the HTML is parsed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { initialScripts } from '../../scripts/lib/initial-scripts';

const budgetBytes = 200 * 1024;
const maxFiles = 20;

const mainPages = [
	'index.html',
	'goals/15.html',
	'indicators/15.5.1.html',
	'coverage.html',
	'flows.html',
	'projects.html',
	'countries/KEN.html',
	'networks.html',
	'topics.html',
	'import.html',
	'sql.html',
	'fr/goals/15.html',
	'embed/goals.html',
	'embed/map.html'
];

/** The built chunk that holds duckdb-wasm's own code (its connection class), found by content, not by a name that changes with each build. */
function duckdbChunks(): string[] {
	const dir = join('build', '_app', 'immutable');
	return readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.filter((f) => f.endsWith('.js') && readFileSync(join(dir, f), 'utf8').includes('AsyncDuckDBConnection'))
		.map((f) => `_app/immutable/${f.replaceAll('\\', '/')}`);
}

// Vite's manifest of the client build: which chunk each source module became.
const manifestPath = join('.svelte-kit', 'output', 'client', '.vite', 'manifest.json');

/** The message catalogues' chunks (a section of a language's messages, a language's vocabulary titles) a page names among its preloads, by source. */
function cataloguesPreloaded(page: string): string[] {
	const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, { file: string }>;
	const named = new Set(initialScripts('build', page).files);
	return Object.entries(manifest)
		.filter(([source, { file }]) => /^src\/lib\/(i18n\/messages|generated\/vocabulary-titles)\//.test(source) && named.has(file))
		.map(([source]) => source)
		.sort();
}

describe('initial JavaScript of the built pages', () => {
	const engine = duckdbChunks();

	it('finds the DuckDB engine among the built chunks (so the check below can fail)', () => {
		expect(engine.length).toBeGreaterThan(0);
	});

	for (const page of mainPages)
		it(`${page}: within ${budgetBytes / 1024} KB gzip in at most ${maxFiles} files, without the DuckDB engine`, () => {
			const { files, gzipBytes } = initialScripts('build', page);
			expect(files.length, 'the page names no script: is the build there?').toBeGreaterThan(0);
			expect(gzipBytes).toBeLessThanOrEqual(budgetBytes);
			expect(files.length, files.join('\n')).toBeLessThanOrEqual(maxFiles);
			expect(files.filter((f) => engine.includes(f))).toEqual([]);
		});

	// Fetched by the loads' dynamic imports, the messages were asked for only once the app had
	// started, and hydration waited for them (lib/server/catalogue-preloads.ts).
	it.each([
		['goals/15.html', ['src/lib/i18n/messages/en.json?section=common', 'src/lib/i18n/messages/en.json?section=goal']],
		['index.html', ['src/lib/i18n/messages/en.json?section=common', 'src/lib/i18n/messages/en.json?section=overview']],
		['projects.html', ['src/lib/i18n/messages/en.json?section=common', 'src/lib/i18n/messages/en.json?section=project']],
		[
			'fr/goals/15.html',
			['src/lib/generated/vocabulary-titles/fr.json', 'src/lib/i18n/messages/fr.json?section=common', 'src/lib/i18n/messages/fr.json?section=goal']
		]
	])('%s preloads the messages its loads fetch, in its own language only', (page, expected) => {
		expect(cataloguesPreloaded(page)).toEqual(expected);
	});
});
