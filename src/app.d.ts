// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	/** package.json's version, injected by Vite. */
	const __APP_VERSION__: string;
	/** The site's absolute address (SITE_URL at build time, scripts/lib/findable.js), without a trailing slash. */
	const __SITE_URL__: string;
	/** Languages published in this build besides those locales.ts publishes (PREVIEW_LOCALES=ar,fr), for review. */
	const __PREVIEW_LOCALES__: string;
	namespace App {
		/** The address shown after shallow routing (src/lib/state/location.svelte.ts). */
		interface PageState {
			href?: string;
		}
	}
}
export {};
