import { sveltekit } from '@sveltejs/kit/vite';
import { svelteTesting } from '@testing-library/svelte/vite';
import { readFileSync } from 'node:fs';
import { defineConfig } from 'vitest/config';
import { siteUrl } from './scripts/lib/findable.js';
import { precompiledMessages } from './scripts/lib/precompiled-messages.ts';
import { projectedOutlines } from './scripts/lib/projected-outlines.ts';

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

export default defineConfig({
	plugins: [precompiledMessages(), projectedOutlines(), sveltekit(), svelteTesting()],
	define: {
		__APP_VERSION__: JSON.stringify(version),
		__SITE_URL__: JSON.stringify(siteUrl()),
		__PREVIEW_LOCALES__: JSON.stringify(process.env.PREVIEW_LOCALES ?? '')
	},
	build: {
		// The DuckDB wasm bundles are large binary assets loaded on demand, not part of first paint.
		chunkSizeWarningLimit: 1024,
		// Code that six or more of the site's entry chunks (route nodes, lazily loaded modules) import
		// goes into one shared chunk. Split automatically, the site was 474 chunks and the overview
		// preloaded 53 files, each of which costs the page's main thread work while it is still
		// parsing the HTML: on two cores, dropping the preloads alone took the overview's DOM
		// interactive from 721 to 411 ms. Grouped, it preloads 14 files and 172 KB gzip instead of
		// 182 KB, and filtered pages went live up to a fifth sooner (bench/README.md). Less shared
		// (three or more importers) was as fast, with 50 KB more for /projects.
		// tests/e2e/initial-js.test.ts holds each main page to the budget and to a few files.
		rolldownOptions: { output: { codeSplitting: { groups: [{ name: 'common', minShareCount: 6 }] } } }
	},
	worker: { format: 'es' },
	test: {
		include: ['tests/unit/**/*.test.ts', 'tests/component/**/*.test.ts', 'src/**/*.test.ts'],
		environment: 'node',
		setupFiles: ['tests/setup.ts'],
		testTimeout: 30_000
	}
});
