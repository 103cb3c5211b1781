/**
 * The message catalogues (src/lib/i18n/messages/*.json) reach the app already parsed: each ICU
 * message becomes its syntax tree at build time, so the browser bundle leaves out FormatJS's
 * message parser (7 KB of gzip of the initial JavaScript) and formats from the trees alone. The
 * catalogues stay plain ICU text in the repository, for translators; build scripts run by tsx and
 * the catalogue tests read them as text and parse them with the full library. A catalogue imported
 * with `?section=name` keeps only that section's messages.
 */
import { parse } from '@formatjs/icu-messageformat-parser';
import type { Plugin } from 'vite';
import { partOf } from '../../src/lib/i18n/sections.ts';

// A catalogue, whole or one of its sections (src/lib/i18n/sections.ts): messages/fr.json?section=common.
const catalogue = /\/src\/lib\/i18n\/messages\/[a-z]+\.json(?:\?section=([a-zA-Z]+))?$/;

export function precompiledMessages(): Plugin {
	let clientBuild = false;
	return {
		name: 'precompiled-messages',
		enforce: 'pre',
		config(_, env) {
			clientBuild = env.command === 'build' && !process.env.VITEST;
		},
		// JSON in, JSON out: Vite's own JSON plugin then makes it a module as before.
		transform(code, id) {
			const match = catalogue.exec(id);
			if (!match) return null;
			const section = match[1];
			const messages = Object.entries(JSON.parse(code) as Record<string, string>).filter(([key]) => !section || partOf(key) === section);
			const parsed = JSON.stringify(Object.fromEntries(messages.map(([key, text]) => [key, parse(text)])));
			// A whole catalogue stays JSON for Vite's JSON plugin; a section (a query on the file, which
			// that plugin passes by) becomes the module itself.
			return { code: section ? `export default JSON.parse(${JSON.stringify(parsed)});` : parsed, map: null };
		},
		// In the browser build every message arrives parsed: the parser-free entry point is enough.
		resolveId(source, importer, options) {
			if (!clientBuild || options?.ssr || source !== '@formatjs/icu-messageformat-parser') return null;
			return this.resolve('@formatjs/icu-messageformat-parser/no-parser.js', importer, { ...options, skipSelf: true });
		}
	};
}
