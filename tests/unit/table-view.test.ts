/** The table pages' own URL parameters: read value by value (a bad one named and ignored), written canonically. */
import { problemNote } from '../../src/lib/format/filter-labels';
import { describe, expect, it } from 'vitest';
import { parseFilters } from '../../src/lib/domain/filters';
import { consoleView, indicatorTableView, projectListView } from '../../src/lib/domain/table-views';
import { nextSort, parseParams, serializeParams, writeParams } from '../../src/lib/domain/url-params';

const parse = <S extends Parameters<typeof parseParams>[0]>(spec: S, query: string) => parseParams(spec, new URLSearchParams(query));

describe('table views in the URL', () => {
	it('reads an address without parameters as the default view', () => {
		expect(parse(indicatorTableView, '')).toEqual({
			values: { level: 'indicator', pivot: null, q: '', sort: 'code', desc: false, only: false },
			problems: []
		});
		expect(parse(projectListView, '').values).toEqual({ q: '', sort: 'name', desc: false, page: 1, all: false });
		expect(parse(consoleView, '').values).toEqual({ q: '', page: 1 });
	});

	it('reads every parameter of the indicator tables, and leaves the filters to the filters', () => {
		const query = 'goal=15&level=target&pivot=year&q=Water%20quality&sort=2019&desc=1&only=1';
		const { values, problems } = parse(indicatorTableView, query);
		expect(problems).toEqual([]);
		expect(values).toEqual({ level: 'target', pivot: 'year', q: 'Water quality', sort: '2019', desc: true, only: true });
		expect(parseFilters(new URLSearchParams(query)).filters.goals).toEqual([15]);
		expect(parse(indicatorTableView, 'sort=Africa').values.sort).toBe('Africa');
		expect(parse(indicatorTableView, 'sort=first_year').values.sort).toBe('first_year');
	});

	it('names each parameter it cannot use and applies the rest', () => {
		const { values, problems } = parse(indicatorTableView, 'level=country&pivot=continent&sort=DROP%20TABLE&desc=yes&q=bird');
		expect(values).toEqual({ level: 'indicator', pivot: null, q: 'bird', sort: 'code', desc: false, only: false });
		// The note in English, for logs; the page says it from `expects`, in English word for word.
		for (const p of problems) expect(problemNote(p)).toBe(p.note);
		expect(problems.map(({ param, value, note }) => ({ param, value, note }))).toEqual([
			{ param: 'level', value: 'country', note: 'expected one of: indicator, target, goal' },
			{ param: 'pivot', value: 'continent', note: 'expected one of: region, year, strength' },
			{ param: 'sort', value: 'DROP TABLE', note: 'expected a column of the table, such as projects or first_year' },
			{ param: 'desc', value: 'yes', note: 'expected 1 (on) or 0 (off)' }
		]);
		for (const page of ['0', '-2', 'two', '1.5', '']) {
			const read = parse(projectListView, `page=${page}&sort=goals`);
			expect(read.values.page, page).toBe(1);
			expect(read.values.sort).toBe('goals');
			expect(read.problems, page).toEqual([{ param: 'page', value: page, note: 'expected a page number such as 2', expects: { id: 'page' } }]);
		}
		expect(parse(projectListView, 'sort=budget').problems).toEqual([
			{
				param: 'sort',
				value: 'budget',
				note: 'expected one of: name, start_year, goals, countries',
				expects: { id: 'one-of', options: 'name, start_year, goals, countries' }
			}
		]);
	});

	it('cuts a search at its length, and reads desc=0 as ascending', () => {
		expect(parse(projectListView, `q=${'a'.repeat(500)}`).values.q).toHaveLength(200);
		expect(parse(projectListView, 'desc=0')).toEqual({ values: { q: '', sort: 'name', desc: false, page: 1, all: false }, problems: [] });
		expect(parse(projectListView, 'all=1').values.all).toBe(true);
	});

	it('writes one canonical address per view, defaults left out, and reads it back', () => {
		const view = { level: 'goal', pivot: 'region', q: 'sea & shore', sort: 'projects', desc: true, only: false } as const;
		const query = serializeParams(indicatorTableView, view);
		expect(query).toBe('level=goal&pivot=region&q=sea+%26+shore&sort=projects&desc=1');
		expect(parse(indicatorTableView, query)).toEqual({ values: view, problems: [] });
		expect(serializeParams(projectListView, parse(projectListView, 'page=1&desc=0&sort=name').values)).toBe('');
		expect(serializeParams(consoleView, { q: 'SELECT 1', page: 3 })).toBe('q=SELECT+1&page=3');
	});

	it('changes only the parameters it is given, keeping the filters and the rest of the view', () => {
		const params = new URLSearchParams('goal=15&country=KEN&q=birds&page=4&utm=x');
		writeParams(projectListView, { sort: 'countries', desc: true, page: 1 }, params);
		expect(params.toString()).toBe('goal=15&country=KEN&q=birds&utm=x&sort=countries&desc=1');
		writeParams(projectListView, { q: '' }, params);
		expect(params.has('q')).toBe(false);
	});

	it('flips the direction on a second click of a column, and starts another in its natural direction', () => {
		expect(nextSort({ sort: 'code', desc: false }, 'code', false)).toEqual({ sort: 'code', desc: true });
		expect(nextSort({ sort: 'code', desc: true }, 'projects', true)).toEqual({ sort: 'projects', desc: true });
		expect(nextSort({ sort: 'projects', desc: true }, 'title', false)).toEqual({ sort: 'title', desc: false });
	});
});
