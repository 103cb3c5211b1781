/**
 * Each prerendered page is written with its language and writing direction on <html>
 * (src/app.html holds the placeholders), so that the first paint already reads right to left in
 * Arabic and screen readers pick the right voice before any script runs; without the hydration
 * markers in its <noscript> copies, which nothing reads (lib/server/lean-noscript.ts); and with its
 * messages' chunks preloaded (lib/server/catalogue-preloads.ts).
 */
import type { Handle } from '@sveltejs/kit';
import { splitLocale } from '$lib/i18n/locales';
import { leanNoscript } from '$lib/server/lean-noscript';
import { recordingCatalogues, withCataloguePreloads } from '$lib/server/catalogue-preloads';

export const handle: Handle = ({ event, resolve }) => {
	const { locale } = splitLocale(event.url.pathname);
	return recordingCatalogues(() =>
		resolve(event, {
			transformPageChunk: ({ html }) => withCataloguePreloads(leanNoscript(html.replace('%app.lang%', locale.tag).replace('%app.dir%', locale.dir)))
		})
	);
};
