import { preloadedShippedFiles } from '$lib/state/early-shipped';
import type { PageLoad } from './$types';

// With the build's files it preloads, when the address asks for filters: its first drawing answers them.
export const load: PageLoad = async ({ data }) => {
	await preloadedShippedFiles();
	return data;
};
