/** Links between the site's pages stay in the page's language: href('/goals/1') is /fr/goals/1 on a French page. */
import { base } from '$app/paths';
import { locale } from './i18n';
import { localisePath } from './locales';

export const href = (path: string): string => `${base}${localisePath(path, locale())}`;

/**
 * The page's address without the site's base path ('/fr/goals/1'). While prerendering, `base` is
 * relative to the page ('..' on /goals/1: svelte.config.js asks for relative paths), so it is
 * resolved against the address first.
 */
export function sitePath(url: URL): string {
	const root = base.startsWith('.') ? new URL(`${base}/`, url).pathname.replace(/\/$/, '') : base;
	return url.pathname.slice(root.length) || '/';
}

/** The base of the page's language, for helpers that append a path themselves (projectHref(pageBase(), id)). */
export const pageBase = (): string => `${base}${locale().prefix}`;
