/**
 * Each prerendered page is written with its language and writing direction on <html>
 * (src/app.html holds the placeholders), so that the first paint already reads right to left in
 * Arabic and screen readers pick the right voice before any script runs; and without the
 * hydration markers in its <noscript> copies, which nothing reads (lib/server/lean-noscript.ts).
 */
import type { Handle } from '@sveltejs/kit';
import { splitLocale } from '$lib/i18n/locales';
import { leanNoscript } from '$lib/server/lean-noscript';

export const handle: Handle = ({ event, resolve }) => {
	const { locale } = splitLocale(event.url.pathname);
	return resolve(event, { transformPageChunk: ({ html }) => leanNoscript(html.replace('%app.lang%', locale.tag).replace('%app.dir%', locale.dir)) });
};
