/**
 * What search engines and other machines need to find the site: its absolute address, a sitemap of
 * every prerendered page and a robots.txt that names it. Plain JavaScript, because svelte.config.js
 * (which writes both once the site is built) and vite.config.ts (which gives the pages their
 * canonical address) both read it.
 */

/** Where the site is published when SITE_URL does not say: the address `npm start` serves. */
export const localSiteUrl = 'http://localhost:4173';

/**
 * The site's absolute address from SITE_URL (e.g. https://sdg.citizenscience.org or one with a
 * path), without a trailing slash. Anything else stops the build: every canonical link, the
 * sitemap and citations would carry it.
 * @param {string | undefined} value
 */
export function siteUrl(value = process.env.SITE_URL) {
	const raw = value === undefined || value.trim() === '' ? localSiteUrl : value.trim();
	let url;
	try {
		url = new URL(raw);
	} catch {
		throw new Error(`SITE_URL is ${JSON.stringify(raw)}; expected an absolute http or https address such as https://sdg.example.org`);
	}
	if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.search || url.hash || url.username || url.password)
		throw new Error(`SITE_URL is ${JSON.stringify(raw)}; expected an http or https address with no query, fragment or credentials`);
	return url.href.replace(/\/+$/, '');
}

/** @param {string} text */
const xmlText = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');

/**
 * A sitemap (sitemaps.org 0.9) of the pages given, as paths from the site's root ("/", "/goals/15").
 * Embedded charts are left out, in every language: they are parts of other sites' pages, not pages of this one.
 * @param {Iterable<string>} paths
 * @param {string} site
 */
export function sitemapXml(paths, site) {
	// An embed in another language sits under its language's prefix: /fr/embed/map.
	const pages = [...new Set(paths)].filter((p) => p.startsWith('/') && !/^(\/[a-z]{2})?\/embed\//.test(p)).sort();
	const urls = pages.map((p) => `\t<url><loc>${xmlText(site + (p === '/' ? '/' : encodeURI(p)))}</loc></url>`);
	return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`;
}

/**
 * Crawlers read robots.txt only at a host's root: a site published under a path (SITE_URL
 * https://example.org/sdg) gives its rules with that path, for the host's owner to merge into theirs.
 * @param {string} site
 */
export function robotsTxt(site) {
	const path = new URL(site).pathname.replace(/\/+$/, '');
	return `# Every page may be crawled; embedded charts are parts of other sites' pages.\nUser-agent: *\nAllow: ${path}/\nDisallow: ${path}/embed/\nDisallow: ${path}/*/embed/\n\nSitemap: ${site}/sitemap.xml\n`;
}

/**
 * A JSON-LD block for a page's head. Its text is JSON with every "<" escaped, so that no value can
 * close the script element or open another: the block is data, and stays data.
 * @param {unknown} data
 */
export function jsonLdScript(data) {
	return `<script type="application/ld+json">${JSON.stringify(data).replace(/</g, '\\u003c')}</script>`;
}

/** @param {string} text an attribute's value */
const attribute = (text) =>
	text
		.replace(/&(?![a-z]+;|#\d+;)/gi, '&amp;')
		.replace(/"/g, '&quot;')
		.replace(/</g, '&lt;');

/**
 * Open Graph and Twitter card tags for a page, for the previews other sites and chat apps show of a
 * link to it. `title` and `description` as the page's own <title> and description give them.
 * @param {{ title: string; description: string; url: string; image: string; alt: string }} page
 */
export function shareTags({ title, description, url, image, alt }) {
	const tags = [
		['property', 'og:type', 'website'],
		['property', 'og:site_name', 'Citizen Science for the SDGs'],
		['property', 'og:title', title],
		['property', 'og:description', description],
		['property', 'og:url', url],
		['property', 'og:image', image],
		['property', 'og:image:type', 'image/png'],
		['property', 'og:image:width', '1200'],
		['property', 'og:image:height', '630'],
		['property', 'og:image:alt', alt],
		['name', 'twitter:card', 'summary_large_image'],
		['name', 'twitter:title', title],
		['name', 'twitter:description', description],
		['name', 'twitter:image', image],
		['name', 'twitter:image:alt', alt]
	];
	return tags.map(([key, name, value]) => `<meta ${key}="${name}" content="${attribute(value)}" />`).join('\n\t\t');
}
