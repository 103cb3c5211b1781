/**
 * The security headers `npm start`'s server sends (and that the README asks of any other host):
 * - every response: `X-Content-Type-Options: nosniff` and a `Referrer-Policy`;
 * - every page: its Content-Security-Policy as a header, which is the policy SvelteKit wrote into
 *   the page's <meta> tag (with the hashes of its inline scripts) plus what a <meta> tag cannot
 *   carry: `frame-ancestors 'none'`, and `X-Frame-Options: DENY` for older browsers. Pages under
 *   /embed/ are made to be framed by other sites and get neither;
 * - the two kinds of Web Worker their own policy (a dedicated worker does not inherit the page's):
 *   the DuckDB worker may compile WebAssembly ('wasm-unsafe-eval'), the import worker may not.
 */
import { readFileSync, statSync } from 'node:fs';

export const baseHeaders: Record<string, string> = {
	'x-content-type-options': 'nosniff',
	'referrer-policy': 'strict-origin-when-cross-origin'
};

const workerPolicy = (wasm: boolean) =>
	`default-src 'self'; script-src 'self'${wasm ? " 'wasm-unsafe-eval'" : ''}; connect-src 'self'; object-src 'none'; base-uri 'none'`;

/** DuckDB's worker bundles, which compile the engine's WebAssembly. */
export const isDuckdbWorker = (path: string) => /\/duckdb-browser-[a-z]+\.worker\.[^/]*\.js$/.test(path);
/** The app's own workers, which Vite writes to _app/immutable/workers/. */
export const isAppWorker = (path: string) => /\/_app\/immutable\/workers\/[^/]*\.js$/.test(path);
/** Charts for other sites' iframes; everything else refuses to be framed. */
export const isEmbed = (path: string) => /^\/embed(\/|$)/.test(path);

const metaPolicy = /<meta http-equiv="content-security-policy" content="([^"]*)"/i;
const unescape = (s: string) =>
	s
		.replace(/&#39;|&apos;/g, "'")
		.replace(/&quot;/g, '"')
		.replace(/&amp;/g, '&');

const policies = new Map<string, { mtimeMs: number; policy: string | null }>();

/** The CSP a built page carries in its <meta> tag, read once per version of the file. */
export function pagePolicy(file: string): string | null {
	const { mtimeMs } = statSync(file);
	const cached = policies.get(file);
	if (cached?.mtimeMs === mtimeMs) return cached.policy;
	const found = metaPolicy.exec(readFileSync(file, 'utf8'));
	const policy = found ? unescape(found[1]) : null;
	policies.set(file, { mtimeMs, policy });
	return policy;
}

/**
 * The headers for one response: `path` is the URL path, `file` the file served (before
 * compression). With `reportTo`, every policy also asks the browser to report violations there
 * (the tests collect them, from pages and workers alike).
 */
export function securityHeaders(path: string, file: string, reportTo?: string): Record<string, string> {
	const headers = withReports(ownHeaders(path, file), reportTo);
	return headers;
}

function withReports(headers: Record<string, string>, reportTo?: string) {
	const policy = headers['content-security-policy'];
	if (reportTo && policy) headers['content-security-policy'] = `${policy}; report-uri ${reportTo}`;
	return headers;
}

function ownHeaders(path: string, file: string): Record<string, string> {
	const headers = { ...baseHeaders };
	if (file.endsWith('.html')) {
		const policy = pagePolicy(file);
		if (isEmbed(path)) {
			if (policy) headers['content-security-policy'] = policy;
		} else {
			headers['content-security-policy'] = `${policy ? `${policy}; ` : ''}frame-ancestors 'none'`;
			headers['x-frame-options'] = 'DENY';
		}
	} else if (isDuckdbWorker(path)) headers['content-security-policy'] = workerPolicy(true);
	else if (isAppWorker(path)) headers['content-security-policy'] = workerPolicy(false);
	return headers;
}
