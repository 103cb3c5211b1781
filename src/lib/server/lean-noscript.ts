/**
 * What a prerendered page carries inside <noscript> (the charts' data tables, for readers without
 * JavaScript) is never hydrated: with scripts on the parser keeps it as one text node. Svelte's
 * server output marks every block in it with comments for hydration all the same (`<!--[-->`,
 * `<!--]-->`, `<!---->`), which were 45% of those bytes (140 of the overview's 313 KB). Every
 * visitor's browser decodes and tokenises them before the page is live; without scripts they
 * render nothing. So the build drops them. Svelte escapes `<` in text and attribute values, so a
 * comment inside <noscript> is always one of its markers, never data.
 */
const noscriptBlock = /<noscript>([\s\S]*?)<\/noscript>/g;
const comment = /<!--[\s\S]*?-->/g;

export function leanNoscript(html: string): string {
	return html.replace(noscriptBlock, (_, inner: string) => `<noscript>${inner.replace(comment, '')}</noscript>`);
}
