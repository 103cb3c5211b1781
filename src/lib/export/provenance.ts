/**
 * Where the figures on screen come from, for every export's source line and licence: the published
 * datasets shown (the curated inventory under CC BY 4.0, the JRC inventory under the Commission's
 * reuse terms) and, once a visitor's own imports are shown, those files, whose terms are their
 * owners' (an export must not claim a published licence for them).
 */
import { dataPackage } from '../data/package';
import { sourceLines } from './table';

export interface Provenance {
	/** Short lines for chart footers; joined with "; " for file metadata. */
	sourceLines: string[];
	licence: string;
	licenceUrl: string;
	/** Published datasets only (no import): the data version applies. */
	curated: boolean;
	/** The data release shown: the current one, or an earlier one a pinned embed reads. */
	dataVersion: string;
}

const curatedLicenceUrl = dataPackage.licenses[0]?.path ?? 'https://creativecommons.org/licenses/by/4.0/';

/** The JRC inventory as a source line and its licence note (see data/sources/jrc-citsci-10004/README.md). */
const jrcSourceLine = 'European Commission, Joint Research Centre: Inventory of environmental citizen-science projects (data.europa.eu/89h/jrc-citsci-10004)';
const jrcLicence = 'JRC inventory: © European Union, reuse authorised with acknowledgement (Commission Decision 2011/833/EU)';

/**
 * @param embeddedShown the curated inventory is shown
 * @param jrcShown the published JRC inventory is shown
 * @param imports the visitor's imports shown
 * @param dataVersion the data release shown (an earlier one in an embed pinned to it)
 */
export function provenanceFor(
	embeddedShown: boolean,
	jrcShown: boolean,
	imports: { title: string; fileName: string; importedAt: string }[],
	dataVersion = dataPackage.version
): Provenance {
	const imported = imports.length
		? [`Imported in this browser: ${imports.map((d) => `${d.title} (${d.fileName}, ${d.importedAt.slice(0, 10)})`).join(', ')}`]
		: [];
	const licences = [
		...(imports.length ? ["imported data: its owners' terms"] : []),
		...(embeddedShown ? [jrcShown || imports.length ? 'curated inventory: CC BY 4.0' : 'CC BY 4.0'] : []),
		...(jrcShown ? [jrcLicence] : [])
	];
	return {
		sourceLines: [...imported, ...(embeddedShown ? [sourceLines[0]] : []), ...(jrcShown ? [jrcSourceLine] : []), sourceLines[1]],
		licence: licences.join('; '),
		licenceUrl: embeddedShown ? curatedLicenceUrl : '',
		curated: imports.length === 0,
		dataVersion
	};
}

/** What the site shows by default, and every embed: both published datasets. */
export const defaultProvenance: Provenance = provenanceFor(true, true, []);
