/**
 * Every page exists in each published language: /fr/goals/1 is the page of /goals/1 in French. The
 * routes answer the address without its language prefix; the page reads its language from the
 * address itself (the site's base path is empty: svelte.config.js sets none).
 */
import type { Reroute } from '@sveltejs/kit';
import { splitLocale } from '$lib/i18n/locales';

export const reroute: Reroute = ({ url }) => splitLocale(url.pathname).path;
