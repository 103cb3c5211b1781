/**
 * A Svelte action that shortens an SVG label to a width, with an ellipsis. SVG text neither wraps
 * nor clips itself, and some goals' short titles are long in some languages (French goal 13's
 * "Mesures relatives à la lutte contre les changements climatiques" ran into its bar). The
 * browser measures the text in the page's own font, and a shortened label keeps its whole text
 * in a <title>. The server's drawing keeps it whole: it cannot measure.
 */
const svg = 'http://www.w3.org/2000/svg';

export function fitWidth(node: SVGTextElement, max: number) {
	// The label's own text node, which Svelte wrote: shortened in place, so no other child moves.
	const text = [...node.childNodes].find((n): n is Text => n.nodeType === Node.TEXT_NODE);
	const full = text?.data ?? '';
	let title: SVGTitleElement | null = null;
	const fit = () => {
		// jsdom (component tests) has no text layout.
		if (!text || typeof node.getComputedTextLength !== 'function') return;
		text.data = full;
		title?.remove();
		if (node.getComputedTextLength() <= max) return;
		const cut = (n: number) => `${full.slice(0, n).trimEnd()}…`;
		let [lo, hi] = [0, full.length - 1];
		while (lo < hi) {
			const mid = (lo + hi + 1) >> 1;
			text.data = cut(mid);
			if (node.getComputedTextLength() <= max) lo = mid;
			else hi = mid - 1;
		}
		text.data = cut(lo);
		title ??= document.createElementNS(svg, 'title');
		title.textContent = full;
		node.append(title);
	};
	fit();
	return {
		update(next: number) {
			max = next;
			fit();
		}
	};
}
