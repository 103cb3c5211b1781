/**
 * The site search's index, built at build time from the published data (the framework, the M49
 * countries, both inventories) and written as a static file; the search box fetches it on first use.
 * Projects imported in a browser are not in it: the project list searches those.
 */
import { buildSearchIndex, searchDocs } from '$lib/format/search-index';
import { searchRows } from '$lib/queries/search';
import { buildDatabase } from '$lib/server/database';
import type { RequestHandler } from './$types';

export const prerender = true;

export const GET: RequestHandler = async () =>
	new Response(buildSearchIndex(searchDocs(await searchRows(await buildDatabase()))), { headers: { 'content-type': 'application/json' } });
