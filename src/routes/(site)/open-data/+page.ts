import { pageMessages } from '$lib/i18n/i18n';
import type { PageLoad } from './$types';

// This page's own messages, in its language (src/lib/i18n/sections.ts).
export const load: PageLoad = async ({ url }) => {
	await pageMessages(url, ['openData']);
	return {};
};
