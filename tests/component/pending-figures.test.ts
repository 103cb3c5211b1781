// @vitest-environment jsdom
/**
 * <PendingFigures>: figures that do not answer the page yet are out of sight and out of the
 * accessibility tree, and the words say what is being counted (or why it could not be).
 */
import { render, screen } from '@testing-library/svelte';
import { createRawSnippet } from 'svelte';
import { describe, expect, it } from 'vitest';
import PendingFigures from '../../src/lib/components/PendingFigures.svelte';

const children = createRawSnippet(() => ({ render: () => '<p data-testid="figure">82 projects</p>' }));

describe('<PendingFigures>', () => {
	it('shows its figures when they answer the page, with no words', () => {
		const { container } = render(PendingFigures, { pending: false, pendingFor: 'Goal 15', name: 'lead', children });
		expect(container.querySelector('[data-figures="lead"]')!.getAttribute('data-pending')).toBe('false');
		expect(screen.getByTestId('figure').closest('[aria-hidden="true"]')).toBeNull();
		expect(container.textContent).not.toMatch(/Counting the figures for Goal/);
	});

	it('hides pending figures from sight, from the keyboard and from screen readers, and says what is counted', () => {
		const { container } = render(PendingFigures, { pending: true, pendingFor: 'Goal 15 Life on land', name: 'lead', children });
		const answer = screen.getByTestId('figure').parentElement!;
		expect(answer.getAttribute('aria-hidden')).toBe('true');
		// Svelte sets the inert property (which browsers reflect as the attribute; jsdom does not).
		expect(answer.hasAttribute('inert') || (answer as HTMLElement & { inert?: boolean }).inert === true).toBe(true);
		expect(container.querySelector('[data-figures="lead"]')!.getAttribute('data-pending')).toBe('true');
		expect(container.textContent).toContain('Counting the figures for Goal 15 Life on land…');
	});

	it('says why figures could not be counted, and keeps them hidden', () => {
		const { container } = render(PendingFigures, { pending: true, pendingFor: 'Direct links', name: 'goal', error: 'HTTP 404', children });
		expect(container.textContent).toContain('Could not count the figures for Direct links: HTTP 404');
		expect(screen.getByTestId('figure').parentElement!.getAttribute('aria-hidden')).toBe('true');
	});

	it('announces itself where no live note does (an embed)', () => {
		render(PendingFigures, { pending: true, pendingFor: 'all projects', name: 'embed', announce: true, children });
		expect(screen.getByRole('status')).toHaveTextContent('Counting the figures for all projects…');
	});
});
