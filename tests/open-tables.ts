/** Open every table alternative in a rendered component (their tables render only while open). */
import { fireEvent } from '@testing-library/svelte';
import { tick } from 'svelte';

export async function openTables(container: HTMLElement) {
	for (const details of container.querySelectorAll('details')) {
		details.open = true;
		await fireEvent(details, new Event('toggle'));
	}
	await tick();
}
