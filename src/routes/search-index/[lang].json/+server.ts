/**
 * The site search's index in each published language (/search-index/fr.json), built at build time
 * from the published data (the framework, the M49 countries, both inventories) and written as a
 * static file; the search box fetches its page's language on first use. Projects imported in a
 * browser are not in it: the project list searches those.
 */
import { error } from '@sveltejs/kit';
import { buildSearchIndex, searchDocs } from '$lib/format/search-index';
import { publishedLocales } from '$lib/i18n/locales';
import { searchRows } from '$lib/queries/search';
import { buildDatabase } from '$lib/server/database';
import { searchRowsIn } from '$lib/server/search-in-language';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => publishedLocales.map((l) => ({ lang: l.code }));

export const GET: RequestHandler = async ({ params }) => {
	const locale = publishedLocales.find((l) => l.code === params.lang);
	if (!locale) error(404, `There is no search index in "${params.lang}": the languages are ${publishedLocales.map((l) => l.code).join(', ')}.`);
	const rows = searchRowsIn(locale.tag, await searchRows(await buildDatabase()));
	return new Response(buildSearchIndex(searchDocs(rows)), { headers: { 'content-type': 'application/json' } });
};
