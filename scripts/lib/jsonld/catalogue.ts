/**
 * The open data release described for machines: a schema.org `Dataset` (in its `DataCatalog`), which
 * search engines read from the /open-data page, and a DCAT-AP catalogue, which European data portals
 * harvest. Both list every distribution (each table in each format, and the release zip) with its
 * address, format, size and checksum, from the build's catalogue of the release.
 */
import type { Download, OpenDataCatalogue } from '../../../src/lib/domain/open-data.ts';

const mediaTypes: Record<Download['format'], string> = {
	csv: 'text/csv',
	json: 'application/json',
	parquet: 'application/vnd.apache.parquet',
	xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
	zip: 'application/zip',
	cff: 'application/x-yaml'
};

/** The EU Publications Office's file types, which DCAT-AP asks for in dct:format. */
const euFileTypes: Record<Download['format'], string> = {
	csv: 'CSV',
	json: 'JSON',
	parquet: 'PARQUET',
	xlsx: 'XLSX',
	zip: 'ZIP',
	cff: 'YAML'
};

export interface Coverage {
	/** First and last year projects in the release were active (ISO 8601 interval). */
	from: number;
	to: number;
	/** Countries and areas the projects name. */
	countries: number;
}

const publisher = 'Citizen Science for the SDGs dashboard contributors';

/** Every file of the release with a title and the licences it falls under, the release zip first. */
function distributions(c: OpenDataCatalogue) {
	return [
		{ title: `${c.name}-${c.version}.zip: the whole release`, file: c.release, licences: c.datasets.map((d) => d.licence.url) },
		...c.datasets.flatMap((d) =>
			d.tables.flatMap((t) =>
				t.files.map((file) => ({
					title: `${t.title} (${d.id === 'jrc' ? 'JRC inventory, ' : ''}${file.format.toUpperCase()})`,
					file,
					licences: [d.licence.url]
				}))
			)
		)
	];
}

/** schema.org Dataset in its DataCatalog, with "@context": "https://schema.org/". */
export function schemaOrgDataset(c: OpenDataCatalogue, site: string, coverage: Coverage) {
	const page = `${site}/open-data`;
	// The release holds two datasets under their own terms: the curated inventory's and the JRC's.
	return {
		'@context': 'https://schema.org/',
		'@type': 'Dataset',
		'@id': `${page}#dataset`,
		name: c.title,
		description: `${c.datasets[0].description} Beside it, ${c.datasets[1].title}.`,
		url: page,
		version: c.version,
		datePublished: c.date,
		license: c.datasets.map((d) => d.licence.url),
		isAccessibleForFree: true,
		creator: [
			{ '@type': 'Organization', name: publisher, url: `${site}/` },
			{ '@type': 'Organization', name: 'European Commission, Joint Research Centre', url: 'https://joint-research-centre.ec.europa.eu/' }
		],
		publisher: { '@type': 'Organization', name: publisher, url: `${site}/` },
		temporalCoverage: `${coverage.from}/${coverage.to}`,
		spatialCoverage: { '@type': 'Place', name: `Worldwide: ${coverage.countries} countries and areas named by projects` },
		citation: c.citation.text,
		keywords: ['citizen science', 'Sustainable Development Goals', 'SDG indicators', 'open data'],
		distribution: distributions(c).map(({ title, file, licences }) => ({
			'@type': 'DataDownload',
			name: title,
			license: licences,
			encodingFormat: mediaTypes[file.format],
			contentUrl: `${site}/${file.path}`,
			contentSize: `${file.bytes} B`,
			sha256: file.sha256
		})),
		includedInDataCatalog: {
			'@type': 'DataCatalog',
			'@id': `${page}#catalogue`,
			name: 'Citizen Science for the SDGs: open data',
			url: page,
			publisher: { '@type': 'Organization', name: publisher }
		}
	};
}

/** A DCAT-AP catalogue of the release, as JSON-LD with its own context. */
export function dcatCatalogue(c: OpenDataCatalogue, site: string, coverage: Coverage, licenceUrl: string) {
	// DCAT-AP puts a licence on each distribution (a table is under its own dataset's terms); the
	// catalogue's own licence is that of its descriptions, the curated inventory's.
	const page = `${site}/open-data`;
	const agent = { '@type': 'foaf:Agent', 'foaf:name': publisher };
	return {
		'@context': {
			dcat: 'http://www.w3.org/ns/dcat#',
			dct: 'http://purl.org/dc/terms/',
			foaf: 'http://xmlns.com/foaf/0.1/',
			spdx: 'http://spdx.org/rdf/terms#',
			xsd: 'http://www.w3.org/2001/XMLSchema#'
		},
		'@id': `${page}#catalogue`,
		'@type': 'dcat:Catalog',
		'dct:title': 'Citizen Science for the SDGs: open data',
		'dct:description': 'Versioned releases of the citizen-science contributions to the UN Sustainable Development Goals that the dashboard shows.',
		'dct:publisher': agent,
		'foaf:homepage': { '@id': page },
		'dct:license': { '@id': licenceUrl },
		'dcat:dataset': {
			'@id': `${page}#dataset`,
			'@type': 'dcat:Dataset',
			'dct:title': c.title,
			'dct:description': c.datasets[0].description,
			'dct:identifier': `${page}#${c.version}`,
			'dcat:version': c.version,
			'dct:issued': { '@value': c.date, '@type': 'xsd:date' },
			'dct:publisher': agent,
			'dcat:landingPage': { '@id': page },
			'dcat:keyword': ['citizen science', 'Sustainable Development Goals', 'SDG indicators'],
			'dct:temporal': {
				'@type': 'dct:PeriodOfTime',
				'dcat:startDate': { '@value': `${coverage.from}-01-01`, '@type': 'xsd:date' },
				'dcat:endDate': { '@value': `${coverage.to}-12-31`, '@type': 'xsd:date' }
			},
			'dct:spatial': { '@type': 'dct:Location', 'dct:title': `Worldwide: ${coverage.countries} countries and areas named by projects` },
			'dcat:distribution': distributions(c).map(({ title, file, licences }) => ({
				'@type': 'dcat:Distribution',
				'dct:title': title,
				'dcat:accessURL': { '@id': page },
				'dcat:downloadURL': { '@id': `${site}/${file.path}` },
				'dcat:mediaType': { '@id': `https://www.iana.org/assignments/media-types/${mediaTypes[file.format]}` },
				'dct:format': { '@id': `http://publications.europa.eu/resource/authority/file-type/${euFileTypes[file.format]}` },
				'dcat:byteSize': { '@value': String(file.bytes), '@type': 'xsd:nonNegativeInteger' },
				'dct:license': licences.map((l) => ({ '@id': l })),
				'spdx:checksum': {
					'@type': 'spdx:Checksum',
					'spdx:algorithm': { '@id': 'http://spdx.org/rdf/terms#checksumAlgorithm_sha256' },
					'spdx:checksumValue': file.sha256
				}
			}))
		}
	};
}

/** The years and places the release's projects cover, for both descriptions. */
export function coverageOf(projects: { start_year: string; end_year: string }[], countries: string[], releaseYear: number): Coverage {
	const years = (key: 'start_year' | 'end_year') => projects.map((p) => Number(p[key])).filter((y) => Number.isInteger(y) && y > 0);
	return { from: Math.min(...years('start_year')), to: Math.max(releaseYear, ...years('end_year')), countries: new Set(countries).size };
}
