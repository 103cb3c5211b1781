import { pageMessages } from '$lib/i18n/i18n';
import { preloadedShippedFiles } from '$lib/state/early-shipped';
import type { PageLoad } from './$types';

// This page's own messages, in its language (src/lib/i18n/sections.ts), beside its data.
export const load: PageLoad = async ({ data, url }) => {
	// With the build's files it preloads, when the address asks for filters: its first drawing answers them.
	await Promise.all([pageMessages(url, ['country']), preloadedShippedFiles()]);
	return data;
};
