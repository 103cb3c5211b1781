/** "Cite this": a plain-text citation and BibTeX for a chart or table, with filters and data version. */
import { dataPackage } from '../data/package';

export interface CitationInput {
	title: string;
	url: string;
	filters: string;
	accessed?: Date;
	/** The data release shown, when not the current one (an embed pinned to an earlier release). */
	dataVersion?: string;
}

/** Which data: the current curated inventory and version, or an earlier release by its version. */
function dataOf(dataVersion = dataPackage.version): string {
	return dataVersion === dataPackage.version ? `Curated inventory of ${dataPackage.curated.date}, data version ${dataVersion}` : `Data release ${dataVersion}`;
}

const publisher = 'Citizen Science for the SDGs dashboard';

function isoDate(d: Date) {
	return d.toISOString().slice(0, 10);
}

export function citationText({ title, url, filters, accessed = new Date(), dataVersion }: CitationInput): string {
	const year = dataPackage.curated.date.slice(0, 4);
	const scope = filters ? ` Filters: ${filters}.` : '';
	return `${publisher} (${year}). ${title}. ${dataOf(dataVersion)}.${scope} ${url} (accessed ${isoDate(accessed)}). Licence: CC BY 4.0.`;
}

/** Escape BibTeX's special characters so any title or filter text stays literal. */
export function bibtexEscape(text: string): string {
	return text.replace(/[\\{}$&%#_^~]/g, (c) => ({ '\\': '\\textbackslash{}', '~': '\\textasciitilde{}', '^': '\\textasciicircum{}' })[c] ?? `\\${c}`);
}

export function citationBibtex({ title, url, filters, accessed = new Date(), dataVersion }: CitationInput): string {
	const year = dataPackage.curated.date.slice(0, 4);
	const key = `citsci_sdg_${year}_${title
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '_')
		.replace(/^_|_$/g, '')
		.slice(0, 40)}`;
	const note = `${dataOf(dataVersion)}${filters ? `; filters: ${filters}` : ''}; accessed ${isoDate(accessed)}`;
	return [
		`@misc{${key},`,
		`  title        = {${bibtexEscape(title)}},`,
		`  author       = {{${bibtexEscape(publisher)} contributors}},`,
		`  year         = {${year}},`,
		`  howpublished = {\\url{${url.replace(/[{}\\]/g, '')}}},`,
		`  note         = {${bibtexEscape(note)}}`,
		`}`
	].join('\n');
}
