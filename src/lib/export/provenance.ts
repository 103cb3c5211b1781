/**
 * Where the figures on screen come from, for every export's source line and licence. With only the
 * curated inventory shown, that is the published dataset under CC BY 4.0; once a visitor's own
 * imports are shown, an export must name those files and must not claim the curated licence for
 * them (their terms are their owners').
 */
import { dataPackage } from '../data/package';
import { sourceLines } from './table';

export interface Provenance {
	/** Short lines for chart footers; joined with "; " for file metadata. */
	sourceLines: string[];
	licence: string;
	licenceUrl: string;
	/** The curated inventory alone: the published data version applies. */
	curated: boolean;
}

const curatedLicenceUrl = dataPackage.licenses[0]?.path ?? 'https://creativecommons.org/licenses/by/4.0/';

export const curatedProvenance: Provenance = { sourceLines, licence: 'CC BY 4.0', licenceUrl: curatedLicenceUrl, curated: true };

export function provenanceFor(embeddedShown: boolean, imports: { title: string; fileName: string; importedAt: string }[]): Provenance {
	if (imports.length === 0) return curatedProvenance;
	const imported = `Imported in this browser: ${imports.map((d) => `${d.title} (${d.fileName}, ${d.importedAt.slice(0, 10)})`).join(', ')}`;
	return {
		sourceLines: [imported, ...(embeddedShown ? [sourceLines[0]] : []), sourceLines[1]],
		licence: embeddedShown ? "imported data: its owners' terms; curated inventory: CC BY 4.0" : "imported data: its owners' terms",
		licenceUrl: embeddedShown ? curatedLicenceUrl : '',
		curated: false
	};
}
