/**
 * The release described for machines (scripts/lib/jsonld/catalogue.ts), as the build wrote it into
 * static/data/downloads/: the schema.org Dataset and the DCAT-AP catalogue, expanded with a JSON-LD
 * processor (jsonld.js) whose document loader serves the schema.org context kept in the repository
 * and refuses every other address (no network). Every distribution names a file that exists, with
 * the size and SHA-256 it states.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import jsonld from 'jsonld';
import { describe, expect, it } from 'vitest';
import { dataPackage } from '../../src/lib/data/package';

const schemaOrgContext = JSON.parse(readFileSync('scripts/lib/jsonld/schema-org-context.json', 'utf8'));
const requested: string[] = [];
/** The schema.org context from the repository; any other address is refused, never fetched. */
const documentLoader = async (url: string) => {
	requested.push(url);
	if (url.replace(/\/$/, '') === 'https://schema.org') return { contextUrl: undefined, documentUrl: url, document: schemaOrgContext };
	throw new Error(`no network: ${url}`);
};
const expand = (doc: object) => jsonld.expand(doc as never, { documentLoader: documentLoader as never });

const S = 'https://schema.org/';
const site = 'http://localhost:4173';
const read = (name: string) => JSON.parse(readFileSync(join('static/data/downloads', name), 'utf8'));
type Node = Record<string, { '@value'?: unknown; '@id'?: string; '@type'?: string[] }[]> & { '@type'?: string[]; '@id'?: string };
const value = (node: Node, property: string) => node[property]?.[0]?.['@value'];
const id = (node: Node, property: string) => node[property]?.[0]?.['@id'];
const fileAt = (url: string) => new Uint8Array(readFileSync(join('static', url.slice(site.length + 1))));
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

describe('the schema.org Dataset', () => {
	it('expands against the kept schema.org context, with every property a catalogue reads', async () => {
		const [dataset] = (await expand(read('dataset.jsonld'))) as Node[];
		expect(dataset['@type']).toEqual([`${S}Dataset`]);
		expect(value(dataset, `${S}name`)).toBe(dataPackage.title);
		expect(value(dataset, `${S}version`)).toBe(dataPackage.version);
		expect(String(value(dataset, `${S}description`)).length).toBeGreaterThan(50);
		// Two datasets under their own terms: the curated inventory's CC BY 4.0, the Commission's decision for the JRC's.
		expect(dataset[`${S}license`].map((l) => l['@id'])).toEqual([dataPackage.licenses[0].path, 'http://data.europa.eu/eli/dec/2011/833/oj']);
		for (const role of ['creator', 'publisher']) expect((dataset[`${S}${role}`][0] as unknown as Node)['@type']).toEqual([`${S}Organization`]);
		expect(value(dataset, `${S}temporalCoverage`)).toMatch(/^\d{4}\/\d{4}$/);
		expect((dataset[`${S}spatialCoverage`][0] as unknown as Node)['@type']).toEqual([`${S}Place`]);
		expect(value(dataset, `${S}citation`)).toContain(dataPackage.version);
		expect((dataset[`${S}includedInDataCatalog`][0] as unknown as Node)['@type']).toEqual([`${S}DataCatalog`]);
	});

	it('lists every file of the release with its format, address, size and checksum', async () => {
		const [dataset] = (await expand(read('dataset.jsonld'))) as Node[];
		const downloads = dataset[`${S}distribution`] as unknown as Node[];
		const sums = readFileSync('static/data/downloads/SHA256SUMS', 'utf8').trim().split('\n');
		// Every file of SHA256SUMS but CITATION.cff, which is a citation rather than data.
		expect(downloads).toHaveLength(sums.length - 1);
		for (const d of downloads) {
			const url = id(d, `${S}contentUrl`)!;
			expect(d['@type']).toEqual([`${S}DataDownload`]);
			expect(value(d, `${S}encodingFormat`)).toMatch(/^(text|application)\//);
			const bytes = fileAt(url);
			expect(value(d, `${S}contentSize`), url).toBe(`${bytes.length} B`);
			expect(value(d, `${S}sha256`), url).toBe(sha256(bytes));
			expect(d[`${S}license`].length, url).toBeGreaterThan(0);
		}
	});
});

describe('the DCAT-AP catalogue', () => {
	const D = 'http://www.w3.org/ns/dcat#';
	const T = 'http://purl.org/dc/terms/';
	it('expands with its own context alone, a catalogue of the dataset and its distributions', async () => {
		requested.length = 0;
		const [catalogue] = (await expand(read('dcat-ap.jsonld'))) as Node[];
		expect(requested).toEqual([]);
		expect(catalogue['@type']).toEqual([`${D}Catalog`]);
		const dataset = catalogue[`${D}dataset`][0] as unknown as Node;
		expect(dataset['@type']).toEqual([`${D}Dataset`]);
		expect(value(dataset, `${T}title`)).toBe(dataPackage.title);
		expect(value(dataset, `${D}version`)).toBe(dataPackage.version);
		const distributions = dataset[`${D}distribution`] as unknown as Node[];
		expect(distributions.length).toBeGreaterThan(50);
		for (const d of distributions) {
			const url = id(d, `${D}downloadURL`)!;
			const checksum = d['http://spdx.org/rdf/terms#checksum'][0] as unknown as Node;
			expect(value(checksum, 'http://spdx.org/rdf/terms#checksumValue'), url).toBe(sha256(fileAt(url)));
			const licences = d[`${T}license`].map((l) => l['@id']);
			expect(licences, url).toContain(url.includes('/jrc-') ? 'http://data.europa.eu/eli/dec/2011/833/oj' : dataPackage.licenses[0].path);
			expect(id(d, `${T}format`)).toMatch(/^http:\/\/publications\.europa\.eu\/resource\/authority\/file-type\/[A-Z]+$/);
		}
	});

	it('a document naming another context is refused, not fetched', async () => {
		await expect(expand({ '@context': 'https://example.org/context.jsonld', name: 'x' })).rejects.toThrow();
		expect(requested).toContain('https://example.org/context.jsonld');
	});
});
