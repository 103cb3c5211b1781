/**
 * A small static file server for the built site, used by the end-to-end tests and the benchmarks.
 * It behaves as a well-configured production host would, so what they measure is what users get:
 * correct MIME types (wasm must be application/wasm to stream-compile), the `.br` / `.gz` siblings
 * the build writes sent to clients that accept them, long caching for fingerprinted assets,
 * ETag revalidation for everything else, and a log of every request and response so tests can check
 * what the page fetched and the bench can count bytes on the wire.
 */
import { createReadStream, existsSync, statSync, type Stats } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { baseHeaders, securityHeaders } from './security-headers.ts';

const types: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.csv': 'text/csv; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.xml': 'application/xml',
	'.png': 'image/png',
	'.wasm': 'application/wasm',
	'.bin': 'application/octet-stream',
	'.duckdb': 'application/octet-stream',
	'.txt': 'text/plain; charset=utf-8'
};

/** Server's order of preference: brotli is 20-25% smaller than gzip on the DuckDB wasm. */
const encodings = [
	{ name: 'br', suffix: '.br' },
	{ name: 'gzip', suffix: '.gz' }
] as const;

export type Encoding = 'br' | 'gzip' | 'identity';

export interface Served {
	path: string;
	status: number;
	encoding: Encoding;
	/** Body bytes sent: the Content-Length of a 200, 0 for a 304 or a HEAD. */
	bytes: number;
}

export interface StaticServer {
	url: string;
	/** Content-Security-Policy violation reports the browser sent (only with `reportCsp`). */
	cspReports: Record<string, unknown>[];
	/** Every request's URL path, in order. */
	requests: string[];
	/** Every response to a GET or HEAD, in order. */
	responses: Served[];
	close(): Promise<void>;
}

/** Whether Accept-Encoding allows `coding`: listed (or covered by `*`) without q=0. */
export function accepts(header: string | undefined, coding: string): boolean {
	let wildcard = false;
	for (const part of (header ?? '').toLowerCase().split(',')) {
		const [name, ...params] = part.split(';').map((s) => s.trim());
		const q = params.find((p) => p.startsWith('q='));
		const allowed = q === undefined || Number(q.slice(2)) > 0;
		if (name === coding) return allowed;
		if (name === '*') wildcard = allowed;
	}
	return wildcard;
}

/** Size and modification time name the exact bytes on disk; no need to hash 34 MB per request. */
const etagOf = (stats: Stats, encoding: Encoding) =>
	`"${stats.size.toString(36)}-${Math.floor(stats.mtimeMs).toString(36)}${encoding === 'identity' ? '' : `-${encoding}`}"`;

/** If-None-Match uses the weak comparison (RFC 9110 13.1.2), so W/ prefixes do not matter. */
function matches(req: IncomingMessage, etag: string) {
	const header = req.headers['if-none-match'];
	if (!header) return false;
	const strip = (tag: string) => tag.trim().replace(/^W\//, '');
	return header.split(',').some((tag) => tag.trim() === '*' || strip(tag) === strip(etag));
}

/**
 * @param overrides URL paths answered from other files, e.g. { '/data/contributions.csv': '/tmp/big.csv' }
 *   (the benchmarks serve the built site with synthetic data this way). Their `.br` / `.gz`
 *   siblings are used too, when they exist.
 */
export async function serveStatic(
	root: string,
	port = 0,
	overrides: Record<string, string> = {},
	options: { reportCsp?: boolean } = {}
): Promise<StaticServer> {
	const base = resolve(root);
	const requests: string[] = [];
	const responses: Served[] = [];
	const cspReports: Record<string, unknown>[] = [];
	const reportPath = '/__csp-report';
	const server: Server = createServer((req, res) => {
		let path: string;
		try {
			path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
		} catch {
			res.writeHead(400, baseHeaders).end();
			return;
		}
		requests.push(path);
		// A dot-dot segment (often spelled %2F..%2F to slip past a proxy) is never a real address, and
		// would let /embed/../import pass for an embed and be framed: refuse it outright.
		if (path.split('/').includes('..')) {
			res.writeHead(400, baseHeaders).end();
			return;
		}
		if (options.reportCsp && path === reportPath && req.method === 'POST') {
			const chunks: Buffer[] = [];
			req.on('data', (c: Buffer) => chunks.push(c));
			req.on('end', () => {
				try {
					cspReports.push(JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>);
				} catch {
					cspReports.push({ unreadable: Buffer.concat(chunks).toString('utf8') });
				}
				res.writeHead(204).end();
			});
			return;
		}
		if (req.method !== 'GET' && req.method !== 'HEAD') {
			res.writeHead(405, { ...baseHeaders, allow: 'GET, HEAD' }).end();
			return;
		}
		const override = overrides[path];
		let file = override ?? normalize(join(base, path));
		// `base + sep` so that a sibling folder such as build-old/ does not pass for build/.
		if (!override && file !== base && !file.startsWith(base + sep)) {
			res.writeHead(403, baseHeaders).end();
			return;
		}
		// A page's address typed or linked with a trailing slash (/ar/, /goals/15/) would otherwise meet
		// the page's data folder and get the 404 page: send the browser to the page itself, so its
		// relative links resolve as they do there.
		// One leading slash: `//ar` in Location would name another host (a protocol-relative address).
		const page = path.replace(/\/+$/, '').replace(/^\/+/, '/');
		if (!override && page && page !== path && existsSync(`${join(base, page)}.html`)) {
			const search = new URL(req.url ?? '/', 'http://x').search;
			res.writeHead(308, { ...baseHeaders, location: encodeURI(page) + search }).end();
			return;
		}
		// adapter-static writes /goals/1 as goals/1.html (beside a goals/1/ folder of data) and / as index.html.
		if (override) {
			// served as given
		} else if (existsSync(`${file}.html`) && !path.endsWith('/')) file = `${file}.html`;
		else if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
		let status = 200;
		if (!existsSync(file) || !statSync(file).isFile()) {
			// A page a browser asked for (Accept: text/html) gets the site's own 404 page; a missing file or data request a plain 404.
			const notFoundPage = join(base, '404.html');
			if (!override && (req.headers.accept ?? '').includes('text/html') && existsSync(notFoundPage)) {
				file = notFoundPage;
				status = 404;
			} else {
				res.writeHead(404, { ...baseHeaders, 'content-type': 'text/plain' }).end('Not found');
				return;
			}
		}

		const source = statSync(file);
		// A sibling older than its source is left over from an earlier build or an edit: never let
		// it mask the current file.
		const siblings = encodings.map((e) => ({ ...e, path: file + e.suffix })).filter((e) => existsSync(e.path) && statSync(e.path).mtimeMs >= source.mtimeMs);
		const chosen = siblings.find((e) => accepts(req.headers['accept-encoding'], e.name));
		const encoding: Encoding = chosen?.name ?? 'identity';
		const body = chosen?.path ?? file;
		const stats = chosen ? statSync(body) : source;
		const etag = etagOf(stats, encoding);
		const headers: Record<string, string | number> = {
			...securityHeaders(path, file, options.reportCsp ? reportPath : undefined),
			// Fingerprinted (the DuckDB wasm and workers included: Vite puts them in _app/immutable/assets;
			// the build names the overview index, the project list and the database file by their content):
			// a new build gives new names, so browsers need never ask again. Anything else is revalidated.
			'cache-control': path.includes('/immutable/') || /\.[0-9a-f]{12}\.(bin|json|duckdb)$/.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache',
			etag
		};
		// Caches must key on Accept-Encoding whenever the answer could have differed, identity included.
		if (siblings.length) headers.vary = 'Accept-Encoding';

		if (status === 200 && matches(req, etag)) {
			res.writeHead(304, headers).end();
			responses.push({ path, status: 304, encoding, bytes: 0 });
			return;
		}
		res.writeHead(status, {
			...headers,
			'content-type': types[extname(file)] ?? 'application/octet-stream',
			'content-length': stats.size,
			...(chosen ? { 'content-encoding': encoding } : {})
		});
		responses.push({ path, status, encoding, bytes: req.method === 'HEAD' ? 0 : stats.size });
		if (req.method === 'HEAD') res.end();
		else
			createReadStream(body)
				.on('error', (e) => res.destroy(e))
				.pipe(res);
	});
	// Keep idle connections open longer than a client does (Node's fetch drops its own after 4 s): a
	// server that closes first can do so just as the client reuses the socket, which then fails
	// with ECONNRESET, more often on a busy machine.
	server.keepAliveTimeout = 30_000;
	server.headersTimeout = 31_000;
	await new Promise<void>((done) => server.listen(port, '127.0.0.1', done));
	const { port: actual } = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${actual}`,
		cspReports,
		requests,
		responses,
		close: () => new Promise((done) => server.close(() => done()))
	};
}
