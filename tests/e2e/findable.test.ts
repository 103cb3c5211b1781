/**
 * Findable by machines, on the built site as served: the sitemap lists every prerendered page
 * (each an HTML file of build/, less the error page and the embedded charts) and nothing else;
 * robots.txt names it; every page names its canonical address.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { DOMParser } from '@xmldom/xmldom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localSiteUrl } from '../../scripts/lib/findable.js';
import { startSession, type Session } from './session';

let session: Session;
beforeAll(async () => (session = await startSession()));
afterAll(async () => await session?.close());

/** The pages the build wrote, as paths from the root. */
function builtPages(): string[] {
	return readdirSync('build', { recursive: true, encoding: 'utf8' })
		.filter((f) => f.endsWith('.html') && f !== '404.html' && !/^([a-z]{2}\/)?embed\//.test(f) && !f.startsWith('_app/'))
		.map((f) => (f === 'index.html' ? '/' : `/${f.replace(/\.html$/, '')}`))
		.sort();
}

describe('sitemap.xml, robots.txt and canonical addresses', () => {
	it('the sitemap lists every prerendered page, and robots.txt names it', async () => {
		const response = await fetch(`${session.server.url}/sitemap.xml`);
		expect(response.status).toBe(200);
		expect(response.headers.get('content-type')).toContain('xml');
		const doc = new DOMParser().parseFromString(await response.text(), 'application/xml');
		const listed = Array.from(doc.getElementsByTagName('loc'), (l) => l.textContent!.slice(localSiteUrl.length)).sort();
		const pages = builtPages();
		expect(pages.length).toBeGreaterThan(1000);
		expect(listed).toEqual(pages);
		const robots = await (await fetch(`${session.server.url}/robots.txt`)).text();
		expect(robots).toContain(`Sitemap: ${localSiteUrl}/sitemap.xml`);
	});

	it('each page names its own path as its canonical address', () => {
		for (const path of ['/', '/goals/15', '/indicators/15.5.1', '/countries/KEN', '/open-data']) {
			expect(builtPages(), path).toContain(path);
			const file = path === '/' ? 'build/index.html' : `build${path}.html`;
			const canonical = /<link rel="canonical" href="([^"]+)"/.exec(readFileSync(file, 'utf8'))?.[1];
			expect(canonical, path).toBe(`${localSiteUrl}${path}`);
		}
	});

	it('the open data page carries the release as a schema.org Dataset, the same as its downloadable description', async () => {
		const html = await (await fetch(`${session.server.url}/open-data`)).text();
		const blocks = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => JSON.parse(m[1]));
		expect(blocks).toHaveLength(1);
		const served = await (await fetch(`${session.server.url}/data/downloads/dataset.jsonld`)).json();
		expect(blocks[0]).toEqual(served);
		expect(blocks[0]).toMatchObject({ '@type': 'Dataset', url: `${localSiteUrl}/open-data` });
		const dcat = await fetch(`${session.server.url}/data/downloads/dcat-ap.jsonld`);
		expect(dcat.status).toBe(200);
		expect((await dcat.json())['@type']).toBe('dcat:Catalog');
	});

	it('every page has share tags, the overview, coverage, goal, indicator and country pages a preview of their own', async () => {
		const imageOf = (path: string) => {
			const html = readFileSync(path === '/' ? 'build/index.html' : `build${path}.html`, 'utf8');
			expect(html, path).toContain('<meta name="twitter:card" content="summary_large_image"');
			return /<meta property="og:image" content="([^"]+)"/.exec(html)![1];
		};
		const pages = builtPages();
		for (const path of pages) expect(imageOf(path).startsWith(`${localSiteUrl}/previews/`), path).toBe(true);
		const own = ['/', '/coverage', '/goals/15', '/indicators/15.5.1', '/countries/KEN'].map(imageOf);
		expect(new Set(own).size).toBe(own.length);
		expect(imageOf('/open-data')).toBe(imageOf('/'));
		for (const image of own) {
			const response = await fetch(`${session.server.url}${image.slice(localSiteUrl.length)}`);
			expect(response.status, image).toBe(200);
			expect(response.headers.get('content-type'), image).toBe('image/png');
			const bytes = new Uint8Array(await response.arrayBuffer());
			expect(new DataView(bytes.buffer).getUint32(16), image).toBe(1200);
		}
	});
});
