/**
 * What the release says of each published dataset: title, description, licence and source on the
 * /open-data page, and the source and licence every one of its files carries in its metadata (the
 * same lines as the site's exports, export/provenance.ts), so a JRC table never claims the curated
 * inventory's licence.
 */
import type { DataPackage } from '../../src/lib/data/package.ts';
import type { PublishedDataset } from '../../src/lib/domain/open-data.ts';
import { provenanceFor } from '../../src/lib/export/provenance.ts';

export interface FileProvenance {
	sourceLines: string[];
	licence: string;
	licenceUrl: string;
}

export interface DatasetAbout {
	dataset: Omit<PublishedDataset, 'tables'>;
	provenance: FileProvenance;
}

const jrcAddress = 'http://data.europa.eu/89h/jrc-citsci-10004';
/** The Commission's reuse decision, which is the JRC inventory's licence (by its European Legislation Identifier). */
const jrcLicenceUrl = 'http://data.europa.eu/eli/dec/2011/833/oj';

/** @param jrcProjects the JRC inventory's projects as the importer converted them */
export function datasetsAbout(pkg: DataPackage, jrcProjects: number): { curated: DatasetAbout; jrc: DatasetAbout } {
	const licenceUrl = pkg.licenses[0]?.path ?? '';
	const curated = provenanceFor(true, false, []);
	const jrc = provenanceFor(false, true, []);
	return {
		curated: {
			dataset: {
				id: 'curated',
				title: pkg.title,
				description: pkg.description ?? '',
				licence: { name: pkg.licenses[0]?.name ?? '', url: licenceUrl },
				source:
					'Curated by the dashboard’s maintainers from public documents; the SDG framework from the UN IAEG-SDGs / UN Statistics Division; countries from UN M49.'
			},
			provenance: { sourceLines: curated.sourceLines, licence: curated.licence, licenceUrl }
		},
		jrc: {
			dataset: {
				id: 'jrc',
				title: 'European Commission JRC: Inventory of environmental citizen-science projects',
				description: `The JRC inventory (${jrcProjects.toLocaleString('en')} projects) converted by the site’s importer, with the study team’s goal scores on their own scale (JRC scored 2 and 1).`,
				licence: {
					name: 'Reuse authorised with acknowledgement (Commission Decision 2011/833/EU); see the vendored README for the licence note',
					url: jrcLicenceUrl
				},
				source: `European Commission, Joint Research Centre: ${jrcAddress}. © European Union.`
			},
			provenance: { sourceLines: jrc.sourceLines, licence: jrc.licence, licenceUrl: jrcLicenceUrl }
		}
	};
}
