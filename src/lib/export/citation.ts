/** "Cite this": a plain-text citation and BibTeX for a chart or table, with filters and data version. */
import { dataPackage } from '../data/package';

export interface CitationInput {
	title: string;
	url: string;
	filters: string;
	accessed?: Date;
}

const publisher = 'Citizen Science for the SDGs dashboard';

function isoDate(d: Date) {
	return d.toISOString().slice(0, 10);
}

export function citationText({ title, url, filters, accessed = new Date() }: CitationInput): string {
	const year = dataPackage.curated.date.slice(0, 4);
	const scope = filters ? ` Filters: ${filters}.` : '';
	return `${publisher} (${year}). ${title}. Curated inventory of ${dataPackage.curated.date}, data version ${dataPackage.version}.${scope} ${url} (accessed ${isoDate(accessed)}). Licence: CC BY 4.0.`;
}

/** Escape BibTeX's special characters so any title or filter text stays literal. */
export function bibtexEscape(text: string): string {
	return text.replace(/[\\{}$&%#_^~]/g, (c) => ({ '\\': '\\textbackslash{}', '~': '\\textasciitilde{}', '^': '\\textasciicircum{}' })[c] ?? `\\${c}`);
}

export function citationBibtex({ title, url, filters, accessed = new Date() }: CitationInput): string {
	const year = dataPackage.curated.date.slice(0, 4);
	const key = `citsci_sdg_${year}_${title
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '_')
		.replace(/^_|_$/g, '')
		.slice(0, 40)}`;
	const note = `Curated inventory of ${dataPackage.curated.date}, data version ${dataPackage.version}${filters ? `; filters: ${filters}` : ''}; accessed ${isoDate(accessed)}`;
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
