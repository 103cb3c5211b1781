/**
 * A small static file server for the built site, used by the end-to-end tests (and later the
 * benchmarks): correct MIME types (wasm must be application/wasm to stream-compile), long caching
 * for fingerprinted assets, and a log of every request so tests can check what the page fetched.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';

const types: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.csv': 'text/csv; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.wasm': 'application/wasm',
	'.txt': 'text/plain; charset=utf-8'
};

export interface StaticServer {
	url: string;
	requests: string[];
	close(): Promise<void>;
}

/**
 * @param overrides URL paths answered from other files, e.g. { '/data/contributions.csv': '/tmp/big.csv' }
 *   (the benchmarks serve the built site with synthetic data this way).
 */
export async function serveStatic(root: string, port = 0, overrides: Record<string, string> = {}): Promise<StaticServer> {
	const base = resolve(root);
	const requests: string[] = [];
	const server: Server = createServer((req, res) => {
		const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
		requests.push(path);
		let file = overrides[path] ?? normalize(join(base, path));
		if (!overrides[path] && !file.startsWith(base)) {
			res.writeHead(403).end();
			return;
		}
		// adapter-static writes /goals/1 as goals/1.html (beside a goals/1/ folder of data) and / as index.html.
		if (overrides[path]) {
			// served as given
		} else if (existsSync(`${file}.html`) && !path.endsWith('/')) file = `${file}.html`;
		else if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
		if (!existsSync(file)) {
			res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
			return;
		}
		res.writeHead(200, {
			'content-type': types[extname(file)] ?? 'application/octet-stream',
			'content-length': statSync(file).size,
			'cache-control': path.includes('/immutable/') ? 'public, max-age=31536000, immutable' : 'no-cache'
		});
		createReadStream(file).pipe(res);
	});
	await new Promise<void>((done) => server.listen(port, '127.0.0.1', done));
	const { port: actual } = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${actual}`,
		requests,
		close: () => new Promise((done) => server.close(() => done()))
	};
}
