/**
 * The JavaScript a built page fetches before it can run: every script and modulepreload link its
 * HTML names (SvelteKit's start script and the chunks hydration needs), gzipped as a server would
 * send them. The bench reports it for the overview; tests/e2e/initial-js.test.ts holds every main
 * page to its budget.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface InitialScripts {
	/** Paths from the build's root, e.g. `_app/immutable/chunks/Ab12Cd.js`. */
	files: string[];
	gzipBytes: number;
}

export function initialScripts(buildDir: string, htmlFile: string): InitialScripts {
	const html = readFileSync(join(buildDir, htmlFile), 'utf8');
	// A page in a folder names them relatively (../_app/…), the root page as ./_app/… or /_app/….
	const named = [...html.matchAll(/["']((?:\.{1,2}\/)*\/?_app\/immutable\/[^"']+\.js)["']/g)].map((m) => m[1].replace(/^(?:\.{1,2}\/)*\/?/, ''));
	const files = [...new Set(named)];
	return { files, gzipBytes: files.reduce((sum, path) => sum + gzipSync(readFileSync(join(buildDir, path))).length, 0) };
}
