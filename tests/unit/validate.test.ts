/**
 * Validation of the data package: each malformed file gives one located error (file, row, column,
 * cell, what was expected). Cases start from a valid dataset (the official framework in data/ and
 * the `mini` fixture inventory) and break one thing.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataPackage } from '../../src/lib/data/package';
import { validateInventory } from '../../src/lib/data/validate-inventory';
import { describeError, validatePackage, type ValidationError } from '../../src/lib/data/validate-package';

const fixture = ['projects.csv', 'project_countries.csv', 'contributions.csv', 'link_regrades.csv', 'jrc_crosswalk.csv', 'project_networks.csv'];
function validFiles(): Record<string, string> {
	const files: Record<string, string> = {};
	for (const r of dataPackage.resources) {
		const dir = fixture.includes(r.path) ? 'tests/fixtures/mini' : 'data';
		files[r.path] = readFileSync(join(dir, r.path), 'utf8');
	}
	return files;
}
function validate(files: Record<string, string | undefined>): ValidationError[] {
	const { errors, parsed } = validatePackage(dataPackage, files);
	return errors.length ? errors : validateInventory(parsed);
}
/** Apply `edit` to one file of a valid dataset and return the errors. */
function errorsAfter(path: string, edit: (text: string) => string | undefined): ValidationError[] {
	const files: Record<string, string | undefined> = validFiles();
	files[path] = edit(files[path]!);
	return validate(files);
}

describe('validatePackage and validateInventory', () => {
	it('accept the valid starting point', () => {
		expect(validate(validFiles())).toEqual([]);
	});

	const cases: [string, string, (t: string) => string | undefined, Partial<ValidationError>][] = [
		['a missing file', 'projects.csv', () => undefined, { type: 'source-error', resource: 'projects.csv', note: 'the file is missing' }],
		['an empty file', 'contributions.csv', () => '', { type: 'source-error', resource: 'contributions.csv' }],
		['a missing column', 'projects.csv', (t) => t.replace(',status,', ',state,'), { type: 'missing-label', row: 1, field: 'status' }],
		[
			'a duplicated header',
			'project_countries.csv',
			(t) => t.replace('project_id,country', 'project_id,country,country').replace(/\n(\w+,\w+)/g, '\n$1,X'),
			{ type: 'duplicate-label', field: 'country' }
		],
		[
			'a non-numeric year',
			'projects.csv',
			(t) => t.replace(',2015,2018,', ',2015,about 2018,'),
			{ type: 'constraint-error', resource: 'projects.csv', row: 3, field: 'end_year', cell: 'about 2018', note: 'expected an integer' }
		],
		[
			'a year out of range',
			'projects.csv',
			(t) => t.replace(',2010,', ',210,'),
			{ type: 'constraint-error', row: 2, field: 'start_year', cell: '210', note: 'expected at least 1800' }
		],
		[
			'a web address whose host ends with a dot (refused by the reference Frictionless libraries)',
			'projects.csv',
			(t) => t.replace(',https://alpha.example.org,', ',https://alpha.example.org./,'),
			{ type: 'constraint-error', row: 2, field: 'url', cell: 'https://alpha.example.org./' }
		],
		[
			'a web address without its scheme',
			'projects.csv',
			(t) => t.replace(',https://alpha.example.org,', ',alpha.example.org,'),
			{
				type: 'constraint-error',
				row: 2,
				field: 'url',
				cell: 'alpha.example.org',
				note: 'expected an absolute http or https address whose host does not end with a dot'
			}
		],
		[
			'an unknown strength',
			'contributions.csv',
			(t) => t.replace('indicator,direct,custodian', 'indicator,strong,custodian'),
			{ type: 'constraint-error', row: 2, field: 'strength', cell: 'strong' }
		],
		[
			'an unknown SDG indicator',
			'contributions.csv',
			(t) => t.replace('alpha,15.5.1,', 'alpha,15.5.9,'),
			{ type: 'sdg-code-error', row: 2, field: 'sdg_code', cell: '15.5.9', note: 'expected an official SDG indicator code' }
		],
		[
			'an unknown goal',
			'contributions.csv',
			(t) => t.replace('delta,3,goal', 'delta,18,goal'),
			{ type: 'sdg-code-error', row: 10, field: 'sdg_code', cell: '18' }
		],
		[
			'a malformed SDG code',
			'contributions.csv',
			(t) => t.replace('gamma,6.3,', 'gamma,SDG 6,'),
			{ type: 'constraint-error', row: 9, field: 'sdg_code', cell: 'SDG 6' }
		],
		[
			'a level that does not match the code',
			'contributions.csv',
			(t) => t.replace('gamma,6.3,target', 'gamma,6.3,indicator'),
			{ type: 'sdg-code-error', row: 9, field: 'level', note: 'expected "target" for the code 6.3' }
		],
		[
			'an unknown country',
			'project_countries.csv',
			(t) => t.replace('delta,BRA', 'delta,XYZ'),
			{ type: 'foreign-key', resource: 'project_countries.csv', row: 5, field: 'country', cell: 'XYZ' }
		],
		['a lower-case country code', 'project_countries.csv', (t) => t.replace('delta,BRA', 'delta,bra'), { type: 'foreign-key', row: 5, cell: 'bra' }],
		[
			'a contribution of an unknown project',
			'contributions.csv',
			(t) => t.replace('delta,3,', 'epsilon,3,'),
			{ type: 'foreign-key', row: 10, field: 'project_id', cell: 'epsilon' }
		],
		[
			'a duplicated project id',
			'projects.csv',
			(t) => t.replace('\ndelta,', '\nbeta,'),
			{ type: 'unique-error', row: 5, field: 'project_id', cell: 'beta', note: 'expected a unique value; already used in row 3' }
		],
		[
			'a duplicated contribution',
			'contributions.csv',
			(t) => t + 'delta,3,goal,indirect,official,yes,Again.,https://example.org/again,p. 1\n',
			{ type: 'primary-key', row: 11 }
		],
		[
			'an end year before the start year',
			'projects.csv',
			(t) => t.replace(',2015,2018,', ',2015,2012,'),
			{ type: 'constraint-error', row: 3, field: 'end_year', note: 'expected a year not before start_year 2015' }
		],
		[
			'countries for a global project',
			'project_countries.csv',
			(t) => t + 'gamma,FRA,,\n',
			{ type: 'scale-error', row: 6, field: 'project_id', cell: 'gamma' }
		],
		[
			'no country for a national project',
			'project_countries.csv',
			(t) => t.replace('delta,BRA,,\n', ''),
			{ type: 'scale-error', resource: 'projects.csv', row: 5, field: 'geographic_scale' }
		],
		[
			'a completed project without an end year',
			'projects.csv',
			(t) => t.replace(',2015,2018,completed,', ',2015,,completed,'),
			{ type: 'constraint-error', row: 3, field: 'end_year', note: 'expected the year a completed project ended' }
		],
		[
			'a national project in two countries',
			'project_countries.csv',
			(t) => t + 'delta,ARG,,\n',
			{ type: 'scale-error', resource: 'projects.csv', row: 5, field: 'geographic_scale', cell: 'national' }
		],
		// The evidence rules (src/lib/domain/evidence.ts): one broken link each.
		[
			'a direct link resting on a peer-reviewed study',
			'contributions.csv',
			(t) => t.replace('indicator,direct,custodian,yes,Species', 'indicator,direct,peer-reviewed,yes,Species'),
			{ type: 'evidence-error', row: 2, field: 'strength', cell: 'direct' }
		],
		[
			'a direct link whose document does not name the project',
			'contributions.csv',
			(t) => t.replace('goal,direct,official,yes,Health', 'goal,direct,official,no,Health'),
			{ type: 'evidence-error', row: 10, field: 'strength', cell: 'direct' }
		],
		[
			"an indirect link resting on the curators' inference",
			'contributions.csv',
			(t) => t.replace('target,indirect,peer-reviewed,yes,Water', 'target,indirect,inference,yes,Water'),
			{ type: 'evidence-error', row: 9, field: 'strength', cell: 'indirect', note: expect.stringContaining("curator's inference supports potential only") }
		],
		[
			'an indirect link whose document does not name the project',
			'contributions.csv',
			(t) => t.replace('goal,indirect,project,yes,Coastal', 'goal,indirect,project,no,Coastal'),
			{ type: 'evidence-error', row: 6, field: 'strength', note: 'expected potential: the document does not name the project' }
		],
		[
			'an indicator link whose document does not name the project',
			'contributions.csv',
			(t) => t.replace('indicator,potential,project,yes,Beach', 'indicator,potential,project,no,Beach'),
			{ type: 'evidence-error', row: 5, field: 'names_project', cell: 'no' }
		],
		[
			'a link without a locator',
			'contributions.csv',
			(t) => t.replace('https://example.org/gamma-water,abstract', 'https://example.org/gamma-water,'),
			{ type: 'evidence-error', row: 9, field: 'locator' }
		],
		[
			'a link without a document',
			'contributions.csv',
			(t) => t.replace('https://example.org/gamma-water,abstract', ',abstract'),
			{ type: 'evidence-error', row: 9, field: 'source_url' }
		],
		[
			'a link without an evidence type',
			'contributions.csv',
			(t) => t.replace('target,indirect,peer-reviewed,yes,Water', 'target,indirect,,yes,Water'),
			{ type: 'evidence-error', row: 9, field: 'evidence_type' }
		],
		[
			'an unknown evidence type',
			'contributions.csv',
			(t) => t.replace('target,indirect,peer-reviewed,yes,Water', 'target,indirect,hearsay,yes,Water'),
			{ type: 'constraint-error', row: 9, field: 'evidence_type', cell: 'hearsay' }
		],
		[
			'a changelog entry the data do not bear out',
			'link_regrades.csv',
			(t) => `${t.split('\n')[0]}\n2026-11-30,gamma,6.3,target,direct,6.3,target,direct,Regraded.\n`,
			{ type: 'changelog-error', row: 2, field: 'new_strength', note: expect.stringContaining('it holds target, indirect') }
		],
		['an unclosed quote', 'projects.csv', (t) => t.replace('things."', 'things.'), { type: 'source-error', resource: 'projects.csv' }],
		[
			'a row with too few cells',
			'project_countries.csv',
			(t) => t.replace('beta,KEN,,', 'beta'),
			{ type: 'missing-cell', row: 4, note: 'expected 4 cells, found 1' }
		],
		['a row with too many cells', 'project_countries.csv', (t) => t.replace('beta,KEN', 'beta,KEN,TZA'), { type: 'extra-cell', row: 4 }],
		[
			'a required cell left empty',
			'projects.csv',
			(t) => t.replace(',active,local,', ',,local,'),
			{ type: 'constraint-error', row: 2, field: 'status', note: 'a value is required' }
		],
		[
			'a cell with stray spaces',
			'project_countries.csv',
			(t) => t.replace('delta,BRA', 'delta, BRA'),
			{ type: 'constraint-error', field: 'country', note: 'expected no leading or trailing spaces' }
		],
		[
			'a non-http URL',
			'projects.csv',
			(t) => t.replace('https://alpha.example.org,', 'javascript:alert(1),'),
			{ type: 'constraint-error', row: 2, field: 'url', cell: 'javascript:alert(1)' }
		],
		[
			'an indicator under a target that does not exist',
			'sdg_indicators.csv',
			(t) => t.replace('\n1.1.1,1.1,1,', '\n1.9.1,1.9,1,'),
			{ type: 'foreign-key', resource: 'sdg_indicators.csv', row: 2, field: 'target', cell: '1.9' }
		],
		[
			'an indicator filed under the wrong target',
			'sdg_indicators.csv',
			(t) => t.replace('\n1.1.1,1.1,1,', '\n1.1.1,1.2,1,'),
			{ type: 'framework-error', row: 2, field: 'indicator', cell: '1.1.1' }
		],
		[
			'a malformed indicator code',
			'sdg_indicators.csv',
			(t) => t.replace('\n1.1.1,1.1,1,', '\n1.1.x,1.1,1,'),
			{ type: 'constraint-error', row: 2, field: 'indicator', cell: '1.1.x' }
		],
		[
			'a goal colour that is not a hex colour',
			'sdg_goals.csv',
			(t) => t.replace('#E5243B', 'red'),
			{ type: 'constraint-error', row: 2, field: 'colour', cell: 'red' }
		]
	];

	it.each(cases)('locate %s', (_name, path, edit, expected) => {
		const errors = errorsAfter(path, edit);
		expect(errors.length, errors.map(describeError).join('\n')).toBeGreaterThan(0);
		expect(errors[0]).toMatchObject(expected);
	});

	it('report the physical line of a row that follows a quoted line break', () => {
		const errors = errorsAfter('projects.csv', (t) =>
			t
				.replace('Synthetic fixture: litter surveys on two coasts.', '"Synthetic fixture: litter surveys\non two coasts."')
				.replace(',2015,2018,', ',2015,later,')
		);
		expect(errors[0]).toMatchObject({ row: 3, line: 3, field: 'end_year' });
		const after = errorsAfter('projects.csv', (t) =>
			t.replace('Synthetic fixture: litter surveys on two coasts.', '"Synthetic fixture: litter surveys\non two coasts."').replace('\ngamma,', '\nBad Id,')
		);
		expect(after[0]).toMatchObject({ row: 4, line: 5, field: 'project_id' });
		expect(describeError(after[0])).toBe(
			'projects.csv, row 4, line 5, column "project_id": constraint-error: expected to match the pattern [a-z0-9]+(-[a-z0-9]+)* (found "Bad Id")'
		);
	});
});

// The fixture's data are not a frozen release: data/releases would (rightly) refuse them under its version.
const notReleases = (path: string) => !path.startsWith(join('data', 'releases'));

describe('the build', () => {
	it('stops on a bad file and says where, writing nothing', () => {
		const dir = mkdtempSync(join(tmpdir(), 'citsci-data-'));
		cpSync('data', dir, { recursive: true, filter: notReleases });
		for (const f of fixture) cpSync(join('tests/fixtures/mini', f), join(dir, f));
		writeFileSync(join(dir, 'contributions.csv'), readFileSync(join(dir, 'contributions.csv'), 'utf8').replace('alpha,15.5.1,', 'alpha,15.5.9,'));
		const out = mkdtempSync(join(tmpdir(), 'citsci-out-'));
		let output = '';
		let status = 0;
		try {
			execFileSync('npx', ['tsx', 'scripts/build-data.ts'], { env: { ...process.env, DATA_DIR: dir, OUT_DIR: out }, encoding: 'utf8', stdio: 'pipe' });
		} catch (e) {
			const err = e as { status: number; stderr: string };
			status = err.status;
			output = err.stderr;
		}
		expect(status).toBe(1);
		expect(output).toContain(
			`${join(dir, 'contributions.csv')}, row 2, column "sdg_code": sdg-code-error: expected an official SDG indicator code (found "15.5.9")`
		);
		expect(readdirSync(out)).toEqual([]);
	});

	it('writes the app files and summaries from a valid package', () => {
		const dir = mkdtempSync(join(tmpdir(), 'citsci-data-'));
		cpSync('data', dir, { recursive: true, filter: notReleases });
		for (const f of fixture) cpSync(join('tests/fixtures/mini', f), join(dir, f));
		const out = mkdtempSync(join(tmpdir(), 'citsci-out-'));
		execFileSync('npx', ['tsx', 'scripts/build-data.ts'], { env: { ...process.env, DATA_DIR: dir, OUT_DIR: out }, encoding: 'utf8', stdio: 'pipe' });
		expect(existsSync(join(out, 'static/data/contributions.csv'))).toBe(true);
		const summary = JSON.parse(readFileSync(join(out, 'src/lib/generated/summary.json'), 'utf8'));
		// The fixture's four projects and the JRC inventory's 515, none matched (the fixture's crosswalk is empty).
		expect(summary.published).toEqual({ embedded: 4, jrc: 515, matched: 0 });
		expect(summary.overview).toMatchObject({ projects: 4 + 515, goals: { total: 17 } });
		expect(existsSync(join(out, 'static/data/jrc/contributions.csv'))).toBe(true);
	}, 90_000); // The whole data build on two cores, in a child process: about 25 s.
});
