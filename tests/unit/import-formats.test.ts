/** Every supported format, read from this project's own fixtures, gives the same inventory. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadEveryMessage, setLocale } from '../../src/lib/i18n/i18n';
import { issueNote } from '../../src/lib/import/issue-text';
import { detectMapping } from '../../src/lib/import/mapping';
import { normalise, type Inventory } from '../../src/lib/import/normalise';
import { readTable } from '../../src/lib/import/read';
import { framework, resolverFor } from '../../src/lib/import/reference';

const dir = 'tests/fixtures/import';

async function importFixture(name: string, datasetId = 'test') {
	const table = await readTable(name, new Uint8Array(readFileSync(join(dir, name))));
	const mapping = detectMapping(table.header, table.rows);
	const result = normalise(table, mapping, { datasetId, framework, countries: resolverFor(mapping) });
	return { table, mapping, result };
}

/** The inventory without what names the source file (record_source, rationales), to compare formats. */
function content(inventory: Inventory) {
	return {
		projects: inventory.projects.map((p) => p.slice(0, 10)),
		project_countries: inventory.project_countries,
		contributions: inventory.contributions.map((c) => c.slice(0, 4))
	};
}

describe('the same inventory in every format', () => {
	it('reads the UTF-8 CSV as written by hand', async () => {
		const { table, mapping, result } = await importFixture('inventory.csv');
		expect(table.details.map((d) => d.note)).toEqual(['UTF-8', 'comma-separated']);
		expect(mapping.columns).toMatchObject({
			id: 'id',
			name: 'Project name',
			url: 'Website',
			countries: 'Countries',
			start_year: 'Start year',
			end_year: 'End year',
			status: 'Status',
			scale: 'Scale',
			topics: 'Topics',
			sdg_codes: 'SDG codes',
			strength: 'Strength',
			description: 'Description'
		});
		expect(result.issues).toEqual([]);
		expect(result.inventory.projects).toEqual([
			[
				'test_a1',
				'Rivière Watch',
				'https://example.org/riviere',
				null,
				'Volunteers sample rivers\ntwice a year.',
				2012,
				null,
				'active',
				'multinational',
				'water;biodiversity',
				'inventory.csv, row 2'
			],
			[
				'test_a2',
				'Air Café',
				'https://www.example.org/air',
				null,
				'Low-cost sensors in cafés.',
				2015,
				2019,
				'completed',
				'national',
				'air',
				'inventory.csv, row 3'
			],
			// "World" is a scale, not a country: the project is global and lists none.
			[
				'test_a3',
				'Global Bird Count',
				'https://example.org/birds',
				null,
				'Counts birds everywhere.',
				1998,
				null,
				'active',
				'global',
				'biodiversity',
				'inventory.csv, row 4'
			],
			[
				'test_a4',
				'Coast Plastics',
				'https://example.org/plastic',
				null,
				'Beach litter surveys.',
				2018,
				null,
				'unknown',
				'local',
				'marine',
				'inventory.csv, row 5'
			]
		]);
		expect(result.inventory.project_countries).toEqual([
			['test_a1', 'NLD'],
			['test_a1', 'BEL'],
			['test_a2', 'GBR'],
			// KE (alpha-2), TZA (alpha-3) and 834 (numeric) name two countries; Tanzania counts once.
			['test_a4', 'KEN'],
			['test_a4', 'TZA'],
			['test_a4', 'CIV']
		]);
		expect(result.inventory.contributions.map((c) => c.slice(0, 4))).toEqual([
			['test_a1', '6.3.2', 'indicator', 'direct'],
			['test_a1', '14', 'goal', 'direct'],
			// A strength written with the code wins over the row's strength column.
			['test_a2', '11.6.2', 'indicator', 'direct'],
			['test_a2', '3.9.1', 'indicator', 'indirect'],
			['test_a3', '15', 'goal', 'potential'],
			['test_a4', '14.1.1', 'indicator', 'direct']
		]);
		expect(result.inventory.contributions[0][5]).toBe('Listed in column “SDG codes”');
	});

	const expected = async () => content((await importFixture('inventory.csv')).result.inventory);

	it.each([
		['inventory.tsv', ['UTF-8', 'tab-separated']],
		['inventory-latin1-semicolon.csv', ['Windows-1252 / Latin-1', 'semicolon-separated']],
		['inventory-utf16.txt', ['UTF-16 (little-endian)', 'tab-separated']],
		['inventory.xlsx', ['sheet "Projects"', 'header on spreadsheet row 2']],
		['inventory.json', ['UTF-8', 'records at $.projects', 'row = record number']]
	])('%s gives the same projects, countries and contributions', async (name, details) => {
		const { table, result } = await importFixture(name);
		expect(table.details.map((d) => d.note)).toEqual(details);
		expect(content(result.inventory)).toEqual(await expected());
		expect(result.issues.filter((i) => i.type !== 'encoding-error')).toEqual([]);
	});

	it('says how it read a file in the page’s language, and in English for the dataset’s record', async () => {
		const latin = (await importFixture('inventory-latin1-semicolon.csv')).table.details;
		const sheet = (await importFixture('inventory.xlsx')).table.details;
		await loadEveryMessage('fr');
		try {
			setLocale('fr');
			expect(latin.map(issueNote)).toEqual(['Windows-1252 / Latin-1', 'séparé par des points-virgules']);
			expect(sheet.map(issueNote)).toEqual(['feuille «\u00a0Projects\u00a0»', 'en-têtes à la ligne 2 de la feuille']);
			setLocale('en');
			// The English wording is the English note, word for word.
			expect([...latin, ...sheet].map(issueNote)).toEqual([...latin, ...sheet].map((d) => d.note));
		} finally {
			setLocale('en');
		}
	});

	it('says when it guessed Latin-1, and where UTF-8 broke', async () => {
		const { result } = await importFixture('inventory-latin1-semicolon.csv');
		expect(result.issues).toEqual([expect.objectContaining({ severity: 'warning', type: 'encoding-error', line: 2 })]);
	});

	it('locates XLSX problems by spreadsheet row', async () => {
		const { table } = await importFixture('inventory.xlsx');
		expect(table.rowNumbers).toEqual([3, 4, 5, 6]);
	});
});

describe('the European Commission inventory layout (a column per goal, scored 0/1/2)', () => {
	it('detects the goal columns and turns scores into goal-level links', async () => {
		const { mapping, result } = await importFixture('wide-ec-layout.csv', 'ec');
		expect(Object.values(mapping.goalColumns)).toEqual(Array.from({ length: 17 }, (_, i) => i + 1));
		expect(mapping.columns).toMatchObject({ id: 'UID', name: 'Name', countries: 'Geographic coverage', status: 'Still active', scale: 'Geographical extent' });
		expect(result.issues).toEqual([]);
		expect(result.inventory.projects.map((p) => [p[0], p[5], p[6], p[7], p[8], p[9]])).toEqual([
			['ec_11', 2011, null, 'active', 'national', 'Biodiversity, nature and landscapes'],
			['ec_12', 2014, 2017, 'completed', 'multinational', 'Water'],
			['ec_13', 2009, null, 'active', 'global', 'Air quality']
		]);
		expect(result.inventory.project_countries).toEqual([
			['ec_11', 'GBR'],
			['ec_12', 'NLD'],
			['ec_12', 'BEL'],
			['ec_12', 'KOR']
		]);
		expect(result.inventory.contributions.map((c) => c.slice(0, 4))).toEqual([
			['ec_11', '3', 'goal', 'indirect'],
			['ec_11', '4', 'goal', 'indirect'],
			['ec_11', '13', 'goal', 'indirect'],
			['ec_11', '15', 'goal', 'direct'],
			['ec_12', '6', 'goal', 'direct'],
			['ec_12', '14', 'goal', 'indirect'],
			['ec_12', '15', 'goal', 'indirect'],
			['ec_13', '3', 'goal', 'indirect'],
			['ec_13', '7', 'goal', 'indirect'],
			['ec_13', '11', 'goal', 'direct']
		]);
		expect(result.inventory.contributions[3][5]).toBe(
			'Scored 2 in column “SDG 15 - Terrestrial biodiversity conservation, sustainable forest management and land use management”'
		);
	});
});

describe('PPSR-Core JSON', () => {
	it('is recognised and mapped from its attribute names, tags and location', async () => {
		const { table, mapping, result } = await importFixture('ppsr-core.json', 'ppsr');
		expect(table.format).toBe('ppsr-core');
		expect(mapping.columns).toMatchObject({
			id: 'projectId',
			name: 'projectName',
			description: 'projectDescription',
			url: 'projectUrl',
			organisation: 'projectResponsiblePartyName',
			start_year: 'projectStartDate',
			end_year: 'projectEndDate',
			status: 'projectStatus',
			topics: 'projectAim',
			countries: 'projectLocality',
			sdg_codes: 'keyword'
		});
		expect(result.issues).toEqual([]);
		expect(result.inventory.projects.map((p) => [p[0], p[2], p[3], p[5], p[6], p[7], p[8]])).toEqual([
			['ppsr_p-1', 'https://example.org/ponds', 'Pond Trust', 2016, null, 'active', 'multinational'],
			['ppsr_p-2', null, 'City Lab', 2010, 2013, 'completed', 'unknown']
		]);
		expect(result.inventory.project_countries).toEqual([
			['ppsr_p-1', 'GBR'],
			['ppsr_p-1', 'IRL']
		]);
		expect(result.inventory.contributions.map((c) => c.slice(0, 4))).toEqual([
			['ppsr_p-1', '6.6.1', 'indicator', 'indirect'],
			['ppsr_p-1', '15', 'goal', 'potential']
		]);
	});
});

describe('labels and cells', () => {
	it('renames a repeated label to one no other column has', async () => {
		const { checkLabels } = await import('../../src/lib/import/raw-table');
		const { header, issues } = checkLabels('f.csv', ['Name', 'Name', 'Name (2)', '']);
		expect(header).toEqual(['Name', 'Name (3)', 'Name (2)', 'Column 4']);
		expect(new Set(header).size).toBe(header.length);
		expect(issues.map((i) => [i.type, i.row, i.field])).toEqual([
			['duplicate-label', 1, 'Name'],
			['blank-label', 1, 'Column 4']
		]);
	});

	it('reads spreadsheet numbers as written: large integers exact, fractions without binary noise', async () => {
		const { cellText } = await import('../../src/lib/import/xlsx');
		expect(cellText({ value: 945050709 })).toBe('945050709');
		expect(cellText({ value: 0.1 + 0.2 })).toBe('0.3');
		expect(cellText({ value: 2015 })).toBe('2015');
		expect(cellText({ value: { formula: 'A1+1', result: 7 } })).toBe('7');
		expect(cellText({ value: new Date('2015-06-01T00:00:00Z') })).toBe('2015-06-01');
	});
});

describe('workbooks with several sheets', () => {
	it('reads the first sheet with data, lists every sheet, and reads another on request', async () => {
		const { default: ExcelJS } = await import('exceljs');
		const workbook = new ExcelJS.Workbook();
		workbook.addWorksheet('Notes');
		workbook.addWorksheet('Projects').addRows([
			['Name', 'Country'],
			['Reef Watch', 'Fiji']
		]);
		workbook.addWorksheet('Archive').addRows([
			['Name', 'Country'],
			['Old Count', 'Chile'],
			['Older Count', 'Peru']
		]);
		const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
		const first = await readTable('book.xlsx', bytes);
		expect(first.sheets).toEqual(['Notes', 'Projects', 'Archive']);
		expect(first.rows).toEqual([['Reef Watch', 'Fiji']]);
		const archive = await readTable('book.xlsx', bytes, { sheet: 'Archive' });
		expect(archive.rows.map((r) => r[0])).toEqual(['Old Count', 'Older Count']);
		await expect(readTable('book.xlsx', bytes, { sheet: 'Missing' })).rejects.toMatchObject({ issue: { type: 'format-error', severity: 'fatal' } });
	});
});

describe('status without a status column', () => {
	it('is worked out from the end year: past is completed, future is active, none is unknown', async () => {
		const text = 'Name,End year\nOld,2013\nPlanned,2090\nOpen,\n';
		const table = await readTable('s.csv', new TextEncoder().encode(text));
		const mapping = detectMapping(table.header);
		const { inventory } = normalise(table, mapping, { datasetId: 's', framework, countries: resolverFor(mapping) });
		expect(inventory.projects.map((p) => [p[1], p[7]])).toEqual([
			['Old', 'completed'],
			['Planned', 'active'],
			['Open', 'unknown']
		]);
	});
});

describe('slugs for ids and file names', () => {
	it('drops accents and punctuation, and never ends a cut slug with a hyphen', async () => {
		const { slug } = await import('../../src/lib/format/slug');
		const { fileStem } = await import('../../src/lib/export/download');
		expect(slug('Rivière Watch (2019–2024)')).toBe('riviere-watch-2019-2024');
		expect(slug('A1')).toBe('a1');
		expect(slug(`${'x'.repeat(23)} tail`, 24)).toBe('x'.repeat(23));
		expect(fileStem('Projects per goal')).toBe('projects-per-goal');
		expect(fileStem('¿?')).toBe('export');
	});
});
