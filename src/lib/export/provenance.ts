/**
 * Where the figures on screen come from, for every export's source line and licence: the published
 * datasets shown (the curated inventory under CC BY 4.0, the JRC inventory under the Commission's
 * reuse terms) and, once a visitor's own imports are shown, those files, whose terms are their
 * owners' (an export must not claim a published licence for them).
 */
import { dataPackage } from '../data/package';
import { t } from '../i18n/i18n';
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

/**
 * The JRC inventory as a source line: its publisher and title as published, in English, the way a
 * reference cites them (data/sources/jrc-citsci-10004/README.md).
 */
const jrcSourceLine = 'European Commission, Joint Research Centre: Inventory of environmental citizen-science projects (data.europa.eu/89h/jrc-citsci-10004)';

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
	// Words in the page's language; titles, file names and licence names as they are.
	const imported = imports.length
		? [t('export.source.imported', { list: imports.map((d) => `${d.title} (${d.fileName}, ${d.importedAt.slice(0, 10)})`).join(', ') })]
		: [];
	const licences = [
		...(imports.length ? [t('export.licence.imported')] : []),
		...(embeddedShown ? [jrcShown || imports.length ? t('export.licence.curated') : 'CC BY 4.0'] : []),
		...(jrcShown ? [t('export.licence.jrc')] : [])
	];
	const [curated, framework] = sourceLines();
	return {
		sourceLines: [...imported, ...(embeddedShown ? [curated] : []), ...(jrcShown ? [jrcSourceLine] : []), framework],
		licence: licences.join('; '),
		licenceUrl: embeddedShown ? curatedLicenceUrl : '',
		curated: imports.length === 0,
		dataVersion
	};
}

/** What the site shows by default, and every embed: both published datasets (worded when asked, in the page's language). */
export const defaultProvenance = (): Provenance => provenanceFor(true, true, []);
