// @vitest-environment jsdom
import { render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import HeadlineFigures from '../../src/lib/components/HeadlineFigures.svelte';
import DatabaseStatus from '../../src/lib/components/DatabaseStatus.svelte';
import type { Overview } from '../../src/lib/domain/overview';
import type { DatabaseState } from '../../src/lib/state/database.svelte';

const overview: Overview = {
	projects: 1234,
	unlinked: 0,
	countries: { countries: 57, globalProjects: 1 },
	goals: { reached: 14, total: 17 },
	indicators: { total: 231, linked: 19, direct: 6, indirect: 8, potential: 5 },
	perGoal: [],
	perCountry: [],
	perRegion: [],
	perYear: { rows: [], undated: 0 }
};

describe('<HeadlineFigures>', () => {
	it('shows each figure with its context', () => {
		const { container } = render(HeadlineFigures, { overview });
		const figure = (name: string) => container.querySelector(`[data-figure="${name}"]`)?.textContent?.replace(/\s+/g, ' ').trim();
		expect(figure('projects')).toBe('1,234');
		expect(figure('countries')).toBe('57');
		expect(figure('goals')).toBe('14 of 17');
		expect(figure('indicators')).toBe('19 of 231 · 8.2%');
		expect(screen.getByText('named by projects, plus 1 global-scale project')).toBeInTheDocument();
		expect(screen.getByText('with a citizen-science contribution: 6 direct, 8 indirect, 5 potential only')).toBeInTheDocument();
	});
});

describe('<DatabaseStatus>', () => {
	const state = (s: Partial<DatabaseState>) => ({ status: 'idle', error: null, readyMs: null, ...s }) as DatabaseState;

	it('says the database is starting, and claims nothing about the figures (each region says whether it is counted)', () => {
		render(DatabaseStatus, { database: state({ status: 'starting' }) });
		expect(screen.getByRole('status')).toHaveTextContent(/^Starting the in-browser database…$/);
	});

	it('says when the database is live, and how long it took', () => {
		render(DatabaseStatus, { database: state({ status: 'ready', readyMs: 2345 }) });
		expect(screen.getByRole('status')).toHaveTextContent('in-browser DuckDB ready in 2.3 s');
	});

	it('reports a failure, and that what it would count is not shown', () => {
		render(DatabaseStatus, { database: state({ status: 'error', error: 'HTTP 404' }) });
		expect(screen.getByRole('status')).toHaveTextContent('could not start (HTTP 404). Figures it would count are not shown.');
	});
});
