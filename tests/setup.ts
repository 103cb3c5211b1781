import '@testing-library/jest-dom/vitest';
import './setup-english';

// jsdom has no layout engine and so no ResizeObserver, which Svelte's bind:clientWidth uses.
// Components then keep their default width, as they do when prerendered.
if (typeof window !== 'undefined' && !('ResizeObserver' in globalThis)) {
	(globalThis as { ResizeObserver?: unknown }).ResizeObserver = class {
		observe() {}
		unobserve() {}
		disconnect() {}
	};
}
