/**
 * A chart as a self-contained SVG file: computed styles inlined (so it looks the same in a word
 * processor, without the page's CSS), an explicit font stack, and the title, source, licence, date
 * and link drawn into the graphic. Scripts, event handlers, foreign objects and non-http links are
 * removed: the file can only draw.
 */
import { xmlAttribute, xmlText } from '../format/escape';
import { wrapText } from '../format/text-width';

/** Presentation properties worth carrying from computed style onto each element. */
const carried = [
	'fill',
	'fill-opacity',
	'stroke',
	'stroke-width',
	'stroke-dasharray',
	'stroke-opacity',
	'opacity',
	'font-size',
	'font-weight',
	'text-anchor',
	'dominant-baseline',
	'visibility'
];

export const exportFontStack = "'Segoe UI', 'Helvetica Neue', Arial, 'Liberation Sans', 'DejaVu Sans', sans-serif";

export interface SvgCaption {
	title: string;
	/** How to read the chart (wrapped to its width). */
	note?: string;
	/** The filters. */
	subtitle?: string;
	/** Bottom lines: source, licence, date, link. */
	footer: string[];
}

/**
 * Remove everything that could run or reach out: scripts, handlers, foreign objects, embedded
 * documents and images, animation (it can rewrite a link), style sheets (@import), external
 * url(…) references, and links other than http(s) on <a>.
 */
export function sanitizeSvg(root: Element): void {
	const banned =
		'script, foreignObject, iframe, object, embed, use, image, feImage, style, set, animate, animateMotion, animateTransform, animateColor, discard';
	for (const el of [...root.querySelectorAll(banned)]) el.remove();
	for (const el of [root, ...root.querySelectorAll('*')]) {
		for (const attr of [...el.attributes]) {
			const name = attr.name.toLowerCase();
			const value = attr.value.trim().toLowerCase();
			const isLink = name === 'href' || name === 'xlink:href';
			if (name.startsWith('on')) el.removeAttribute(attr.name);
			else if (isLink && !(el.tagName.toLowerCase() === 'a' && /^https?:/.test(value)) && !value.startsWith('#')) el.removeAttribute(attr.name);
			else if (/url\(\s*['"]?(?!#)/.test(value) || /expression|javascript:/.test(value)) el.removeAttribute(attr.name);
		}
	}
}

/**
 * Serialise a chart's <svg> (as rendered in the page) into a standalone SVG document.
 * `computed` reads the browser's computed style; tests may pass a stub environment.
 */
export function chartToSvg(svg: SVGSVGElement, caption: SvgCaption, computed: (el: Element) => CSSStyleDeclaration = (el) => getComputedStyle(el)): string {
	const width = Number(svg.getAttribute('width')) || svg.viewBox.baseVal?.width || 720;
	const height = Number(svg.getAttribute('height')) || svg.viewBox.baseVal?.height || 400;
	const clone = svg.cloneNode(true) as SVGSVGElement;
	// Inline computed presentation styles, walking the original and the clone in step.
	const originals = [svg, ...svg.querySelectorAll('*')];
	const copies = [clone, ...clone.querySelectorAll('*')];
	originals.forEach((el, i) => {
		const style = computed(el);
		const copy = copies[i];
		for (const prop of carried) {
			const value = style.getPropertyValue(prop);
			if (value && value !== 'normal' && value !== 'auto') copy.setAttribute(prop, value);
		}
		copy.removeAttribute('class');
		copy.removeAttribute('style');
	});
	clone.removeAttribute('role');
	clone.removeAttribute('aria-label');
	sanitizeSvg(clone);

	const pad = 16;
	// At least 480 pixels of room, so that a chart drawn on a phone still has space for its title
	// and sources; every caption line wraps to it.
	const room = Math.max(width, 480);
	const title = wrapText(caption.title, room, 18, true);
	const heading = [...(caption.note ? wrapText(caption.note, room, 12) : []), ...(caption.subtitle ? wrapText(caption.subtitle, room, 12) : [])];
	const footer = caption.footer.flatMap((line) => wrapText(line, room, 11));
	const titleBottom = 26 + (title.length - 1) * 22;
	const titleHeight = titleBottom + 8 + heading.length * 16 + (heading.length ? 4 : 0);
	const footerHeight = footer.length * 15 + 10;
	const totalWidth = room + pad * 2;
	const totalHeight = titleHeight + height + footerHeight + pad;
	clone.setAttribute('x', String(pad));
	clone.setAttribute('y', String(titleHeight));
	clone.setAttribute('width', String(width));
	clone.setAttribute('height', String(height));
	clone.setAttribute('overflow', 'visible');
	const body = new XMLSerializer().serializeToString(clone);
	const text = (lines: string[], y: (i: number) => number, attributes: string) =>
		lines.map((line, i) => `<text x="${pad}" y="${y(i)}" ${attributes}>${xmlText(line)}</text>`).join('');
	return [
		`<?xml version="1.0" encoding="UTF-8"?>`,
		`<svg xmlns="http://www.w3.org/2000/svg" width="${totalWidth}" height="${totalHeight}" viewBox="0 0 ${totalWidth} ${totalHeight}" font-family="${xmlAttribute(exportFontStack)}">`,
		`<title>${xmlText(caption.title)}</title>`,
		`<rect width="100%" height="100%" fill="#ffffff"/>`,
		text(title, (i) => 26 + i * 22, 'font-size="18" font-weight="700" fill="#1b2433"'),
		text(heading, (i) => titleBottom + 20 + i * 16, 'font-size="12" fill="#5a6576"'),
		body,
		text(footer, (i) => titleHeight + height + 18 + i * 15, 'font-size="11" fill="#5a6576"'),
		`</svg>`
	].join('\n');
}
