import { splitLocale } from '$lib/i18n/locales';
import { loadCatalogue } from '$lib/i18n/i18n';
import type { LayoutLoad } from './$types';

// Every page is prerendered: the site is plain files any static host can serve.
export const prerender = true;

/** The page's language, from its address; its messages are fetched before the page renders. */
export const load: LayoutLoad = async ({ url }) => {
	const { locale } = splitLocale(url.pathname);
	await loadCatalogue(locale.code);
	return { locale: locale.code };
};
