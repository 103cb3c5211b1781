import { pageMessages } from '$lib/i18n/i18n';
import type { PageLoad } from './$types';

// This page's own messages, in its language (src/lib/i18n/sections.ts), beside its data.
export const load: PageLoad = async ({ data, url }) => {
	await pageMessages(url, ['indicator']);
	return data;
};
