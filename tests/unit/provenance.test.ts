/** Exports name what is on screen: the curated inventory and its licence, or a visitor's imports and their owners' terms. */
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { dataPackage } from '../../src/lib/data/package';
import { loadEveryMessage, setLocale } from '../../src/lib/i18n/i18n';
import { citationBibtex, citationText } from '../../src/lib/export/citation';
import { tableToZip } from '../../src/lib/export/bundle';
import { defaultProvenance, provenanceFor } from '../../src/lib/export/provenance';
import { metadataFor, sourceLines, type ExportTable } from '../../src/lib/export/table';

const table: ExportTable = {
	name: 'projects-per-goal',
	title: 'Projects per goal',
	columns: [{ name: 'goal', type: 'integer' }],
	rows: [{ goal: 15 }],
	filters: { description: 'none', query: '' },
	url: 'http://localhost/'
};
const jrc = { title: 'JRC inventory', fileName: '1-projects-citsci.csv', importedAt: '2026-11-27T07:00:00.000Z' };

describe('provenance of exports', () => {
	it('is worded in the page’s language, titles and licence names as they are', async () => {
		await loadEveryMessage('fr');
		try {
			setLocale('fr');
			const { sourceLines: lines, licence } = defaultProvenance();
			expect(lines[0]).toMatch(/^Tableau de bord .*inventaire établi/);
			// The JRC inventory's publisher and title as published.
			expect(lines[1]).toMatch(/^European Commission, Joint Research Centre: Inventory/);
			expect(lines[2]).toMatch(/^Cadre des ODD\s: .*30 novembre 2022$/);
			expect(licence).toMatch(/^inventaire établi\s: CC BY 4\.0; inventaire du JRC\s: © Union européenne/);
			const readme = strFromU8(unzipSync(tableToZip(table, metadataFor(table, 'cite me', new Date(), defaultProvenance())))['README.txt']);
			expect(readme).toMatch(/^Licence\s: inventaire établi/m);
			expect(readme).toMatch(/^Texte\s: Formats tableur/m);
		} finally {
			setLocale('en');
		}
	});

	it('is the curated inventory under CC BY 4.0 when only it is shown', () => {
		const meta = metadataFor(table, 'cite me', new Date('2026-11-27T00:00:00Z'), provenanceFor(true, false, []));
		expect(meta).toMatchObject({ source: sourceLines().join('; '), licence: 'CC BY 4.0' });
	});

	it('names both published datasets and both licences by default (and in every embed)', () => {
		expect(defaultProvenance().sourceLines).toEqual([
			sourceLines()[0],
			'European Commission, Joint Research Centre: Inventory of environmental citizen-science projects (data.europa.eu/89h/jrc-citsci-10004)',
			sourceLines()[1]
		]);
		expect(defaultProvenance().licence).toBe(
			'curated inventory: CC BY 4.0; JRC inventory: © European Union, reuse authorised with acknowledgement (Commission Decision 2011/833/EU)'
		);
		expect(defaultProvenance().curated).toBe(true);
		// The zip's datapackage.json claims no single licence for the two.
		const files = unzipSync(tableToZip(table, metadataFor(table, 'cite me', new Date(), defaultProvenance())));
		expect(JSON.parse(strFromU8(files['datapackage.json'])).licenses).toEqual([]);
	});

	it('names imported files, and never claims the curated licence for them', () => {
		const instead = provenanceFor(false, false, [jrc]);
		expect(instead.sourceLines[0]).toBe('Imported in this browser: JRC inventory (1-projects-citsci.csv, 2026-11-27)');
		expect(instead.sourceLines.join(' ')).not.toContain('curated inventory');
		expect(instead).toMatchObject({ licence: "imported data: its owners' terms", licenceUrl: '', curated: false });
		const beside = provenanceFor(true, false, [jrc]);
		expect(beside.sourceLines).toEqual([instead.sourceLines[0], sourceLines()[0], sourceLines()[1]]);
		expect(beside.licence).toContain('curated inventory: CC BY 4.0');
	});

	it('leaves the licence out of a zip datapackage.json of imported data', () => {
		const files = unzipSync(tableToZip(table, metadataFor(table, 'cite me', new Date(), provenanceFor(false, false, [jrc]))));
		const descriptor = JSON.parse(strFromU8(files['datapackage.json']));
		expect(descriptor.licenses).toEqual([]);
		const curated = unzipSync(tableToZip(table, metadataFor(table, 'cite me', new Date(), provenanceFor(true, false, []))));
		expect(JSON.parse(strFromU8(curated['datapackage.json'])).licenses[0].name).toBe('CC-BY-4.0');
	});

	it('names an earlier release, shown by a pinned embed, in the metadata and citations', () => {
		const pinned = provenanceFor(true, false, [], '0.1.0');
		expect(metadataFor(table, 'cite me', new Date(), pinned).dataVersion).toBe('0.1.0');
		expect(metadataFor(table, 'cite me', new Date(), defaultProvenance()).dataVersion).toBe(dataPackage.version);
		const input = { title: 'Projects per goal', url: 'https://x.org/embed/goals?v=0.1.0', filters: '' };
		expect(citationText({ ...input, dataVersion: '0.1.0' })).toContain('Data release 0.1.0.');
		expect(citationText({ ...input, dataVersion: '0.1.0' })).not.toContain(`data version ${dataPackage.version}`);
		expect(citationBibtex({ ...input, dataVersion: '0.1.0' })).toContain('note         = {Data release 0.1.0; accessed');
		expect(citationText(input)).toContain(`data version ${dataPackage.version}`);
	});
});
