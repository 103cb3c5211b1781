/**
 * The icons every page links (src/app.html) are PNG files of the size they say, in static/. Not an
 * SVG: Chromium builds an SVG icon as a document on the page's main thread as the page starts
 * (24-28 ms traced, against 4-6 for the PNG; scripts/favicon.ts draws the PNGs from the SVG).
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const html = readFileSync('src/app.html', 'utf8');
const links = [...html.matchAll(/<link rel="(icon|apple-touch-icon)"([^>]*)>/g)].map(([, rel, attributes]) => ({
	rel,
	href: /href="%sveltekit\.assets%\/([^"]+)"/.exec(attributes)?.[1],
	type: /type="([^"]+)"/.exec(attributes)?.[1],
	sizes: /sizes="([^"]+)"/.exec(attributes)?.[1]
}));

/** A PNG's width and height from its header, or null when the bytes are not a PNG. */
function pngSize(bytes: Buffer): [number, number] | null {
	const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
	if (!signature.every((b, i) => bytes[i] === b) || bytes.toString('latin1', 12, 16) !== 'IHDR') return null;
	return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

describe('the site icons', () => {
	it('links a 32 px icon and a 180 px home-screen icon, both PNG files in static/ of those sizes', () => {
		expect(links.map((l) => l.rel).sort()).toEqual(['apple-touch-icon', 'icon']);
		for (const link of links) {
			expect(link.href, `${link.rel}: its address`).toMatch(/\.png$/);
			const file = `static/${link.href}`;
			expect(existsSync(file), `${file} exists`).toBe(true);
			const size = pngSize(readFileSync(file));
			const expected = link.rel === 'icon' ? (link.sizes ?? '').split('x').map(Number) : [180, 180];
			expect(size, `${file}: a PNG of ${expected.join(' × ')}`).toEqual(expected);
			if (link.rel === 'icon') expect(link.type).toBe('image/png');
		}
	});
});
