import '@testing-library/jest-dom/vitest';

// jsdom has no layout engine and so no ResizeObserver, which Svelte's bind:clientWidth uses.
// Components then keep their default width, as they do when prerendered.
if (typeof window !== 'undefined' && !('ResizeObserver' in globalThis)) {
	(globalThis as { ResizeObserver?: unknown }).ResizeObserver = class {
		observe() {}
		unobserve() {}
		disconnect() {}
	};
}

// Pages fetch their language's messages in the root layout's load; components rendered alone, and
// code that formats messages, get English as a page in English would.
const { loadCatalogue, setLocale } = await import('../src/lib/i18n/i18n');
await loadCatalogue('en');
setLocale('en');
