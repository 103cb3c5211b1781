/**
 * A page's messages, named in its head. The loads fetch the page's catalogue sections
 * (i18n/catalogues.ts) by dynamic import: in the browser that request went out only once the app
 * had started, and the page waited for it before hydrating (on the goal page, from 836 to 940 ms
 * after navigation on two cores). The prerendered page now names those chunks as module preloads,
 * so they arrive with the page's other scripts. Which chunks: those the page's loads asked for
 * while it was rendered (recorded per request), looked up in Vite's manifest of the client build.
 * Under `vite dev` nothing is added: a manifest left by an earlier build names files dev does not serve.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { existsSync, readFileSync } from 'node:fs';
import { dev } from '$app/environment';
import { onCatalogueAsked } from '$lib/i18n/catalogues';

const askedInRequest = new AsyncLocalStorage<Set<string>>();
onCatalogueAsked((source) => askedInRequest.getStore()?.add(source));

/** Run a request with a record of the catalogue modules its loads ask for. */
export const recordingCatalogues = <T>(render: () => T): T => askedInRequest.run(new Set(), render);

type Manifest = Record<string, { file: string }>;
let manifest: Manifest | null | undefined;
function clientManifest(): Manifest | null {
	if (dev) return null;
	if (manifest === undefined) {
		const path = '.svelte-kit/output/client/.vite/manifest.json';
		manifest = existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as Manifest) : null;
	}
	return manifest;
}

/**
 * The page's head with a module preload for each catalogue chunk asked for in this request, after
 * SvelteKit's own in the head (whose relative prefix it copies: `../` on `/goals/15`). After, not
 * before: over HTTP/1.1 a browser opens six connections to a host, and the app's own chunks, which
 * the start needs first, keep their places in the queue.
 */
export function withCataloguePreloads(html: string): string {
	const asked = askedInRequest.getStore();
	const files = clientManifest();
	const head = html.indexOf('</head>');
	if (!asked?.size || !files || head < 0) return html;
	const last = [...html.slice(0, head).matchAll(/<link href="([^"]*)_app\/immutable\/[^"]*" rel="modulepreload">/g)].at(-1);
	if (!last) return html;
	const links = [...asked]
		.map((source) => files[source]?.file)
		.filter((file): file is string => !!file)
		.map((file) => `<link href="${last[1]}${file}" rel="modulepreload">`);
	const at = last.index + last[0].length;
	return `${html.slice(0, at)}\n\t\t${links.join('\n\t\t')}${html.slice(at)}`;
}
