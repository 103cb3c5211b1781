/**
 * A Svelte action for a drop-down menu on a native <details> (Menu.svelte, the header's language
 * menu): closed as any menu is, by Escape (the focus going back to its summary), by a click
 * elsewhere, or by the keyboard's focus moving out of it. The page listens only while it is open.
 * Closing sets `open`, so the details' toggle event tells a `bind:open` as it would a click.
 */
export function menuDismissal(details: HTMLDetailsElement) {
	const onKey = (event: KeyboardEvent) => {
		if (event.key !== 'Escape' || !details.open) return;
		details.open = false;
		details.querySelector('summary')?.focus();
	};
	const outside = (event: Event) => {
		if (details.open && !details.contains(event.target as Node)) details.open = false;
	};
	// Capture: a click that a chart or a table stops from bubbling still closes the menu.
	const listen = (on: boolean) => {
		const method = on ? 'addEventListener' : 'removeEventListener';
		document[method]('click', outside, true);
		document[method]('focusin', outside);
	};
	const onToggle = () => listen(details.open);
	details.addEventListener('keydown', onKey);
	details.addEventListener('toggle', onToggle);
	listen(details.open);
	return {
		destroy() {
			details.removeEventListener('keydown', onKey);
			details.removeEventListener('toggle', onToggle);
			listen(false);
		}
	};
}
