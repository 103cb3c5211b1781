/**
 * The static API's OpenAPI 3.1 document. Record schemas come from the data package's own table
 * schemas (types, required fields, enumerations, descriptions), so the API cannot drift from the
 * published tables; the documents' added parts (contributions, projects, sources) are written here.
 */
import type { SchemaField } from '../typed-records.ts';
import type { Collection } from './endpoints.ts';

type Schema = Record<string, unknown>;

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const nullable = (type: string): Schema => ({ type: [type, 'null'] });
const arrayOf = (items: Schema): Schema => ({ type: 'array', items });

function fieldSchema(f: SchemaField): Schema {
	const type = f.type === 'integer' ? 'integer' : f.type === 'number' ? 'number' : 'string';
	const required = f.constraints?.required === true;
	return {
		type: required ? type : [type, 'null'],
		...(f.description ? { description: f.description } : {}),
		// Web addresses as published: some hold letters outside RFC 3986 (ü, [ ]), which browsers accept.
		...(f.format === 'uri' ? { pattern: '^https?://' } : {}),
		...(f.constraints?.enum ? { enum: required ? f.constraints.enum : [...f.constraints.enum, null] } : {})
	};
}

/** An object whose every property is present (null when empty) and nothing else. */
function objectOf(properties: Record<string, Schema>, description?: string): Schema {
	return { type: 'object', ...(description ? { description } : {}), properties, required: Object.keys(properties), additionalProperties: false };
}

const recordProperties = (fields: SchemaField[]) => Object.fromEntries(fields.map((f) => [f.name, fieldSchema(f)]));

const projectRef = { project_id: { type: 'string' }, name: nullable('string') };
const evidence = { source_url: nullable('string'), locator: nullable('string') };
const sourced = { role: { type: 'string' }, source_url: { type: 'string' }, quote: { type: 'string' } };

/** What each collection's documents add to their record (the record's own fields come first). */
const itemParts: Record<string, Record<string, Schema>> = {
	goals: { targets: arrayOf(objectOf({ target: { type: 'string' }, title: { type: 'string' } })), contributions: arrayOf(ref('Contribution')) },
	targets: { indicators: arrayOf(objectOf({ indicator: { type: 'string' }, title: { type: 'string' } })), contributions: arrayOf(ref('Contribution')) },
	indicators: { contributions: arrayOf(ref('Contribution')) },
	projects: {
		countries: arrayOf(objectOf({ iso3: { type: 'string' }, name: nullable('string'), ...evidence })),
		networks: arrayOf(objectOf({ network_id: { type: 'string' }, name: nullable('string'), ...sourced })),
		contributions: arrayOf(ref('Contribution'))
	},
	countries: { projects: arrayOf(objectOf({ ...projectRef, ...evidence })), contributions: arrayOf(ref('Contribution')) },
	networks: {
		sources: arrayOf(objectOf({ field: { type: 'string' }, source_url: { type: 'string' }, quote: { type: 'string' } })),
		projects: arrayOf(objectOf({ ...projectRef, ...sourced }))
	},
	topics: { projects: arrayOf(objectOf(projectRef)) }
};

/** Schema names: goals → Goal, countries → Country. */
export const recordName = (collection: string) => {
	const singular = collection.endsWith('ies') ? `${collection.slice(0, -3)}y` : collection.slice(0, -1);
	return singular[0].toUpperCase() + singular.slice(1);
};

export interface OpenApiInput {
	site: string;
	dataVersion: string;
	date: string;
	licence: { name: string; url: string };
	collections: Collection[];
	/** Each table's schema fields, by resource name. */
	fields: Record<string, SchemaField[]>;
}

export const apiVersion = '1.0.0';

export function openApiDocument({ site, dataVersion, date, licence, collections, fields }: OpenApiInput): Schema {
	const contributionFields = { ...recordProperties(fields.contributions), project_name: nullable('string') };
	const schemas: Record<string, Schema> = {
		Meta: objectOf({
			api: { const: 'v1' },
			dataVersion: { type: 'string', description: 'The data release these documents belong to (datapackage.json version).' },
			date: { type: 'string', format: 'date', description: "The release's date." },
			dataset: { type: 'string' },
			licence: { type: 'string' },
			licenceUrl: { type: 'string', format: 'uri' },
			citation: { type: 'string' },
			values: { type: 'string', description: 'Values are kept exactly as stored: text is never prefixed for spreadsheets.' },
			documentation: { type: 'string', format: 'uri' }
		}),
		Contribution: objectOf(contributionFields, 'A link from a project to a goal, target or indicator, with the evidence it rests on.'),
		ContributionList: objectOf({ meta: ref('Meta'), data: arrayOf(ref('Contribution')) })
	};
	const paths: Record<string, Schema> = {};
	const csv = (what: string) => ({
		'200': {
			description: `${what} as CSV (UTF-8, comma-separated, a header row), values exactly as stored: text a spreadsheet could run as a formula is not neutralised.`,
			content: { 'text/csv': { schema: { type: 'string' } } }
		}
	});
	for (const c of collections) {
		const name = recordName(c.name);
		schemas[name] = objectOf(recordProperties(fields[c.table]));
		schemas[`${name}List`] = objectOf({ meta: ref('Meta'), data: arrayOf(ref(name)) });
		schemas[`${name}Document`] = objectOf({ ...recordProperties(fields[c.table]), ...itemParts[c.name] });
		schemas[`${name}Item`] = objectOf({ meta: ref('Meta'), data: ref(`${name}Document`) });
		const tag = [c.name];
		paths[`/${c.name}.json`] = {
			get: {
				operationId: `list_${c.name}`,
				tags: tag,
				summary: `Every ${name.toLowerCase()} (${c.list.length.toLocaleString('en')} in data version ${dataVersion})`,
				responses: { '200': { description: `Every ${name.toLowerCase()}, as records.`, content: { 'application/json': { schema: ref(`${name}List`) } } } }
			}
		};
		paths[`/${c.name}.csv`] = {
			get: { operationId: `list_${c.name}_csv`, tags: tag, summary: `Every ${name.toLowerCase()}, as CSV`, responses: csv(`Every ${name.toLowerCase()}`) }
		};
		paths[`/${c.name}/{${c.key}}.json`] = {
			get: {
				operationId: `get_${c.name}`,
				tags: tag,
				summary: `One ${name.toLowerCase()}, with ${Object.keys(itemParts[c.name]).join(' and ')}`,
				parameters: [{ name: c.key, in: 'path', required: true, schema: { type: 'string' }, example: c.example }],
				responses: {
					'200': { description: `The ${name.toLowerCase()} and what hangs on it.`, content: { 'application/json': { schema: ref(`${name}Item`) } } },
					'404': { description: `No ${name.toLowerCase()} has this ${c.key}.` }
				}
			}
		};
	}
	paths['/contributions.json'] = {
		get: {
			operationId: 'list_contributions',
			tags: ['contributions'],
			summary: 'Every contribution: each link from a project to a goal, target or indicator, with its evidence',
			responses: { '200': { description: 'Every contribution.', content: { 'application/json': { schema: ref('ContributionList') } } } }
		}
	};
	paths['/contributions.csv'] = {
		get: { operationId: 'list_contributions_csv', tags: ['contributions'], summary: 'Every contribution, as CSV', responses: csv('Every contribution') }
	};
	return {
		openapi: '3.1.0',
		info: {
			title: 'Citizen Science for the SDGs: static data API',
			version: apiVersion,
			summary: 'Goals, targets, indicators, projects, countries, networks and topics of the curated inventory, with every contribution and its evidence.',
			description: `Static files, regenerated with every data release (these are data version ${dataVersion} of ${date}). Every response carries a \`meta\` block saying which release it belongs to. Values are raw, for machines; the spreadsheet downloads on the open data page are the neutralised ones.`,
			license: { name: licence.name, url: licence.url }
		},
		servers: [{ url: `${site}/api/v1` }],
		externalDocs: { description: 'How to use the API, with examples', url: `${site}/open-data/api` },
		paths,
		components: { schemas }
	};
}
