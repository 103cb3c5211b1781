// @vitest-environment jsdom
/** The chart kit: legend layout, the status a frame shows and says, through a real chart. */
import { render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { textWidth } from '../../format/text-width';
import type { GoalProjectsRow } from '../../domain/goals';
import GoalBars from '../goal-bars/GoalBars.svelte';
import { size, swatch } from './ink';
import { colourScaleLayout, legendLayout } from './legend-layout';
import { chartStatus, frameStatus } from './status';
import { tipSide } from './tip-side';

const labels = ['Direct', 'Indirect', 'Potential', 'No contribution yet', 'Tier II', 'Mixed tiers'].map((label) => ({ label }));
const entryWidth = (label: string) => swatch + 6 + textWidth(label, size.legend);

describe('legendLayout', () => {
	it('keeps entries in one line when they fit, after the title', () => {
		const layout = legendLayout(labels.slice(0, 3), 800, 'Strongest link');
		expect(layout.entries.map((e) => e.y)).toEqual([0, 0, 0]);
		expect(layout.entries[0].x).toBeGreaterThan(textWidth('Strongest link', size.legend, true));
		expect(layout.height).toBe(20);
	});

	it('wraps to the width without overlapping entries', () => {
		const layout = legendLayout(labels, 300, 'Strongest link');
		expect(layout.height).toBeGreaterThan(20);
		for (const [i, e] of layout.entries.entries()) {
			expect(e.x + entryWidth(e.item.label)).toBeLessThanOrEqual(300);
			const next = layout.entries[i + 1];
			if (next?.y === e.y) expect(next.x).toBeGreaterThan(e.x + entryWidth(e.item.label));
		}
	});

	it('lays a colour scale out as touching boxes within the width', () => {
		const classes = ['0', '1', '2', '3–4', '5–9', '10+'].map((label) => ({ label, colour: '#000000' }));
		const wide = colourScaleLayout('Projects per country', classes, 600);
		expect(wide.boxes.map((b) => b.x)).toEqual(wide.boxes.map((_, i) => i * wide.boxes[0].width));
		const narrow = colourScaleLayout('Projects per country', classes, 120);
		expect(narrow.boxes.at(-1)!.x + narrow.boxes.at(-1)!.width).toBeLessThanOrEqual(120);
	});
});

describe('chart status', () => {
	it('follows the page data: loading only while the first figures do not answer the filters', () => {
		expect(chartStatus({ status: 'initial' })).toBe('ready');
		expect(chartStatus({ status: 'initial' }, true)).toBe('loading');
		expect(chartStatus({ status: 'updating' }, true)).toBe('updating');
		expect(chartStatus({ status: 'live' }, true)).toBe('ready');
		expect(chartStatus({ status: 'error' })).toBe('error');
		expect(frameStatus('ready', true)).toBe('empty');
		expect(frameStatus('updating', true)).toBe('updating');
	});

	const rows: GoalProjectsRow[] = [
		{
			goal: 15,
			title: 'Life on land',
			short_title: 'Life on land',
			colour: '#56C02B',
			direct: 2,
			indirect: 1,
			potential: 0,
			'scored-2': 0,
			'scored-1': 0,
			projects: 3
		}
	];
	const exportButton = () => screen.queryByRole('button', { name: 'SVG (for reports)', hidden: true });

	it.each([
		['loading', rows, {}, 'Loading the figures for these filters…', false],
		['updating', rows, {}, 'Updating…', false],
		['error', rows, { error: 'Out of memory' }, 'Could not update this chart: Out of memory. The figures shown may not match the filters.', false],
		['ready', rows.map((r) => ({ ...r, direct: 0, indirect: 0, projects: 0 })), {}, 'No project matches these filters.', true]
	] as const)('%s: says so in words, keeps the drawing, and offers drawing exports only for current figures', (status, data, extra, words, exportable) => {
		const { container } = render(GoalBars, { rows: [...data], status, ...extra });
		const figure = container.querySelector('figure')!;
		expect(figure.dataset.chartStatus).toBe(status === 'ready' ? 'empty' : status);
		expect(figure.querySelector('[data-chart-status-message]')?.textContent?.trim()).toBe(words);
		expect(screen.getByRole('img')).toBeInTheDocument();
		expect(exportButton() !== null).toBe(exportable);
	});

	it('ready: no words, and every export', () => {
		const { container } = render(GoalBars, { rows, status: 'ready' });
		expect(container.querySelector('figure')!.dataset.chartStatus).toBe('ready');
		expect(container.querySelector('[data-chart-status-message]')).toBeNull();
		expect(exportButton()).not.toBeNull();
		expect(screen.getByRole('button', { name: 'Add to report', hidden: true })).toBeInTheDocument();
	});
});

describe('tipSide', () => {
	it('puts the tooltip after a mark in the left half and before one in the right half, with the room to that edge', () => {
		expect(tipSide(100, 800, 120, 90)).toEqual({ left: '120px', right: null, room: 680 });
		expect(tipSide(600, 800, 620, 590)).toEqual({ left: null, right: '210px', room: 590 });
	});
});
