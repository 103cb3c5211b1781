// @vitest-environment jsdom
/**
 * A filtered page's first drawing waits (a while) for the build's files its document preloads;
 * a page reached by a link once the app has mounted never does.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { shippedIndexUrl, shippedProjectListUrl } from '../../src/lib/state/shipped-index';

afterEach(() => {
	vi.unstubAllGlobals();
	vi.resetModules();
	document.head.innerHTML = '';
	document.documentElement.removeAttribute('data-pending');
});

/** A document opened at a filtered address, whose preloaded files never finish arriving. */
async function filteredDocumentWithFilesOnTheirWay() {
	expect(shippedIndexUrl).not.toBeNull();
	for (const url of [shippedIndexUrl, shippedProjectListUrl]) {
		if (!url) continue;
		const link = document.createElement('link');
		link.rel = 'preload';
		link.href = url;
		document.head.append(link);
	}
	document.documentElement.setAttribute('data-pending', 'address');
	const fetch = vi.fn(() => new Promise<Response>(() => {}));
	vi.stubGlobal('fetch', fetch);
	const module = await import('../../src/lib/state/early-shipped');
	return { ...module, fetch };
}

const settledWithin = async (promise: Promise<unknown>, ms: number) =>
	Promise.race([promise.then(() => true), new Promise((resolve) => setTimeout(() => resolve(false), ms))]);

describe('preloadedShippedFiles', () => {
	it('holds the first drawing of a filtered address until the files are read, or its limit', async () => {
		const { preloadedShippedFiles, fetch } = await filteredDocumentWithFilesOnTheirWay();
		const wait = preloadedShippedFiles(300);
		expect(fetch).toHaveBeenCalled();
		expect(await settledWithin(wait, 100)).toBe(false);
		expect(await settledWithin(wait, 400)).toBe(true);
	});

	it('does not hold a page reached by a link after the app has mounted, though the files are still on their way', async () => {
		const { preloadedShippedFiles, readPreloadedShippedFiles } = await filteredDocumentWithFilesOnTheirWay();
		expect(readPreloadedShippedFiles()).not.toBeNull();
		// The root layout's onMount removes the mark.
		document.documentElement.removeAttribute('data-pending');
		expect(await settledWithin(preloadedShippedFiles(5_000), 100)).toBe(true);
	});
});
