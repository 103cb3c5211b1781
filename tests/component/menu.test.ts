// @vitest-environment jsdom
import { render } from '@testing-library/svelte';
import { createRawSnippet } from 'svelte';
import { describe, expect, it } from 'vitest';
import Menu from '../../src/lib/components/Menu.svelte';

/** The details' toggle event, which jsdom fires as a task. */
const toggled = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('<Menu>', () => {
	it('closes as a menu does: Escape (back to its button), a click elsewhere, the focus moving on', async () => {
		const children = createRawSnippet(() => ({ render: () => '<li><button type="button">Download CSV</button></li>' }));
		const outside = document.body.appendChild(document.createElement('button'));
		const { container } = render(Menu, { label: 'Download', ariaLabel: 'Download the table', children });
		const menu = container.querySelector('details.menu') as HTMLDetailsElement;
		const summary = menu.querySelector('summary')!;
		const item = menu.querySelector('li button') as HTMLButtonElement;

		summary.click();
		await toggled();
		item.focus();
		item.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
		expect(menu.open).toBe(false);
		expect(document.activeElement).toBe(summary);

		summary.click();
		await toggled();
		item.click();
		expect(menu.open).toBe(true);
		outside.click();
		expect(menu.open).toBe(false);

		summary.click();
		await toggled();
		outside.focus();
		expect(menu.open).toBe(false);
		outside.remove();
	});
});
