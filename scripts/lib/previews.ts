/**
 * Share previews: for the overview, each goal, indicator and country page, a 1200×630 card drawn at
 * build time (SVG, rendered to PNG with resvg and the DejaVu Sans font shipped as a package, so no
 * system font is needed) with the page's title and its main figure: projects per goal for the
 * overview and goals (the goal's bar in its colour), the projects linked to an indicator, the
 * projects working in a country. Every card names the data version its figures are from. A PNG is
 * named by the hash of its drawing, so an unchanged card is not drawn again.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';

export interface PreviewCard {
	/** The page's path ("/", "/goals/15"). */
	path: string;
	title: string;
	subtitle: string;
	/** The page's main figure, in words ("28 projects"). */
	figure: string;
	accent: string;
	/** Bars to draw under the figure (projects per goal), the highlighted one in full colour. */
	bars?: { label: string; value: number; colour: string; highlight: boolean }[];
	/** What the bars count, for the image's text alternative (default: projects per goal). */
	barsShow?: string;
}

export const previewsPath = 'previews';
const width = 1200;
const height = 630;
const ink = '#1b2a41';
const muted = '#5b6473';

const xml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Lines of at most `chars` characters, the last one cut with an ellipsis past `max` lines. */
export function wrap(text: string, chars: number, max: number): string[] {
	const lines: string[] = [];
	for (const word of text.split(/\s+/).filter(Boolean)) {
		const last = lines[lines.length - 1];
		if (last !== undefined && `${last} ${word}`.length <= chars) lines[lines.length - 1] = `${last} ${word}`;
		else lines.push(word);
	}
	if (lines.length <= max) return lines;
	const kept = lines.slice(0, max);
	kept[max - 1] = `${kept[max - 1].slice(0, chars - 1).replace(/\s+\S*$/, '')}…`;
	return kept;
}

const text = (x: number, y: number, size: number, fill: string, content: string, weight = 400) =>
	`<text x="${x}" y="${y}" font-family="DejaVu Sans" font-size="${size}" font-weight="${weight}" fill="${fill}">${xml(content)}</text>`;

export function previewSvg(card: PreviewCard, footer: string): string {
	const parts = [
		`<rect width="${width}" height="${height}" fill="#f6f7f9"/>`,
		`<rect width="${width}" height="14" fill="${card.accent}"/>`,
		text(60, 82, 26, muted, 'Citizen Science for the SDGs', 700)
	];
	// DejaVu Sans is wide: about 0.6 of its size per character in bold, 0.55 in regular.
	const title = wrap(card.title, Math.floor(1080 / (50 * 0.62)), 2);
	title.forEach((line, i) => parts.push(text(60, 160 + i * 60, 50, ink, line, 700)));
	let y = 160 + (title.length - 1) * 60 + 56;
	for (const line of wrap(card.subtitle, Math.floor(1080 / (28 * 0.56)), card.bars ? 2 : 4)) (parts.push(text(60, y, 28, muted, line)), (y += 38));
	parts.push(text(60, y + 34, 40, ink, card.figure, 700));
	if (card.bars?.length) {
		const top = 420;
		const bottom = 548;
		const max = Math.max(1, ...card.bars.map((b) => b.value));
		const step = 1080 / card.bars.length;
		const highlighted = card.bars.some((b) => b.highlight);
		card.bars.forEach((b, i) => {
			const h = Math.max(2, ((bottom - top) * b.value) / max);
			const fill = !highlighted || b.highlight ? b.colour : '#c9ced6';
			parts.push(
				`<rect x="${(60 + i * step + step * 0.12).toFixed(1)}" y="${(bottom - h).toFixed(1)}" width="${(step * 0.76).toFixed(1)}" height="${h.toFixed(1)}" fill="${fill}"/>`
			);
		});
		parts.push(`<line x1="60" x2="1140" y1="${bottom}" y2="${bottom}" stroke="${muted}" stroke-width="1"/>`);
	}
	parts.push(text(60, 608, 22, muted, footer));
	return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">${parts.join('')}</svg>`;
}

const fontDir = join(dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')), 'ttf');
const fonts = { fontFiles: [join(fontDir, 'DejaVuSans.ttf'), join(fontDir, 'DejaVuSans-Bold.ttf')], loadSystemFonts: false, defaultFontFamily: 'DejaVu Sans' };

export function renderPng(svg: string): Uint8Array {
	return new Uint8Array(new Resvg(svg, { font: fonts, fitTo: { mode: 'original' } }).render().asPng());
}

/**
 * Write each card's PNG into <staticDir>/previews/ (kept when its drawing is unchanged, old ones
 * removed) and return each page's file, from the site's root, with the words that describe it.
 */
export function writePreviews(cards: PreviewCard[], footer: string, staticDir: string): Record<string, { file: string; alt: string }> {
	const dir = join(staticDir, previewsPath);
	mkdirSync(dir, { recursive: true });
	const files: Record<string, { file: string; alt: string }> = {};
	for (const card of cards) {
		const svg = previewSvg(card, footer);
		const name = `${createHash('sha256').update(svg).digest('hex').slice(0, 16)}.png`;
		if (!existsSync(join(dir, name))) writeFileSync(join(dir, name), renderPng(svg));
		const chart = card.bars ? `, with a bar chart of ${card.barsShow ?? 'projects per goal'}` : '';
		files[card.path] = { file: `${previewsPath}/${name}`, alt: `${card.title}: ${card.figure}${chart}. ${footer}.` };
	}
	const kept = new Set(Object.values(files).map((f) => f.file.slice(previewsPath.length + 1)));
	for (const old of readdirSync(dir).filter((f) => !kept.has(f))) rmSync(join(dir, old));
	return files;
}
