// @vitest-environment jsdom
/**
 * A goal's targets table: one group per target, a target's own row only when some project is
 * linked to the target as a whole (or the target has no indicator), and the line that says how many
 * of the goal's projects are in no row (linked to the goal only as a whole, as every JRC study score is).
 */
import { render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import GoalTargetsTable from '../../src/lib/components/GoalTargetsTable.svelte';
import type { GoalIndicatorRow } from '../../src/lib/domain/goals';
import { t } from '../../src/lib/i18n/i18n';

const row = (target: string, indicator: string | null, patch: Partial<GoalIndicatorRow> = {}): GoalIndicatorRow => ({
	target,
	target_title: `Target ${target}`,
	indicator,
	indicator_title: indicator ? `Indicator ${indicator}` : null,
	tier: indicator ? 'Tier I' : null,
	repeat_of: null,
	direct: 0,
	indirect: 0,
	potential: 0,
	projects: 0,
	...patch
});

const rows = [
	row('15.1', null),
	row('15.1', '15.1.1', { direct: 2, projects: 2 }),
	row('15.5', null, { potential: 3, projects: 3 }),
	row('15.5', '15.5.1', { indirect: 1, projects: 1 }),
	row('15.c', null)
];

describe('<GoalTargetsTable>', () => {
	it('shows a target’s own row only when projects are linked to it, or when it has no indicator', () => {
		const { container } = render(GoalTargetsTable, { rows, colour: '#56C02B', goalLevelOnly: 0 });
		const heads = [...container.querySelectorAll('tbody th[scope="row"]')].map((th) => th.textContent?.trim());
		expect(heads).toEqual(['15.1.1', '15.5', '15.5.1', '15.c']);
		expect(screen.getByText(t('goalTargets.targetAsWhole'))).toBeInTheDocument();
		expect(screen.getByText(t('goalTargets.noIndicator'))).toBeInTheDocument();
	});

	it('says how many of the goal’s projects are linked to it only as a whole: counted above, in no row', () => {
		const { container } = render(GoalTargetsTable, { rows, colour: '#56C02B', goalLevelOnly: 1234 });
		const note = container.querySelector('.table-note');
		expect(note?.textContent).toBe(t('goalTargets.goalLevel', { count: '1,234', n: 1234 }));
		expect(note?.textContent).toMatch(/^1,234 of the goal’s projects are linked to it only as a whole.* Every JRC study score is such a link\.$/);
	});

	it('says it in the singular for one project, and not at all when every project has a row', () => {
		const one = render(GoalTargetsTable, { rows, colour: '#56C02B', goalLevelOnly: 1 });
		expect(one.container.querySelector('.table-note')?.textContent).toMatch(/^1 of the goal’s projects is linked to it only as a whole.*: it counts/);
		one.unmount();
		const none = render(GoalTargetsTable, { rows, colour: '#56C02B', goalLevelOnly: 0 });
		expect(none.container.querySelector('.table-note')).toBeNull();
	});
});
