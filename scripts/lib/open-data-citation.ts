/**
 * How to cite the published dataset as a whole, release by release: plain text, BibTeX, CSL-JSON
 * and CITATION.cff (Citation File Format 1.2.0). The concept address (the open data page) stays
 * the same across releases; the version and date say which release. A DOI, once minted for a
 * release, goes into datapackage.json's `id` (see the README) and from there into all four.
 */
import type { DataPackage } from '../../src/lib/data/package.ts';
import { bibtexEscape } from '../../src/lib/export/citation.ts';

const author = 'Citizen Science for the SDGs dashboard contributors';

/** YAML double-quoted scalar: every value CITATION.cff carries goes through it. */
const yaml = (text: string) => JSON.stringify(text);

/** @param kept whether this version is frozen under /releases/<version>/ (then the text names its files) */
export function datasetCitation(pkg: DataPackage, date: string, site: string, kept = false) {
	const url = `${site}/open-data`;
	const doi = pkg.id?.startsWith('https://doi.org/') ? pkg.id.slice('https://doi.org/'.length) : null;
	const year = date.slice(0, 4);
	const licence = pkg.licenses[0]?.name ?? 'CC-BY-4.0';
	const files = kept ? ` This version's files: ${site}/releases/${pkg.version}/datapackage.json.` : '';
	const text = `${author} (${year}). ${pkg.title} (version ${pkg.version}, ${date}) [Data set]. ${doi ? `https://doi.org/${doi}` : url}.${files} Licence: ${licence}.`;
	const bibtex = [
		`@misc{citsci_sdg_${pkg.version.replace(/\./g, '_')},`,
		`  title     = {${bibtexEscape(pkg.title)}},`,
		`  author    = {{${bibtexEscape(author)}}},`,
		`  year      = {${year}},`,
		`  version   = {${bibtexEscape(pkg.version)}},`,
		`  date      = {${date}},`,
		`  url       = {${url.replace(/[{}\\]/g, '')}},`,
		...(doi ? [`  doi       = {${bibtexEscape(doi)}},`] : []),
		`  note      = {Data set. Licence: ${bibtexEscape(licence)}}`,
		`}`
	].join('\n');
	const csl = JSON.stringify(
		[
			{
				id: `citsci-sdg-${pkg.version}`,
				type: 'dataset',
				title: pkg.title,
				author: [{ literal: author }],
				issued: { 'date-parts': [date.split('-').map(Number)] },
				version: pkg.version,
				URL: url,
				...(doi ? { DOI: doi } : {}),
				license: licence
			}
		],
		null,
		2
	);
	const cff = [
		'cff-version: 1.2.0',
		`message: ${yaml('If you use these data, please cite them as below.')}`,
		'type: dataset',
		`title: ${yaml(pkg.title)}`,
		'authors:',
		`  - name: ${yaml(author)}`,
		`version: ${yaml(pkg.version)}`,
		`date-released: ${yaml(date)}`,
		`url: ${yaml(url)}`,
		...(doi ? [`doi: ${yaml(doi)}`] : []),
		`license: ${yaml(licence)}`,
		...(pkg.description ? [`abstract: ${yaml(pkg.description)}`] : []),
		''
	].join('\n');
	return { text, bibtex, csl, cff };
}
