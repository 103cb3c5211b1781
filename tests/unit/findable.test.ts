/** The site's address (SITE_URL), its sitemap, robots.txt and JSON-LD blocks (scripts/lib/findable.js). */
import { DOMParser } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { jsonLdScript, localSiteUrl, robotsTxt, siteUrl, sitemapXml } from '../../scripts/lib/findable.js';

describe('SITE_URL', () => {
	it('defaults to the local address npm start serves, and drops a trailing slash', () => {
		expect(siteUrl(undefined)).toBe(localSiteUrl);
		expect(siteUrl(' ')).toBe(localSiteUrl);
		expect(siteUrl('https://sdg.example.org/')).toBe('https://sdg.example.org');
		expect(siteUrl('https://example.org/citsci/sdg/')).toBe('https://example.org/citsci/sdg');
	});

	it.each(['sdg.example.org', 'ftp://example.org', 'https://example.org/?x=1', 'https://user:pw@example.org'])(
		'stops the build on %s, saying what it expected',
		(value) => {
			expect(() => siteUrl(value)).toThrow(/SITE_URL is .*expected an? (absolute )?http or https address/);
		}
	);
});

describe('sitemap.xml and robots.txt', () => {
	it('lists each page once, escaped, under the site address, without the embedded charts', () => {
		const xml = sitemapXml(['/goals/15', '/', '/goals/15', '/embed/map', '/fr/embed/map', '/projects/a&b'], 'https://sdg.example.org');
		const doc = new DOMParser().parseFromString(xml, 'application/xml');
		const locs = Array.from(doc.getElementsByTagName('loc'), (l) => l.textContent);
		expect(locs).toEqual(['https://sdg.example.org/', 'https://sdg.example.org/goals/15', 'https://sdg.example.org/projects/a&b']);
		expect(doc.documentElement?.getAttribute('xmlns')).toBe('http://www.sitemaps.org/schemas/sitemap/0.9');
	});

	it('robots.txt names the sitemap at its absolute address', () => {
		expect(robotsTxt('https://sdg.example.org')).toContain('\nSitemap: https://sdg.example.org/sitemap.xml\n');
		expect(robotsTxt('https://sdg.example.org')).toContain('\nDisallow: /embed/\nDisallow: /*/embed/\n');
	});

	it('robots.txt of a site under a path keeps its rules under that path', () => {
		const robots = robotsTxt('https://example.org/sdg');
		expect(robots).toContain('\nAllow: /sdg/\nDisallow: /sdg/embed/\n');
		expect(robots).toContain('\nSitemap: https://example.org/sdg/sitemap.xml\n');
	});
});

describe('jsonLdScript', () => {
	it('keeps a value that holds markup inside the block, and reads back the same', () => {
		const data = { name: 'A</script><script>alert(1)</script>', description: '<!-- x -->' };
		const block = jsonLdScript(data);
		expect(block.match(/<\/script>/g)).toHaveLength(1);
		expect(block).not.toContain('<!--');
		const inner = /^<script type="application\/ld\+json">([\s\S]*)<\/script>$/.exec(block)![1];
		expect(JSON.parse(inner)).toEqual(data);
	});
});
