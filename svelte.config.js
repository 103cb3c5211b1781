import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { extname, join } from 'node:path';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import { jsonLdScript, robotsTxt, shareTags, siteUrl, sitemapXml } from './scripts/lib/findable.js';

const brotli = promisify(zlib.brotliCompress);

/**
 * Markup added at the end of a built page's head. The replacement is a function, so that "$&" or
 * "$'" in a title or in the data is text, not a replacement pattern.
 * @param {string} html
 * @param {string} markup
 * @param {string} file
 */
function intoHead(html, markup, file) {
	if (!html.includes('</head>')) throw new Error(`${file} has no </head> to add ${markup.slice(0, 40)}… to`);
	return html.replace('</head>', () => `${markup}\n\t</head>`);
}
const gzip = promisify(zlib.gzip);

const compressible = new Set(['.html', '.js', '.mjs', '.css', '.json', '.csv', '.svg', '.xml', '.txt', '.wasm', '.bin', '.duckdb']);

/**
 * Write `.br` and `.gz` beside every compressible file of the built site, for servers that send
 * precompressed files (scripts/lib/static-server.ts, nginx gzip_static / brotli_static, most static
 * hosts). adapter-static's own `precompress` is not used: it skips .csv, and it uses brotli quality
 * 11, which takes 66 s of CPU for the 34 MB DuckDB wasm (5.2 MB) where quality 9 takes 4 s (5.9 MB),
 * and 18 s for the site's 15 MB of pages and scripts where quality 10 takes 7 s for 5% more bytes.
 * @param {string} dir
 */
async function precompress(dir) {
	const files = readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.filter((f) => compressible.has(extname(f)))
		.map((f) => ({ path: join(dir, f), size: statSync(join(dir, f)).size }))
		// Below a kilobyte compression saves a few hundred bytes at most: not worth two more files.
		.filter((f) => f.size >= 1024)
		// Largest first, so the wasm files do not start last and leave one core idle at the end.
		.sort((a, b) => b.size - a.size);
	let next = 0;
	const lane = async () => {
		for (let file = files[next++]; file; file = files[next++]) {
			const raw = readFileSync(file.path);
			// Pages and their data are thousands of files in six languages: quality 6 compresses them 25 times
			// faster than 10 for 9% more bytes (449 pages: 0.7 s against 16 s); scripts, styles and data keep 10.
			const quality = file.size > 4e6 ? 9 : /\.html$|__data\.json$/.test(file.path) ? 6 : 10;
			const [br, gz] = await Promise.all([
				brotli(raw, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: quality, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: file.size } }),
				gzip(raw, { level: 9 })
			]);
			// A server sends a sibling whenever it exists, so only keep one that is actually smaller.
			if (br.length < file.size) writeFileSync(`${file.path}.br`, br);
			if (gz.length < file.size) writeFileSync(`${file.path}.gz`, gz);
		}
	};
	await Promise.all(Array.from({ length: availableParallelism() }, lane));
	return files.length;
}

// The one inline script of our own (src/app.html: marks a page pending before the app runs) is
// allowed by its SHA-256, computed from the template itself so the two never drift apart.
const earlyState = /<script data-early-state>([\s\S]*?)<\/script>/.exec(readFileSync('src/app.html', 'utf8'));
if (!earlyState) throw new Error('src/app.html: the <script data-early-state> block is missing');
const earlyStateHash = `sha256-${createHash('sha256').update(earlyState[1]).digest('base64')}`;

// 404.html: the site's error page for addresses no page answers, which static hosts (and
// scripts/lib/static-server.ts) serve with status 404. It renders in the browser from the address.
const site = adapter({ pages: 'build', assets: 'build', fallback: '404.html', strict: true });

/** @type {import('@sveltejs/kit').Config} */
export default {
	preprocess: vitePreprocess(),
	kit: {
		// A plain static site: every page is prerendered, so any static host can serve it.
		adapter: {
			...site,
			async adapt(builder) {
				await site.adapt(builder);
				// The 404 page renders in the browser; without JavaScript it still says what happened.
				const notFound = 'build/404.html';
				writeFileSync(
					notFound,
					readFileSync(notFound, 'utf8').replace(
						/(<body[^>]*>)/,
						'$1\n\t\t<noscript><main style="max-width: 72rem; margin: 0 auto; padding: 2.5rem 1.25rem"><h1>Page not found</h1><p>There is no page at this address.</p><p><a href="/">Citizen Science for the SDGs: the overview</a></p></main></noscript>'
					)
				);
				// The release as a schema.org Dataset, for search engines, in the open data page's head.
				const openData = 'build/open-data.html';
				const dataset = JSON.parse(readFileSync('build/data/downloads/dataset.jsonld', 'utf8'));
				writeFileSync(openData, intoHead(readFileSync(openData, 'utf8'), jsonLdScript(dataset), openData));
				// Share previews: Open Graph and Twitter card tags on every page, each goal, indicator and
				// country page (and the overview) with its own card, the others with the overview's.
				const previews = JSON.parse(readFileSync('src/lib/generated/previews.json', 'utf8'));
				let shared = 0;
				for (const [prefixed, { file }] of builder.prerendered.pages) {
					// A page's card is the same in every language (its figures are): /fr/goals/15 shares /goals/15's.
					const path = prefixed.replace(/^\/(ar|es|fr|ru|zh)(?=\/|$)/, '') || '/';
					if (path.startsWith('/embed/')) continue;
					const built = join('build', file);
					const html = readFileSync(built, 'utf8');
					const url = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1];
					if (!url) continue;
					const preview = previews[path] ?? previews['/'];
					const tags = shareTags({
						title: /<title>([^<]*)<\/title>/.exec(html)?.[1] ?? 'Citizen Science for the SDGs',
						description:
							/<meta name="description" content="([^"]*)"/.exec(html)?.[1] ?? 'How citizen science contributes to the UN Sustainable Development Goals.',
						url,
						image: `${siteUrl()}/${preview.file}`,
						alt: preview.alt
					});
					writeFileSync(built, intoHead(html, tags, built));
					shared++;
				}
				builder.log(`Share tags: ${shared} pages`);
				// Every prerendered page in a sitemap, named by robots.txt, at the SITE_URL address.
				const address = siteUrl();
				const pages = [...builder.prerendered.pages.keys()].map((p) => p.replace(/\/index\.html$|\.html$/, '') || '/');
				writeFileSync('build/sitemap.xml', sitemapXml(pages, address));
				writeFileSync('build/robots.txt', robotsTxt(address));
				builder.log(`Sitemap: ${pages.length} pages at ${address}`);
				if (!process.env.SITE_URL?.trim())
					builder.log.warn(`SITE_URL is not set: canonical links, the sitemap and citations name ${address}. Set it to the address the site is published at.`);
				const started = performance.now();
				const count = await precompress('build');
				builder.log(`Precompressed ${count} files (.br, .gz) in ${((performance.now() - started) / 1000).toFixed(1)} s`);
			}
		},
		paths: { relative: true },
		// Each page's CSS goes into its HTML (about 18 KB, 4 KB with brotli, for the overview) in place
		// of eleven render-blocking stylesheets: first contentful paint of the overview went from 400
		// to 288 ms (median of ten cold loads, two cores). The CSP allows inline styles already.
		inlineStyleThreshold: Infinity,
		// A Content-Security-Policy for every page, written by SvelteKit into a <meta> tag with the
		// SHA-256 of every inline script it emits (the bootstrap and its data), so no host needs to
		// add anything for scripts to stay locked down. The app reaches no other host: everything is
		// 'self'. Images also come from data: (SVG export previews) and blob: (PNG export draws the
		// SVG into a canvas). Styles allow inline style attributes, which charts set. The headers a
		// meta tag cannot carry (frame-ancestors), and the workers' own policies, are sent by the
		// server (scripts/lib/security-headers.ts; the README lists them for other hosts).
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self', earlyStateHash],
				'worker-src': ['self'],
				'connect-src': ['self'],
				'img-src': ['self', 'data:', 'blob:'],
				'style-src': ['self', 'unsafe-inline'],
				'font-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		}
	}
};
