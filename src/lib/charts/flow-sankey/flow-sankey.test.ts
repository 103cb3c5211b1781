// @vitest-environment jsdom
import { fireEvent, render, screen } from '@testing-library/svelte';
import { openTables } from '../../../../tests/open-tables';
import { setLayoutWidth } from '../../../../tests/layout-width';
import { describe, expect, it, onTestFinished } from 'vitest';
import type { FlowRow } from '../../domain/flows';
import FlowSankey from './FlowSankey.svelte';
import { describeFlows, flowGraph } from './shape';

const rows: FlowRow[] = [
	{ source: 'goal:14', target: 'indicator:14.1.1', projects: 2 },
	{ source: 'topic:marine-coastal', target: 'goal:14', projects: 3 },
	{ source: 'topic:birds', target: 'goal:15', projects: 5 }
];
const graph = () =>
	flowGraph(
		rows,
		(g) => `G${g}`,
		(t) => t.replace('-', ' ')
	);

describe('flow shaping', () => {
	it('makes topic, goal and indicator nodes in column and reading order, with their goal', () => {
		const { nodes, links } = graph();
		expect(nodes.map((n) => [n.id, n.kind, n.label, n.goal])).toEqual([
			['topic:birds', 'topic', 'birds', null],
			['topic:marine-coastal', 'topic', 'marine coastal', null],
			['goal:14', 'goal', 'G14', 14],
			['goal:15', 'goal', 'G15', 15],
			['indicator:14.1.1', 'indicator', '14.1.1', 14]
		]);
		expect(links).toHaveLength(3);
	});

	it('orders indicators officially: 8.2.1 before 8.10.1, numbered targets before lettered ones', () => {
		const indicators = ['8.a.1', '8.10.1', '8.2.1', '8.b.1'].map((code) => ({ source: 'goal:8', target: `indicator:${code}`, projects: 1 }));
		const { nodes } = flowGraph(indicators, String, String);
		expect(nodes.filter((n) => n.kind === 'indicator').map((n) => n.label)).toEqual(['8.2.1', '8.10.1', '8.a.1', '8.b.1']);
	});

	it('describes the largest flows', () => {
		const { nodes, links } = graph();
		expect(describeFlows(nodes, links)).toBe(
			'Flow diagram: 2 project topics feed 2 goals and, through them, 1 indicators. Largest flows: birds to goal G15 (5); marine coastal to goal G14 (3).'
		);
		expect(describeFlows([], [])).toContain('no flows');
	});
});

describe('<FlowSankey>', () => {
	it('draws a band per flow and lists the flows in a table', async () => {
		const { container } = render(FlowSankey, { rows });
		await openTables(container);
		expect(screen.getByRole('img').getAttribute('aria-label')).toMatch(/^Flow diagram/);
		expect(container.querySelectorAll('.links path')).toHaveLength(3);
		expect(screen.getAllByRole('row', { hidden: true })).toHaveLength(4);
	});

	it('names the band under the pointer in one tooltip, and hides it when the pointer leaves', async () => {
		const restore = setLayoutWidth(900);
		onTestFinished(restore);
		const { container } = render(FlowSankey, { rows });
		const svg = container.querySelector<SVGSVGElement>('svg[role="img"]')!;
		svg.getBoundingClientRect = () => ({ left: 100, top: 50, width: 900, height: 260 }) as DOMRect;
		const bands = [...container.querySelectorAll('.links path')];
		expect(container.querySelectorAll('.links title')).toHaveLength(0);
		const said: string[] = [];
		for (const band of bands) {
			await fireEvent(band, new MouseEvent('pointermove', { clientX: 300, clientY: 150, bubbles: true }));
			const tip = container.querySelector<HTMLElement>('.tip')!;
			expect(tip.getAttribute('aria-hidden')).toBe('true');
			// Beside the pointer, 200 px into the drawing and 100 px down.
			expect([tip.style.left, tip.style.top]).toEqual(['212px', '114px']);
			said.push(tip.textContent!.trim());
		}
		expect(said).toEqual([
			'14 Life below water → 14.1.1: 2 projects',
			'Marine, coastal → 14 Life below water: 3 projects',
			'Birds → 15 Life on land: 5 projects'
		]);
		await fireEvent(container.querySelector('.links')!, new MouseEvent('pointerleave'));
		expect(container.querySelector('.tip')).toBeNull();
	});

	it('keeps the tooltip on the same band when a filter change renumbers the bands, with its new count, and drops it when the band goes', async () => {
		const restore = setLayoutWidth(900);
		onTestFinished(restore);
		const { container, rerender } = render(FlowSankey, { rows });
		const svg = container.querySelector<SVGSVGElement>('svg[role="img"]')!;
		svg.getBoundingClientRect = () => ({ left: 0, top: 0, width: 900, height: 260 }) as DOMRect;
		const birds = [...container.querySelectorAll('.links path')][2];
		await fireEvent(birds, new MouseEvent('pointermove', { clientX: 300, clientY: 150, bubbles: true }));
		expect(container.querySelector('.tip')?.textContent?.trim()).toBe('Birds → 15 Life on land: 5 projects');
		// Another answer: a band before it, and the birds band with 4 projects.
		await rerender({ rows: [{ source: 'topic:agriculture', target: 'goal:2', projects: 6 }, ...rows.slice(0, 2), { ...rows[2], projects: 4 }] });
		expect(container.querySelector('.tip')?.textContent?.trim()).toBe('Birds → 15 Life on land: 4 projects');
		await rerender({ rows: rows.slice(0, 2) });
		expect(container.querySelector('.tip')).toBeNull();
	});

	it('shows an empty state with no flows', () => {
		render(FlowSankey, { rows: [] });
		expect(screen.getByText('No flows for the current filters.')).toBeInTheDocument();
	});
});
