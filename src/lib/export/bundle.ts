/**
 * A zip bundle: the table as CSV and a Frictionless datapackage.json that records its schema, the
 * filters applied, sources, licence, citation, when it was made and by which app version.
 */
import { strToU8, zipSync } from 'fflate';
import { dataPackage } from '../data/package';
import { tableToCsv } from './csv';
import { t } from '../i18n/i18n';
import type { ExportMetadata, ExportTable } from './table';

const frictionlessType = { string: 'string', integer: 'integer', number: 'number', list: 'string' } as const;

export function bundleDescriptor(table: ExportTable, metadata: ExportMetadata) {
	return {
		profile: 'tabular-data-package',
		name: table.name,
		title: table.title,
		version: metadata.dataVersion,
		created: metadata.created,
		// The curated licence only when it is the licence: imports keep their owners' terms.
		licenses: metadata.licence === 'CC BY 4.0' ? [{ name: 'CC-BY-4.0', path: metadata.licenceUrl, title: 'Creative Commons Attribution 4.0' }] : [],
		sources: dataPackage.sources,
		citation: metadata.citation,
		filters: { description: metadata.filters, query: metadata.query },
		homepage: metadata.url,
		app: { name: 'citsci-sdg-dashboard', version: metadata.appVersion },
		textHandling: metadata.textHandling,
		resources: [
			{
				name: table.name,
				path: `${table.name}.csv`,
				format: 'csv',
				mediatype: 'text/csv',
				encoding: 'utf-8',
				schema: {
					fields: table.columns.map((c) => ({
						name: c.name,
						type: frictionlessType[c.type],
						...(c.title ? { title: c.title } : {}),
						...(c.type === 'list' ? { description: 'A list, items separated by "; "' } : {})
					}))
				}
			}
		]
	};
}

export function tableToZip(table: ExportTable, metadata: ExportMetadata): Uint8Array {
	const readme = [
		table.title,
		'',
		metadata.citation,
		'',
		t('export.readme.source', { source: metadata.source }),
		t('export.readme.licence', { licence: metadata.licence, url: metadata.licenceUrl }),
		t('export.readme.filters', { filters: metadata.filters || t('filters.label.none') }),
		t('export.readme.made', { created: metadata.created, version: metadata.appVersion }),
		t('export.readme.text', { text: metadata.textHandling }),
		''
	].join('\n');
	return zipSync({
		[`${table.name}.csv`]: strToU8(tableToCsv(table)),
		'datapackage.json': strToU8(JSON.stringify(bundleDescriptor(table, metadata), null, 2) + '\n'),
		'README.txt': strToU8(readme)
	});
}
