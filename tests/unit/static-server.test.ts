/**
 * The static server the end-to-end tests and the bench use, over real HTTP against a temporary
 * folder laid out like the build: precompressed siblings by content negotiation, caching headers,
 * ETag revalidation, refused path traversal, and the bench's overrides.
 */
import { mkdirSync, mkdtempSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accepts, serveStatic, type StaticServer } from '../../scripts/lib/static-server';

const outside = mkdtempSync(join(tmpdir(), 'citsci-static-'));
const root = join(outside, 'site');
const elsewhere = mkdtempSync(join(tmpdir(), 'citsci-override-'));
const html = `<!doctype html><title>t</title>${'<p>Citizen science and the SDGs</p>'.repeat(200)}`;
const wasm = Buffer.from(Array.from({ length: 50_000 }, (_, i) => (i * 7) % 13));
const script = `export const x = ${JSON.stringify('abc'.repeat(1000))};`;
const csv = 'project_id,goal\n' + Array.from({ length: 500 }, (_, i) => `p${i},${(i % 17) + 1}`).join('\n');

/** A file and, like the build writes them, its compressed siblings. */
function write(path: string, content: string | Buffer, siblings: ('br' | 'gz')[]) {
	const full = join(root, path);
	mkdirSync(join(full, '..'), { recursive: true });
	writeFileSync(full, content);
	if (siblings.includes('br')) writeFileSync(`${full}.br`, brotliCompressSync(content));
	if (siblings.includes('gz')) writeFileSync(`${full}.gz`, gzipSync(content));
}

let server: StaticServer;
beforeAll(async () => {
	write('index.html', html, ['br', 'gz']);
	write('goals/1.html', html, ['br', 'gz']);
	write('_app/immutable/assets/duckdb-eh.abc123.wasm', wasm, ['br', 'gz']);
	write('_app/immutable/chunks/only-gzip.js', script, ['gz']);
	write('data/plain.csv', csv, []);
	write('data/tables/published.0123456789ab.duckdb', wasm, ['br', 'gz']);
	write('data/tables/manifest.0123456789ab.json', csv, ['br', 'gz']);
	write('data/stale.csv', csv, ['br']);
	// The source edited after its sibling was written.
	const later = new Date(Date.now() + 60_000);
	utimesSync(join(root, 'data/stale.csv'), later, later);
	writeFileSync(join(outside, 'secret.txt'), 'not for the web');
	mkdirSync(join(outside, 'site-old'));
	writeFileSync(join(outside, 'site-old', 'secret.txt'), 'not for the web');
	writeFileSync(join(elsewhere, 'big.csv'), csv + '\np999,3');
	writeFileSync(join(elsewhere, 'big.csv.br'), brotliCompressSync(csv + '\np999,3'));
	server = await serveStatic(root, 0, { '/data/contributions.csv': join(elsewhere, 'big.csv') });
});
afterAll(() => server?.close());

/** A raw request: node:http adds no Accept-Encoding of its own and does not decompress. */
function get(path: string, headers: Record<string, string> = {}, method = 'GET') {
	return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }>((done, fail) => {
		const req = request(`${server.url}${path}`, { method, headers }, (res) => {
			const chunks: Buffer[] = [];
			res.on('data', (c: Buffer) => chunks.push(c));
			res.on('end', () => done({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
		});
		req.on('error', fail);
		req.end();
	});
}

describe('content negotiation', () => {
	it('prefers brotli when the client accepts it', async () => {
		const res = await get('/', { 'accept-encoding': 'gzip, deflate, br, zstd' });
		expect(res.status).toBe(200);
		expect(res.headers['content-encoding']).toBe('br');
		expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
		expect(res.headers.vary).toBe('Accept-Encoding');
		expect(Number(res.headers['content-length'])).toBe(res.body.length);
		expect(res.body.length).toBeLessThan(html.length / 5);
		expect(brotliDecompressSync(res.body).toString()).toBe(html);
	});

	it('falls back to gzip when the client does not accept brotli, or brotli has no file', async () => {
		const res = await get('/goals/1', { 'accept-encoding': 'gzip' });
		expect(res.headers['content-encoding']).toBe('gzip');
		expect(Number(res.headers['content-length'])).toBe(res.body.length);
		expect(gunzipSync(res.body).toString()).toBe(html);

		const refused = await get('/goals/1', { 'accept-encoding': 'br;q=0, gzip;q=0.8' });
		expect(refused.headers['content-encoding']).toBe('gzip');

		const onlyGzip = await get('/_app/immutable/chunks/only-gzip.js', { 'accept-encoding': 'br, gzip' });
		expect(onlyGzip.headers['content-encoding']).toBe('gzip');
		expect(gunzipSync(onlyGzip.body).toString()).toBe(script);
	});

	it('sends the file itself without Accept-Encoding, and says the answer varies by it', async () => {
		const res = await get('/');
		expect(res.headers['content-encoding']).toBeUndefined();
		expect(res.headers.vary).toBe('Accept-Encoding');
		expect(Number(res.headers['content-length'])).toBe(Buffer.byteLength(html));
		expect(res.body.toString()).toBe(html);
	});

	it('serves the wasm compressed with its MIME type, cached for good', async () => {
		const res = await get('/_app/immutable/assets/duckdb-eh.abc123.wasm', { 'accept-encoding': 'gzip, deflate, br' });
		expect(res.headers['content-type']).toBe('application/wasm');
		expect(res.headers['content-encoding']).toBe('br');
		expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
		expect(Number(res.headers['content-length'])).toBe(res.body.length);
		expect(brotliDecompressSync(res.body).equals(wasm)).toBe(true);
	});

	it('serves the database file and its manifest compressed, typed, and cached for good (named by content)', async () => {
		const part = await get('/data/tables/published.0123456789ab.duckdb', { 'accept-encoding': 'gzip' });
		expect(part.headers['content-type']).toBe('application/octet-stream');
		expect(part.headers['content-encoding']).toBe('gzip');
		expect(part.headers['cache-control']).toBe('public, max-age=31536000, immutable');
		expect(gunzipSync(part.body).equals(wasm)).toBe(true);
		expect((await get('/data/tables/manifest.0123456789ab.json', {})).headers['cache-control']).toBe('public, max-age=31536000, immutable');
		// Not named by content: revalidated.
		expect((await get('/data/plain.csv', {})).headers['cache-control']).toBe('no-cache');
	});

	it('sends files without siblings as they are, and ignores a sibling older than its file', async () => {
		const plain = await get('/data/plain.csv', { 'accept-encoding': 'br, gzip' });
		expect(plain.headers['content-encoding']).toBeUndefined();
		expect(plain.headers.vary).toBeUndefined();
		expect(plain.headers['cache-control']).toBe('no-cache');
		expect(plain.body.toString()).toBe(csv);

		const stale = await get('/data/stale.csv', { 'accept-encoding': 'br' });
		expect(stale.headers['content-encoding']).toBeUndefined();
		expect(stale.body.toString()).toBe(csv);
	});

	it('answers HEAD with the headers a GET would have, and no body', async () => {
		const res = await get('/', { 'accept-encoding': 'br' }, 'HEAD');
		expect(res.status).toBe(200);
		expect(res.headers['content-encoding']).toBe('br');
		expect(Number(res.headers['content-length'])).toBe(readFileSync(join(root, 'index.html.br')).length);
		expect(res.body.length).toBe(0);
	});

	it('reads Accept-Encoding as RFC 9110 does', () => {
		expect(accepts(undefined, 'br')).toBe(false);
		expect(accepts('gzip, deflate, br, zstd', 'br')).toBe(true);
		expect(accepts('GZIP', 'gzip')).toBe(true);
		expect(accepts('br;q=0', 'br')).toBe(false);
		expect(accepts('br ; q=0.5', 'br')).toBe(true);
		expect(accepts('*', 'br')).toBe(true);
		expect(accepts('*;q=0, gzip', 'br')).toBe(false);
		expect(accepts('br;q=0, *', 'br')).toBe(false);
		expect(accepts('identity', 'gzip')).toBe(false);
	});
});

describe('revalidation', () => {
	it('answers 304 to a matching If-None-Match, strong or weak', async () => {
		const first = await get('/data/plain.csv');
		const etag = first.headers.etag as string;
		expect(etag).toMatch(/^".+"$/);
		const again = await get('/data/plain.csv', { 'if-none-match': etag });
		expect(again.status).toBe(304);
		expect(again.body.length).toBe(0);
		expect(again.headers.etag).toBe(etag);
		expect(again.headers['cache-control']).toBe('no-cache');
		expect((await get('/data/plain.csv', { 'if-none-match': `"other", W/${etag}` })).status).toBe(304);
		expect((await get('/data/plain.csv', { 'if-none-match': '"other"' })).status).toBe(200);
	});

	it('gives each encoding its own ETag, so a cached brotli body never answers a gzip request', async () => {
		const br = await get('/', { 'accept-encoding': 'br' });
		const gz = await get('/', { 'accept-encoding': 'gzip' });
		const identity = await get('/');
		expect(new Set([br.headers.etag, gz.headers.etag, identity.headers.etag]).size).toBe(3);
		expect((await get('/', { 'accept-encoding': 'br', 'if-none-match': br.headers.etag as string })).status).toBe(304);
		expect((await get('/', { 'accept-encoding': 'gzip', 'if-none-match': br.headers.etag as string })).status).toBe(200);
	});
});

describe('safety and overrides', () => {
	it('refuses paths that climb out of the root, and any dot-dot segment at all', async () => {
		const res = await get('/..%2fsecret.txt');
		expect(res.status).toBe(400);
		expect(res.body.toString()).not.toContain('not for the web');
		expect((await get('/data/..%2f..%2fsecret.txt')).status).toBe(400);
		expect((await get('/..%2fsite-old%2fsecret.txt')).status).toBe(400);
	});

	it('rejects malformed escapes and methods other than GET and HEAD', async () => {
		expect((await get('/%E0%A4%A')).status).toBe(400);
		expect((await get('/', {}, 'POST')).status).toBe(405);
	});

	it('serves overrides from outside the root, with their siblings, and logs what it sent', async () => {
		const before = server.responses.length;
		const plain = await get('/data/contributions.csv');
		expect(plain.headers['content-type']).toBe('text/csv; charset=utf-8');
		expect(plain.body.toString()).toBe(csv + '\np999,3');
		const br = await get('/data/contributions.csv', { 'accept-encoding': 'br' });
		expect(brotliDecompressSync(br.body).toString()).toBe(csv + '\np999,3');
		expect(server.requests.at(-1)).toBe('/data/contributions.csv');
		expect(server.responses.slice(before)).toEqual([
			{ path: '/data/contributions.csv', status: 200, encoding: 'identity', bytes: plain.body.length },
			{ path: '/data/contributions.csv', status: 200, encoding: 'br', bytes: br.body.length }
		]);
	});

	it('answers 404 for what is not there', async () => {
		expect((await get('/nothing.js')).status).toBe(404);
		expect((await get('/goals/2')).status).toBe(404);
	});

	it('sends a page asked for with a trailing slash to the page itself, keeping its query', async () => {
		// goals/1.html sits beside a goals/1/ folder of data, as adapter-static writes it.
		mkdirSync(join(root, 'goals/1'), { recursive: true });
		for (const path of ['/goals/1/', '/goals/1//']) {
			const res = await get(`${path}?country=ESP&goal=15`, { accept: 'text/html' });
			expect(res.status, path).toBe(308);
			expect(res.headers.location).toBe('/goals/1?country=ESP&goal=15');
		}
		// Never a protocol-relative address, which would send the browser to a host named "goals".
		const doubled = await get('/%2Fgoals/1/', { accept: 'text/html' }); // decoded: //goals/1/
		expect(doubled.status).toBe(308);
		expect(doubled.headers.location).toBe('/goals/1');
		// Only a page that exists: anything else is still not there.
		expect((await get('/goals/2/', { accept: 'text/html' })).status).toBe(404);
		expect((await get('/data/', { accept: 'text/html' })).status).toBe(404);
		expect((await get('/')).status).toBe(200);
	});
});

describe('security headers and the 404 page', () => {
	const site = mkdtempSync(join(tmpdir(), 'citsci-secure-'));
	const meta = (hash: string) =>
		`<!doctype html><html><head><meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' 'sha256-${hash}'; style-src 'self' 'unsafe-inline'"></head><body>page</body></html>`;
	let secure: StaticServer;
	const fetchFrom = (path: string, headers: Record<string, string> = {}) => fetch(`${secure.url}${path}`, { headers });
	beforeAll(async () => {
		const put = (path: string, content: string) => {
			mkdirSync(join(site, path, '..'), { recursive: true });
			writeFileSync(join(site, path), content);
		};
		put('import.html', meta('IMPORT'));
		put('embed/goals.html', meta('EMBED'));
		put('404.html', meta('NOTFOUND').replace('page', 'not found page'));
		put('_app/immutable/assets/duckdb-browser-eh.worker.abc.js', 'self.onmessage = () => {};');
		put('_app/immutable/workers/import.worker-abc.js', 'self.onmessage = () => {};');
		put('_app/immutable/chunks/app.js', 'export {};');
		secure = await serveStatic(site);
	});
	afterAll(() => secure?.close());

	it("sends each page's own policy as a header, with framing refused", async () => {
		const res = await fetchFrom('/import');
		expect(res.headers.get('content-security-policy')).toBe(
			"default-src 'self'; script-src 'self' 'sha256-IMPORT'; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'"
		);
		expect(res.headers.get('x-frame-options')).toBe('DENY');
		expect(res.headers.get('x-content-type-options')).toBe('nosniff');
		expect(res.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
	});

	it('never lets a dot-dot path pass for an embed (it would frame /import)', async () => {
		for (const path of ['/embed%2F..%2Fimport', '/embed/..%2fimport']) {
			const res = await fetchFrom(path, { accept: 'text/html' });
			expect(res.status, path).toBe(400);
			expect(await res.text()).not.toContain('page');
		}
		// Dots spelled %2e are resolved by the URL parser itself: this is /import, and refuses framing.
		const resolved = await fetchFrom('/embed/%2e%2e/import', { accept: 'text/html' });
		expect(resolved.headers.get('content-security-policy')).toMatch(/frame-ancestors 'none'/);
	});

	it('lets embeds be framed', async () => {
		const res = await fetchFrom('/embed/goals');
		expect(res.headers.get('content-security-policy')).toBe("default-src 'self'; script-src 'self' 'sha256-EMBED'; style-src 'self' 'unsafe-inline'");
		expect(res.headers.get('x-frame-options')).toBeNull();
	});

	it('lets only the DuckDB worker compile WebAssembly', async () => {
		expect((await fetchFrom('/_app/immutable/assets/duckdb-browser-eh.worker.abc.js')).headers.get('content-security-policy')).toMatch(
			/script-src 'self' 'wasm-unsafe-eval'/
		);
		const importWorker = (await fetchFrom('/_app/immutable/workers/import.worker-abc.js')).headers.get('content-security-policy');
		expect(importWorker).toMatch(/script-src 'self';/);
		expect(importWorker).not.toMatch(/wasm/);
		const chunk = await fetchFrom('/_app/immutable/chunks/app.js');
		expect(chunk.headers.get('content-security-policy')).toBeNull();
		expect(chunk.headers.get('x-content-type-options')).toBe('nosniff');
	});

	it('answers a page that does not exist with the site’s 404 page, and a missing file with a plain 404', async () => {
		for (const path of ['/goals/99', '/indicators/99.9.9', '/nowhere/at/all']) {
			const res = await fetchFrom(path, { accept: 'text/html,application/xhtml+xml' });
			expect(res.status, path).toBe(404);
			expect(await res.text()).toContain('not found page');
			expect(res.headers.get('content-security-policy')).toMatch(/sha256-NOTFOUND.*frame-ancestors 'none'/);
		}
		const data = await fetchFrom('/goals/99/__data.json', { accept: '*/*' });
		expect(data.status).toBe(404);
		expect(await data.text()).toBe('Not found');
		expect((await fetchFrom('/missing.js', { accept: '*/*' })).status).toBe(404);
	});
});
