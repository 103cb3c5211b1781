/**
 * What a prerendered page's load returns: its answer from the database, computed once for every
 * language, with the framework titles it names in the page's language.
 *
 * A page's figures are the same in every language (/fr/goals/15 counts what /goals/15 counts). The
 * prerenderer runs a page's load once per language; the answer is computed once per page (route and
 * parameters) and shared, so a language adds rendering time to the build, not query time. A shared
 * answer must not be changed by whoever gets it. A failed answer (a 404) is shared too: the page is
 * missing in every language.
 */
import type { ServerLoadEvent } from '@sveltejs/kit';
import { splitLocale } from '../i18n/locales';
import type { PageTitles } from '../i18n/framework-titles.svelte';
import { pageTitlesIn } from './framework-translations';

const answers = new Map<string, Promise<object>>();

type PageEvent = Pick<ServerLoadEvent, 'route' | 'params' | 'url'>;

export async function pageAnswer<T extends object>(event: PageEvent, compute: () => Promise<T>): Promise<T & { frameworkTitles: PageTitles }> {
	const key = `${event.route.id} ${JSON.stringify(event.params)}`;
	let answer = answers.get(key) as Promise<T> | undefined;
	if (!answer) {
		answer = compute();
		answers.set(key, answer);
	}
	const shared = await answer;
	return { ...shared, frameworkTitles: pageTitlesIn(splitLocale(event.url.pathname).locale.tag, shared) };
}
