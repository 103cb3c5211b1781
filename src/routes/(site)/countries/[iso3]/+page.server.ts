import { error } from '@sveltejs/kit';
import { emptyFilters } from '$lib/domain/filters';
import { countryCodes, countryInfo, countryPage } from '$lib/queries/countries';
import { countryNetworks } from '$lib/queries/networks';
import { buildDatabase } from '$lib/server/database';
import { pageAnswer } from '$lib/server/page-answer';
import type { EntryGenerator, PageServerLoad } from './$types';

// Every country and area of the M49 list gets its profile, with projects or without: a search or a
// link never lands on a 404 for a real country.
export const entries: EntryGenerator = async () => (await countryCodes(await buildDatabase())).map((iso3) => ({ iso3 }));

export const load: PageServerLoad = (event) =>
	pageAnswer(event, async () => {
		const { params } = event;
		const db = await buildDatabase();
		const info = await countryInfo(db, params.iso3);
		if (!info) error(404, `There is no country or area ${params.iso3} in the UN M49 list: country profiles are named by ISO 3166 alpha-3 code, such as KEN.`);
		// The networks are curated data, the same whatever the filters: the build's answer is the page's.
		return { info, page: await countryPage(db, info, emptyFilters), networks: await countryNetworks(db, info.iso3) };
	});
