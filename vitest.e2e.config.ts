import { defineConfig } from 'vitest/config';

// End-to-end tests drive Debian's Chromium against the built static site; they run one file at a
// time so two browsers never compete for the machine's two cores.
export default defineConfig({
	test: {
		include: ['tests/e2e/**/*.test.ts'],
		setupFiles: ['tests/setup-english.ts'],
		environment: 'node',
		fileParallelism: false,
		testTimeout: 60_000,
		hookTimeout: 60_000
	}
});
