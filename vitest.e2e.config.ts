import { defineConfig } from 'vitest/config';
import { precompiledMessages } from './scripts/lib/precompiled-messages.ts';

// End-to-end tests drive Debian's Chromium against the built static site; they run one file at a
// time so two browsers never compete for the machine's two cores.
export default defineConfig({
	// The tests' own code words messages too (expected texts): the catalogues arrive in sections, as in the app.
	plugins: [precompiledMessages()],
	test: {
		include: ['tests/e2e/**/*.test.ts'],
		setupFiles: ['tests/setup-english.ts'],
		environment: 'node',
		fileParallelism: false,
		testTimeout: 60_000,
		hookTimeout: 60_000
	}
});
