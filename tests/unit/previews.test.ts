/**
 * Share previews (scripts/lib/previews.ts, preview-cards.ts) and their tags (scripts/lib/findable.js):
 * cards say the page's own figures, text is escaped and wrapped, resvg draws a 1200×630 PNG with the
 * shipped font (text changes pixels), and the tags keep their values inside their attributes.
 */
import { DOMParser } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { openPublishedInNode } from '../../src/lib/data/duckdb-node';
import { inventoryYear } from '../../src/lib/data/package';
import { indicatorStatus } from '../../src/lib/queries/indicators';
import { loadOverview } from '../../src/lib/queries/overview';
import { shareTags } from '../../scripts/lib/findable.js';
import { previewCards } from '../../scripts/lib/preview-cards';
import { previewSvg, renderPng, wrap } from '../../scripts/lib/previews';

const png = (bytes: Uint8Array) => {
	const view = new DataView(bytes.buffer, bytes.byteOffset);
	return { signature: [...bytes.slice(1, 4)].map((c) => String.fromCharCode(c)).join(''), width: view.getUint32(16), height: view.getUint32(20) };
};

describe('share previews', () => {
	it('wraps text to its width and cuts it with an ellipsis past its lines', () => {
		const lines = wrap('Protect, restore and promote sustainable use of terrestrial ecosystems and halt biodiversity loss', 30, 2);
		expect(lines).toHaveLength(2);
		expect(lines.every((l) => l.length <= 30)).toBe(true);
		expect(lines[1].endsWith('…')).toBe(true);
		expect(wrap('Red List Index', 30, 2)).toEqual(['Red List Index']);
	});

	it('escapes the text it draws: the drawing parses, and says exactly what it was given', () => {
		const title = 'Fish & <script>alert(1)</script> "quotes"';
		const svg = previewSvg({ path: '/x', title, subtitle: 'a < b', figure: '3 projects', accent: '#123456' }, 'Data version 9');
		const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
		const texts = Array.from(doc.getElementsByTagName('text'), (t) => t.textContent);
		expect(texts.join(' ')).toContain('Fish & <script>alert(1)</script>');
		expect(texts).toContain('a < b');
		expect(doc.getElementsByTagName('script')).toHaveLength(0);
	});

	it('draws a 1200×630 PNG whose text is drawn with the shipped font', () => {
		const card = { path: '/x', title: 'Goal 15: Life on land', subtitle: 'Subtitle', figure: '3 projects', accent: '#56C02B' };
		const drawn = renderPng(previewSvg(card, 'Data version 9'));
		expect(png(drawn)).toEqual({ signature: 'PNG', width: 1200, height: 630 });
		const blank = renderPng(previewSvg({ ...card, title: '', subtitle: '', figure: '' }, ''));
		expect(Buffer.compare(Buffer.from(drawn), Buffer.from(blank))).not.toBe(0);
		expect(drawn.length).toBeGreaterThan(blank.length + 2000);
	});

	it("says each page's own figures, from the queries the pages use", async () => {
		const db = await openPublishedInNode('data', 'static/data');
		const overview = await loadOverview(db, inventoryYear);
		const indicators = await indicatorStatus(db);
		db.close();
		const cards = previewCards(overview, indicators, [
			{ iso3: 'GBR', name: 'United Kingdom' },
			{ iso3: 'ATA', name: 'Antarctica' }
		]);
		const goal15 = overview.perGoal.find((g) => g.goal === 15)!;
		expect(cards.find((c) => c.path === '/goals/15')).toMatchObject({ figure: `${goal15.projects} projects linked to this goal`, accent: goal15.colour });
		expect(cards.find((c) => c.path === '/goals/15')!.bars!.filter((b) => b.highlight)).toHaveLength(1);
		const unlinked = indicators.find((i) => i.projects === 0)!;
		expect(cards.find((c) => c.path === `/indicators/${unlinked.indicator}`)!.figure).toBe('No citizen-science project linked yet');
		const gbr = overview.perCountry.find((c) => c.iso3 === 'GBR')!.projects;
		expect(cards.find((c) => c.path === '/countries/GBR')!.figure).toBe(`${gbr.toLocaleString('en')} projects with an SDG link`);
		expect(cards.find((c) => c.path === '/')!.figure).toBe(`${overview.projects} projects`);
		const coverage = cards.find((c) => c.path === '/coverage')!;
		expect(coverage.figure).toBe(`${indicators.filter((i) => i.projects > 0).length} indicators of ${indicators.length} with a project linked`);
		expect(coverage.bars!.reduce((n, b) => n + b.value, 0)).toBe(indicators.filter((i) => i.projects > 0).length);
	});

	it('writes share tags whose values stay inside their attributes', () => {
		const tags = shareTags({
			title: 'A "quoted" <b>title</b> &amp; more',
			description: 'd',
			url: 'https://x.org/a',
			image: 'https://x.org/p.png',
			alt: 'alt "x"'
		});
		const doc = new DOMParser().parseFromString(`<head>${tags}</head>`, 'text/html');
		const metas = Array.from(doc.getElementsByTagName('meta'));
		const of = (key: string) => metas.find((m) => m.getAttribute('property') === key || m.getAttribute('name') === key)?.getAttribute('content');
		expect(of('og:title')).toBe('A "quoted" <b>title</b> & more');
		expect(of('og:image:alt')).toBe('alt "x"');
		expect(of('twitter:card')).toBe('summary_large_image');
		expect(metas).toHaveLength(15);
	});
});
