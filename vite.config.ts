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
		chunkSizeWarningLimit: 1024
	},
	worker: { format: 'es' },
	test: {
		include: ['tests/unit/**/*.test.ts', 'tests/component/**/*.test.ts', 'src/**/*.test.ts'],
		environment: 'node',
		setupFiles: ['tests/setup.ts'],
		testTimeout: 30_000
	}
});
