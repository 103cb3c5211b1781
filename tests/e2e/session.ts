/** Shared set-up for end-to-end tests: the built site on a local server, Chromium, and guarded pages. */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../../scripts/lib/browser';
import { serveStatic, type StaticServer } from '../../scripts/lib/static-server';

export interface Session {
	server: StaticServer;
	browser: Browser;
	close(): Promise<void>;
}

/**
 * @param options.reportCsp collect the browser's Content-Security-Policy violation reports in `server.cspReports`
 * @param options.overrides files served in place of the build's, by URL path (a damaged file, say)
 */
export async function startSession(options: { reportCsp?: boolean; overrides?: Record<string, string> } = {}): Promise<Session> {
	const server = await serveStatic('build', 0, options.overrides ?? {}, options);
	const browser = await launchChromium();
	return {
		server,
		browser,
		async close() {
			await browser.close();
			await server.close();
		}
	};
}

/** A page that records console errors and every request, and refuses any host but ours. */
export async function openPage(session: Session, options: { javaScriptEnabled?: boolean; width?: number } = {}) {
	const { server, browser } = session;
	const context: BrowserContext = await browser.newContext({
		javaScriptEnabled: options.javaScriptEnabled ?? true,
		viewport: { width: options.width ?? 1280, height: 900 }
	});
	const foreign: string[] = [];
	const errors: string[] = [];
	const ours = (url: string) => url.startsWith(server.url) || url.startsWith('data:') || url.startsWith('blob:');
	await context.route('**/*', (route) => {
		if (ours(route.request().url())) return route.continue();
		foreign.push(route.request().url());
		return route.abort();
	});
	context.on('request', (request) => {
		if (!ours(request.url())) foreign.push(request.url());
	});
	const page: Page = await context.newPage();
	const warnings: string[] = [];
	page.on('console', (m) => (m.type() === 'error' ? errors.push(m.text()) : m.type() === 'warning' && warnings.push(m.text())));
	page.on('pageerror', (e) => errors.push(e.message));
	return { context, page, foreign, errors, warnings };
}

/**
 * Wait until the page's live figures answer its URL: from the build's index, or from the database
 * when the index cannot answer. Not for DuckDB itself: a test that needs it waits for
 * `[data-status="ready"]` (waiting for it everywhere cost about 3 s of CPU per page load).
 */
export async function waitLive(page: Page) {
	await page.locator('[data-live="live"]').first().waitFor({ timeout: 30_000 });
}

/**
 * Once the page is hydrated and, where it has live figures, they answer its URL. A page without
 * live figures is hydrated once its database status has left `idle` (the engine starts when the
 * page is first idle).
 */
export async function settle(page: Page) {
	if ((await page.locator('[data-live]').count()) > 0) await waitLive(page);
	else await page.locator('[data-status="starting"], [data-status="ready"]').first().waitFor({ timeout: 30_000 });
}
