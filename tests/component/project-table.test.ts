// @vitest-environment jsdom
/**
 * A list of projects' goals: those matching the filters in their colours, and under a link filter the
 * others a project reaches in grey, named as such for screen readers and explained above the rows.
 * On a goal page every project reaches that goal; a column of "15"s alone said nothing else.
 */
import { render } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import ProjectTable from '../../src/lib/components/ProjectTable.svelte';
import type { ProjectRow } from '../../src/lib/domain/projects';
import { t } from '../../src/lib/i18n/i18n';

const row = (id: string, goals: number[], other_goals: number[]): ProjectRow => ({
	project_id: id,
	name: `Project ${id}`,
	url: null,
	organisation: null,
	start_year: 2015,
	end_year: null,
	status: 'active',
	geographic_scale: 'national',
	goals,
	other_goals,
	countries: 1
});

const badges = (cell: Element) => [...cell.querySelectorAll('.badge')].map((b) => ({ goal: b.textContent, muted: b.classList.contains('muted') }));

describe('<ProjectTable> goals', () => {
	it('draws the goals outside the filters apart, in grey, and says what grey means', () => {
		const { container } = render(ProjectTable, { rows: [row('a', [15], [3, 14]), row('b', [15], [])], caption: 'Goal 15' });
		const cells = [...container.querySelectorAll('tbody .goals')];
		expect(badges(cells[0])).toEqual([
			{ goal: '15', muted: false },
			{ goal: '3', muted: true },
			{ goal: '14', muted: true }
		]);
		expect(badges(cells[1])).toEqual([{ goal: '15', muted: false }]);
		// Read aloud: "15; other goals, outside the filters: 3 14".
		expect(cells[0].textContent).toContain(`15${t('projects.otherGoalsPrefix')}314`);
		const muted = cells[0].querySelector('.muted') as HTMLElement;
		expect(muted.style.background).toBe('');
		expect(container.querySelector('[data-key="other-goals"]')?.textContent).toBe(t('projects.otherGoalsKey'));
	});

	it('says nothing of other goals when no row has any', () => {
		const { container } = render(ProjectTable, { rows: [row('a', [3, 15], []), row('b', [], [])], caption: 'All' });
		expect(container.querySelector('.muted')).toBeNull();
		expect(container.querySelector('[data-key="other-goals"]')).toBeNull();
		expect(container.textContent).not.toContain(t('projects.otherGoalsPrefix'));
		expect(container.textContent).toContain(t('projects.noLink'));
	});
});
