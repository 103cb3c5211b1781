/**
 * Reading exported charts back in Chromium: where an exported SVG draws its legend entries, and
 * what colour a PNG's pixels are there. The PNG is decoded by the browser (canvas getImageData),
 * not by code of ours.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';

export interface Box {
	x: number;
	y: number;
	width: number;
	height: number;
}

export interface LegendEntry {
	label: string;
	swatch: Box;
	/** The swatch's fill as the SVG gives it (rgb(…) or #rrggbb). */
	fill: string;
	dash: string | null;
	text: Box;
}

/** The legend entries of an exported SVG file, with their boxes in the file's own pixels. */
export async function legendEntries(page: Page, svgText: string): Promise<LegendEntry[]> {
	// In front, so that it lays out and decodes images at full speed (a page behind another is throttled).
	await page.bringToFront();
	await page.setContent(`<!doctype html><body style="margin:0">${svgText.replace(/^<\?xml[^>]*>/, '')}</body>`);
	return page.evaluate(() => {
		const root = document.querySelector('svg')!.getBoundingClientRect();
		const box = (el: Element) => {
			const r = el.getBoundingClientRect();
			return { x: r.x - root.x, y: r.y - root.y, width: r.width, height: r.height };
		};
		return [...document.querySelectorAll('[data-legend-entry]')].map((entry) => {
			const swatch = entry.querySelector('rect')!;
			return {
				label: entry.getAttribute('data-legend-entry')!,
				swatch: box(swatch),
				fill: swatch.getAttribute('fill')!,
				dash: swatch.getAttribute('stroke-dasharray'),
				text: box(entry.querySelector('text')!)
			};
		});
	});
}

/** A colour such as rgb(68, 84, 106) or #44546a as [r, g, b]. */
export function rgb(colour: string): [number, number, number] {
	const hex = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(colour);
	if (hex) return [1, 2, 3].map((i) => parseInt(hex[i], 16)) as [number, number, number];
	const parts = /rgba?\((\d+),\s*(\d+),\s*(\d+)/.exec(colour);
	if (!parts) throw new Error(`not a colour: ${colour}`);
	return [1, 2, 3].map((i) => Number(parts[i])) as [number, number, number];
}

/** The PNG file's pixels: the colour at the centre of each box, and how many dark pixels each box holds. */
export async function pngSample(page: Page, path: string, boxes: Box[], scale: number) {
	const url = `data:image/png;base64,${readFileSync(path).toString('base64')}`;
	await page.bringToFront();
	return page.evaluate(
		async ({ url, boxes, scale }) => {
			const image = new Image();
			image.src = url;
			await image.decode();
			const canvas = document.createElement('canvas');
			canvas.width = image.naturalWidth;
			canvas.height = image.naturalHeight;
			const context = canvas.getContext('2d')!;
			context.drawImage(image, 0, 0);
			return boxes.map((b) => {
				const [x, y, w, h] = [b.x, b.y, b.width, b.height].map((v) => Math.round(v * scale));
				const data = context.getImageData(x, y, Math.max(1, w), Math.max(1, h)).data;
				let dark = 0;
				for (let i = 0; i < data.length; i += 4) if (data[i] + data[i + 1] + data[i + 2] < 3 * 128) dark++;
				const centre = context.getImageData(x + Math.floor(w / 2), y + Math.floor(h / 2), 1, 1).data;
				return { centre: [centre[0], centre[1], centre[2]] as [number, number, number], dark };
			});
		},
		{ url, boxes, scale }
	);
}
