// @vitest-environment jsdom
import { render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import type { IndicatorStatusRow } from '../../domain/indicators';
import CoverageMatrix from './CoverageMatrix.svelte';
import { coverageByGoal, coverageCounts, describeCoverage, tierClass } from './shape';

const r = (indicator: string, strength: IndicatorStatusRow['strength'], tier = 'Tier I', projects = strength ? 1 : 0): IndicatorStatusRow => {
	const [g, t] = indicator.split('.');
	return { indicator, target: `${g}.${t}`, goal: Number(g), title: `Title of ${indicator}`, tier, repeat_of: null, strength, projects };
};
const rows = [r('6.3.1', null), r('6.3.2', 'direct', 'Tier II', 3), r('6.6.1', 'potential'), r('14.1.1', 'indirect', 'Tier I (a)/Tier II (b)', 2)];

describe('coverage shaping', () => {
	it('groups indicators by goal and target, counting those with a link', () => {
		const goals = coverageByGoal(rows);
		expect(goals.map((g) => [g.goal, g.targets.map((t) => t.target), g.used, g.potential, g.total])).toEqual([
			[6, ['6.3', '6.6'], 1, 1, 3],
			[14, ['14.1'], 1, 0, 1]
		]);
	});

	it('counts by strongest link, and describes the whole', () => {
		const c = coverageCounts(rows);
		expect(c).toEqual({ total: 4, direct: 1, indirect: 1, potential: 1, none: 1 });
		expect(describeCoverage(c)).toBe(
			'Matrix of all 4 SDG indicators by goal and target. Citizen-science data feed 2 of the 4 indicators today (1 direct, 1 indirect); projects could feed 1 more indicator. 1 have no link yet.'
		);
	});

	it('classes tiers', () => {
		expect([tierClass('Tier I'), tierClass('Tier II'), tierClass('Tier I/II depending on indice')]).toEqual(['tier-1', 'tier-2', 'tier-mixed']);
	});
});

describe('<CoverageMatrix>', () => {
	it('is a labelled image with a group of one link per indicator, each saying its tier and strength', () => {
		render(CoverageMatrix, { rows, query: 'country=KEN' });
		expect(screen.getByRole('img').getAttribute('aria-label')).toMatch(/^Matrix of all 4 SDG indicators.*feed 2 of the 4 indicators today/);
		expect(screen.getByRole('group', { name: /^Links to every indicator/ })).toBeInTheDocument();
		const cell = screen.getByRole('link', { name: '6.3.2, Tier II: direct, 3 projects' });
		expect(cell.getAttribute('href')).toMatch(/\/indicators\/6\.3\.2\?country=KEN$/);
		expect(cell.classList.contains('tier-2')).toBe(true);
		expect(screen.getByRole('link', { name: '6.3.1, Tier I: no contribution yet' })).toBeInTheDocument();
	});
});

describe('<CoverageMatrix> from the keyboard', () => {
	it('is one tab stop; arrow keys move between indicators and goals', async () => {
		const { fireEvent } = await import('@testing-library/svelte');
		render(CoverageMatrix, { rows });
		const cells = screen.getAllByRole('link').filter((a) => a.classList.contains('cell'));
		expect(cells.filter((c) => c.getAttribute('tabindex') === '0').map((c) => c.dataset.code)).toEqual(['6.3.1']);
		const matrix = screen.getByRole('group', { name: /^Links to every indicator/ });
		await fireEvent.keyDown(matrix, { key: 'ArrowRight' });
		expect(document.activeElement?.getAttribute('data-code')).toBe('6.3.2');
		await fireEvent.keyDown(matrix, { key: 'ArrowDown' });
		expect(document.activeElement?.getAttribute('data-code')).toBe('14.1.1');
		await fireEvent.keyDown(matrix, { key: 'ArrowUp' });
		expect(document.activeElement?.getAttribute('data-code')).toBe('6.3.1');
		await fireEvent.keyDown(matrix, { key: 'End' });
		expect(document.activeElement?.getAttribute('data-code')).toBe('6.6.1');
		expect(cells.filter((c) => c.getAttribute('tabindex') === '0').map((c) => c.dataset.code)).toEqual(['6.6.1']);
	});
});

describe('<CoverageMatrix> tooltip', () => {
	const tipText = () => document.querySelector('.tip')?.textContent?.replace(/\s+/g, ' ').trim() ?? null;

	it('names the square under the pointer or in focus, in one tooltip instead of a title on each square', async () => {
		const { fireEvent } = await import('@testing-library/svelte');
		render(CoverageMatrix, { rows });
		const cells = screen.getAllByRole('link').filter((a) => a.classList.contains('cell'));
		expect(cells.filter((c) => c.hasAttribute('title'))).toEqual([]);
		expect(tipText()).toBeNull();
		const cell = cells.find((c) => c.dataset.code === '6.3.2')!;
		await fireEvent.pointerOver(cell);
		expect(tipText()).toBe('6.3.2 (Tier II): direct, 3 projects. Title of 6.3.2');
		expect(document.querySelector('.tip')?.getAttribute('aria-hidden')).toBe('true');
		await fireEvent.pointerLeave(screen.getByRole('group', { name: /^Links to every indicator/ }));
		expect(tipText()).toBeNull();
		await fireEvent.focusIn(cells.find((c) => c.dataset.code === '6.3.1')!);
		expect(tipText()).toBe('6.3.1 (Tier I): no contribution yet. Title of 6.3.1');
		await fireEvent.focusOut(cells.find((c) => c.dataset.code === '6.3.1')!);
		expect(tipText()).toBeNull();
	});

	it('keeps naming the same indicator, with its new figures, when the rows change under the pointer', async () => {
		const { fireEvent } = await import('@testing-library/svelte');
		const { rerender } = render(CoverageMatrix, { rows });
		await fireEvent.pointerOver(screen.getByRole('link', { name: '14.1.1, Tier I (a)/Tier II (b): indirect, 2 projects' }));
		expect(tipText()).toBe('14.1.1 (Tier I (a)/Tier II (b)): indirect, 2 projects. Title of 14.1.1');
		// A filter change: another indicator comes before it, and its count changes.
		await rerender({ rows: [r('1.1.1', 'direct', 'Tier I', 5), ...rows.slice(0, 3), r('14.1.1', 'indirect', 'Tier I (a)/Tier II (b)', 7)] });
		expect(tipText()).toBe('14.1.1 (Tier I (a)/Tier II (b)): indirect, 7 projects. Title of 14.1.1');
		await rerender({ rows: rows.slice(0, 3) });
		expect(tipText()).toBeNull();
	});
});
