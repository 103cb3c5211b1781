/**
 * Snapshot tests of chart drawings, in the manner of Observable Plot's: a chart's svg[role=img]
 * is serialised, cleaned so that only meaningful changes show (Svelte's scoping classes and
 * comments dropped, ids renumbered, numbers in attributes rounded to one decimal, attributes
 * sorted, one element a line) and compared with a committed file. A missing file is written;
 * UPDATE_SNAPSHOTS=1 rewrites them all. `npx tsx scripts/view-snapshots.ts` renders the files to
 * PNG in Chromium, to look at them before committing.
 */
import { DOMParser, type Element as XmlElement, type Node as XmlNode } from '@xmldom/xmldom';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { expect } from 'vitest';
import { xmlAttribute, xmlText } from '../src/lib/format/escape';

const round = (value: string) => {
	let out = '';
	let at = 0;
	for (const m of value.matchAll(/-?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?/gi)) {
		const r = Math.round(Number(m[0]) * 10) / 10;
		const text = String(Object.is(r, -0) ? 0 : r);
		const between = value.slice(at, m.index);
		// Numbers written back to back (".4.3" in compact path data) stay two numbers once rounded.
		out += between === '' && /[\d.]$/.test(out) && !text.startsWith('-') ? ',' : between;
		out += text;
		at = m.index + m[0].length;
	}
	return out + value.slice(at);
};

/** The cleaned text of a rendered chart drawing. */
export function cleanSvg(svg: SVGSVGElement): string {
	const text = new svg.ownerDocument.defaultView!.XMLSerializer().serializeToString(svg);
	const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
	const root = doc.documentElement!;
	const ids = new Map<string, string>();
	const walk = (el: XmlElement) => {
		const id = el.getAttribute('id');
		if (id) ids.set(id, `id${ids.size + 1}`);
		for (const child of Array.from(el.childNodes)) if (child.nodeType === 1) walk(child as XmlElement);
	};
	walk(root);
	const renumber = (value: string) => value.replace(/#([\w-]+)/g, (m, id: string) => (ids.has(id) ? `#${ids.get(id)}` : m));

	const attributes = (el: XmlElement) =>
		Array.from(el.attributes)
			.map((a): [string, string] => {
				if (a.name === 'id') return [a.name, ids.get(a.value)!];
				if (a.name === 'class')
					return [
						a.name,
						a.value
							.split(/\s+/)
							.filter((c) => c && !c.startsWith('svelte-'))
							.join(' ')
					];
				// Labels and titles are words, not geometry: their numbers stay as they are.
				if (a.name.startsWith('aria-') || a.name.startsWith('data-') || a.name.startsWith('xmlns')) return [a.name, a.value];
				if (/^#[0-9a-f]{3,8}$/i.test(a.value)) return [a.name, a.value.toLowerCase()];
				return [a.name, renumber(round(a.value))];
			})
			.filter(([name, value]) => !(name === 'class' && value === ''))
			.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
			.map(([name, value]) => ` ${name}="${xmlAttribute(value)}"`)
			.join('');

	const lines: string[] = [];
	const write = (el: XmlElement, depth: number) => {
		const pad = '  '.repeat(depth);
		const children = Array.from(el.childNodes).filter((n: XmlNode) => n.nodeType === 1 || (n.nodeType === 3 && n.nodeValue!.trim() !== ''));
		const open = `${pad}<${el.tagName}${attributes(el)}`;
		if (children.length === 0) lines.push(`${open}/>`);
		else if (children.every((n) => n.nodeType === 3)) lines.push(`${open}>${xmlText(el.textContent!.trim())}</${el.tagName}>`);
		else {
			lines.push(`${open}>`);
			for (const child of children) {
				if (child.nodeType === 1) write(child as XmlElement, depth + 1);
				else lines.push(`${pad}  ${xmlText(child.nodeValue!.trim())}`);
			}
			lines.push(`${pad}</${el.tagName}>`);
		}
	};
	write(root, 0);
	return lines.join('\n') + '\n';
}

/**
 * Compare a chart's drawing with its snapshot, `__snapshots__/<name>.svg` beside the test file
 * (written when missing or when UPDATE_SNAPSHOTS=1).
 */
export function expectSvgSnapshot(svg: SVGSVGElement | null, name: string) {
	expect(svg, 'the chart draws an svg[role=img]').not.toBeNull();
	const file = join(dirname(expect.getState().testPath!), '__snapshots__', `${name}.svg`);
	const actual = cleanSvg(svg!);
	if (process.env.UPDATE_SNAPSHOTS === '1' || !existsSync(file)) {
		mkdirSync(dirname(file), { recursive: true });
		writeFileSync(file, actual);
		console.warn(`wrote snapshot ${file}`);
		return;
	}
	expect(actual, `${file} (UPDATE_SNAPSHOTS=1 rewrites it; look at it before committing)`).toBe(readFileSync(file, 'utf8'));
}
