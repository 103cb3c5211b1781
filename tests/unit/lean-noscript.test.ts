import { describe, expect, it } from 'vitest';
import { leanNoscript } from '../../src/lib/server/lean-noscript';

// As Svelte's server renderer writes a closed table alternative (components/TableAlternative.svelte).
const table = (cells: string) =>
	`<details class="table-alt"><summary>Show the data table</summary><!--[-1--><noscript><!--[-1--><div class="wrap svelte-16k18c8"><table class="data svelte-16k18c8"><tbody><!--[-->${cells}<!--]--></tbody></table></div><!--]--></noscript><!--]--></details>`;
const cell = (v: string) => `<!--[-1--><td class="svelte-16k18c8 numeric"><!--[-1-->${v}<!--]--><!----></td><!--]-->`;

describe('the hydration markers inside <noscript>', () => {
	it('are dropped, and the markup and text around them kept', () => {
		const html = table(cell('12') + cell('&lt;!-- not a comment --&gt;'));
		const lean = leanNoscript(html);
		const inner = /<noscript>([\s\S]*)<\/noscript>/.exec(lean)![1];
		expect(inner).not.toContain('<!--');
		expect(inner).toBe(
			'<div class="wrap svelte-16k18c8"><table class="data svelte-16k18c8"><tbody><td class="svelte-16k18c8 numeric">12</td><td class="svelte-16k18c8 numeric">&lt;!-- not a comment --&gt;</td></tbody></table></div>'
		);
		expect(lean.length).toBeLessThan(html.length);
	});

	it('stay outside <noscript>, where hydration reads them', () => {
		const lean = leanNoscript(`<main><!--[--><p>1</p><!--]-->${table(cell('3'))}<!--[--><p>2</p><!--]--></main>`);
		expect(lean.startsWith('<main><!--[--><p>1</p><!--]--><details class="table-alt"><summary>Show the data table</summary><!--[-1--><noscript><div')).toBe(
			true
		);
		expect(lean.endsWith('</noscript><!--]--></details><!--[--><p>2</p><!--]--></main>')).toBe(true);
	});

	it('are dropped from every <noscript> on the page, each on its own', () => {
		const lean = leanNoscript(table(cell('1')) + '<p><!---->between</p>' + table(cell('2')));
		expect(lean.match(/<noscript>/g)).toHaveLength(2);
		expect(lean).toContain('<p><!---->between</p>');
		for (const m of lean.matchAll(/<noscript>([\s\S]*?)<\/noscript>/g)) expect(m[1]).not.toContain('<!--');
	});

	it('leave a page without <noscript> as it was', () => {
		const html = '<main><!--[--><p>No tables here</p><!--]--></main>';
		expect(leanNoscript(html)).toBe(html);
	});
});
