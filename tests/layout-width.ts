/**
 * jsdom has no layout engine: every element is 0 pixels wide, and charts measure their container
 * (bind:clientWidth). This gives every element the width a browser window would, so a chart
 * renders as at that width. Returns a function that restores jsdom's own.
 */
export function setLayoutWidth(width: number): () => void {
	Object.defineProperty(HTMLElement.prototype, 'clientWidth', { configurable: true, get: () => width });
	return () => {
		delete (HTMLElement.prototype as { clientWidth?: number }).clientWidth;
	};
}
