// @vitest-environment jsdom
import { render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import HeadlineFigures from '../../src/lib/components/HeadlineFigures.svelte';
import DatabaseStatus from '../../src/lib/components/DatabaseStatus.svelte';
import type { Overview } from '../../src/lib/domain/overview';
import { emptyFilters } from '../../src/lib/domain/filters';
import type { DatabaseState } from '../../src/lib/state/database.svelte';
import { loadCatalogue, setLocale } from '../../src/lib/i18n/i18n';

const overview: Overview = {
	projects: 1234,
	unlinked: 0,
	countries: { countries: 57, globalProjects: 1 },
	goals: { reached: 14, total: 17, direct: 2, indirect: 7, potential: 5, 'scored-2': 0, 'scored-1': 0 },
	indicators: { total: 231, linked: 19, direct: 6, indirect: 8, potential: 5 },
	perGoal: [],
	perCountry: [],
	perRegion: [],
	unplacedGlobal: 1,
	perYear: { rows: [], undated: 0 },
	allProjects: null
};

const text = (container: HTMLElement, name: string) => container.querySelector(`[data-figure="${name}"]`)?.textContent?.replace(/\s+/g, ' ').trim();

describe('<HeadlineFigures>', () => {
	it('shows each figure with its context', () => {
		const { container } = render(HeadlineFigures, { overview });
		expect(text(container, 'projects')).toBe('1,234');
		expect(text(container, 'countries')).toBe('57');
		expect(text(container, 'goals')).toBe('9 of 17');
		expect(text(container, 'indicators')).toBe('14 of 231 · 6.1%');
		expect(screen.getByText('named by projects, plus 1 global-scale project')).toBeInTheDocument();
		expect(screen.getByText('6 direct, 8 indirect; projects could feed 5 more')).toBeInTheDocument();
		expect(screen.getByText('2 direct, 7 indirect; projects could reach 5 more')).toBeInTheDocument();
	});

	it('names the projects no figure counts, and links to the directory that lists them under the same project filters', () => {
		const { container } = render(HeadlineFigures, {
			overview: { ...overview, unlinked: 3 },
			filters: { ...emptyFilters, countries: ['IRL'], from: 2010, goals: [15] }
		});
		expect(container.querySelector('.figure')?.textContent?.replace(/\s+/g, ' ')).toContain('3 more list no link, so no SDG figure counts them');
		expect(screen.getByText('named by projects with an SDG link, plus 1 global-scale project')).toBeInTheDocument();
		// The goal filter stays behind: a project without a link cannot match it.
		expect(screen.getByRole('link', { name: 'the directory lists them' })).toHaveAttribute('href', '/projects?country=IRL&from=2010&all=1');
	});

	it('says it in the page’s language: plurals by its rules, the link inside the sentence where the translation puts it', async () => {
		await loadCatalogue('fr');
		setLocale('fr');
		try {
			const { container } = render(HeadlineFigures, {
				overview: { ...overview, projects: 12345, unlinked: 1 },
				filters: { ...emptyFilters, countries: ['IRL'] }
			});
			expect(text(container, 'projects')).toBe('12 345'); // a narrow no-break space, which text() reads as a space
			expect(text(container, 'goals')).toBe('9 sur 17');
			const note = container.querySelector('.figure .note')?.textContent?.replace(/\s+/g, ' ');
			expect(note).toContain("1 autre n'a aucun lien, aucun chiffre des ODD ne le compte (le répertoire les liste)");
			expect(screen.getByRole('link', { name: 'le répertoire les liste' })).toHaveAttribute('href', '/fr/projects?country=IRL&all=1');
			expect(screen.getByText('cités par les projets ayant un lien aux ODD, plus 1 projet d’échelle mondiale'.replace('’', "'"))).toBeInTheDocument();
		} finally {
			setLocale('en');
		}
	});

	it('counts the countries of every project when the map places them all, and only then', () => {
		const allProjects = { projects: 1240, countries: { countries: 60, globalProjects: 2 }, perCountry: [], perRegion: [], unplacedGlobal: 2 };
		const shown = render(HeadlineFigures, { overview: { ...overview, unlinked: 6, allProjects }, allProjects: true });
		expect(text(shown.container, 'countries')).toBe('60');
		expect(screen.getByText('named by all 1,240 projects, with an SDG link or not, plus 2 global-scale projects')).toBeInTheDocument();
		// The projects figure still counts linked projects only.
		expect(text(shown.container, 'projects')).toBe('1,234');
		shown.unmount();
		const linked = render(HeadlineFigures, { overview: { ...overview, unlinked: 6, allProjects } });
		expect(text(linked.container, 'countries')).toBe('57');
	});

	// Every combination of present and absent strengths, with counts whose sums are all distinct
	// from the parts: a figure that mixed today with potential would print a sum seen nowhere else.
	const combos = [0, 1].flatMap((d) => [0, 1].flatMap((i) => [0, 1].map((p) => ({ direct: d * 2, indirect: i * 5, potential: p * 13 }))));
	it.each(combos)('never prints a figure that mixes evidence levels: %o', (c) => {
		const o: Overview = {
			...overview,
			goals: { reached: c.direct + c.indirect + c.potential, total: 231, ...c, 'scored-2': 0, 'scored-1': 0 },
			indicators: { total: 231, linked: c.direct + c.indirect + c.potential, ...c }
		};
		const { container } = render(HeadlineFigures, { overview: o });
		const today = c.direct + c.indirect;
		expect(text(container, 'indicators')?.split(' ')[0]).toBe(String(today));
		expect(text(container, 'goals')?.split(' ')[0]).toBe(String(today));
		const numbers = (container.textContent ?? '').match(/\d[\d,]*/g)!.map((n) => Number(n.replace(/,/g, '')));
		const mixed = [c.direct + c.potential, c.indirect + c.potential, c.direct + c.indirect + c.potential].filter(
			(n) => n !== c.direct && n !== c.indirect && n !== c.potential && n !== today
		);
		for (const n of mixed) expect(numbers, `a mixed count ${n}`).not.toContain(n);
		expect(numbers).toContain(c.potential);
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
