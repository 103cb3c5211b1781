/**
 * The embedded dataset's Frictionless descriptor (data/datapackage.json) is the one place its
 * tables are defined: the build validates files against it and DuckDB's tables are created from it.
 */
import descriptor from '../../../data/datapackage.json';
import { sqlIdentifier } from '../format/escape';
import { strengths } from '../domain/strength';

export interface FieldConstraints {
	required?: boolean;
	unique?: boolean;
	minimum?: number;
	maximum?: number;
	maxLength?: number;
	pattern?: string;
	enum?: string[];
}
export interface Field {
	name: string;
	type: 'string' | 'integer' | 'number';
	format?: string;
	description?: string;
	constraints?: FieldConstraints;
}
export interface ForeignKey {
	fields: string[];
	reference: { resource: string; fields: string[] };
}
export interface Resource {
	name: string;
	path: string;
	title?: string;
	schema: { fields: Field[]; primaryKey?: string[]; foreignKeys?: ForeignKey[] };
}
export interface DataPackage {
	name: string;
	title: string;
	description?: string;
	/** A release's persistent identifier once minted, e.g. https://doi.org/10.5281/zenodo.<n> (README: minting a DOI). */
	id?: string;
	version: string;
	created: string;
	curated: { title: string; date: string; note: string };
	licenses: { name: string; path: string; title?: string }[];
	sources: { title: string; path?: string }[];
	resources: Resource[];
}

export const dataPackage = descriptor as DataPackage;

/**
 * The tables an inventory fills; the others (SDG framework, countries) are the same for every
 * dataset. An import writes these three, and the loader fills them from every dataset shown.
 */
export type InventoryTable = 'projects' | 'project_countries' | 'contributions';
export const inventoryTables: InventoryTable[] = ['projects', 'project_countries', 'contributions'];

/**
 * Columns only the curated inventory fills: the evidence behind each link and fact. Imports carry
 * none (the importer writes the other columns, and a stored import from before they existed
 * still loads): they are read as NULL.
 */
export const curatedOnlyFields: Record<InventoryTable, readonly string[]> = {
	projects: ['record_locator'],
	project_countries: ['source_url', 'locator'],
	contributions: ['names_project', 'locator']
};

/**
 * Imports stored before suggested links (layout 1) have no evidence_type column; they load with
 * it NULL. Layout 2 carries it: 'suggested' for links a person accepted from the suggestions.
 */
export const importLayout = 2;
export const legacyImportFields: Record<InventoryTable, readonly string[]> = { ...curatedOnlyFields, contributions: ['evidence_type', ...curatedOnlyFields.contributions] };

/** The year the embedded inventory was curated: the last year the time charts show. */
export const inventoryYear = Number(dataPackage.curated.date.slice(0, 4));

const duckType: Record<Field['type'], string> = { string: 'VARCHAR', integer: 'INTEGER', number: 'DOUBLE' };

/**
 * DDL for one resource. Only NOT NULL is enforced by DuckDB: uniqueness, keys and patterns are
 * checked by the validator with located messages, which a database constraint error would not give.
 */
export function createTableSql(resource: Resource): string {
	const columns = resource.schema.fields.map(
		(f) => `${sqlIdentifier(f.name)} ${duckType[f.type]}${f.constraints?.required ? ' NOT NULL' : ''}`
	);
	return `CREATE OR REPLACE TABLE ${sqlIdentifier(resource.name)} (${columns.join(', ')})`;
}

/**
 * Fill a table from a CSV file the engine can read (a path in Node, a registered file name in the
 * browser). Every column is read as text under the name in the file's header and cast by name on
 * insert, so a file with its columns in another order still loads right, and an empty cell
 * becomes NULL. (A `columns` option would name columns by position and ignore the header.)
 *
 * @param present the columns the file has, for a file of an earlier release: a column added since
 *   (always an optional one, or the version would be a major one) is read as NULL.
 */
export function insertFromCsvSql(resource: Resource, present?: readonly string[]): string {
	const names = resource.schema.fields.map((f) => sqlIdentifier(f.name));
	const values = resource.schema.fields.map((f, i) => (!present || present.includes(f.name) ? names[i] : 'NULL'));
	return `INSERT INTO ${sqlIdentifier(resource.name)} (${names.join(', ')}) SELECT ${values.join(', ')} FROM read_csv(?, header = true, delim = ',', quote = '"', escape = '"', all_varchar = true)`;
}

/**
 * Derived tables every query module relies on, built once after loading. `contribution_links`
 * (a table, not a view, so no query pays for its joins again) resolves each contribution to its
 * goal, its target (when tagged at target or indicator level) and, for indicator-level links, the
 * unique indicator it counts towards.
 *
 * A repeated indicator is one indicator listed under several targets: 1.5.1, 11.5.1 and 13.1.1
 * are the same measure of disaster losses. A link to any of its codes counts once for the unique
 * indicator (its primary, 1.5.1), and for every goal and target it is listed under (goals 1, 11
 * and 13), so a goal page, the goal chart and the goal filter all agree. The table then has one
 * row per listing (`listed_as`); queries count distinct projects, never rows.
 */
const strengthRank = `CASE c.strength ${strengths.map((s, i) => `WHEN '${s}' THEN ${i + 1}`).join(' ')} END`;

export const derivedSql = [
	// Official order of SDG codes: 15.2 before 15.10, numbered targets before lettered ones (15.a).
	`CREATE OR REPLACE MACRO sdg_key(code) AS
	 array_to_string(list_transform(string_split(code, '.'), x -> CASE WHEN regexp_full_match(x, '[0-9]+') THEN lpad(x, 3, '0') ELSE 'z' || x END), '.')`,
	// Every listing of every indicator, keyed by code: 1.5.1, 11.5.1 and 13.1.1 each map to the
	// three listings of primary 1.5.1. A few hundred rows, so links join it on one equality.
	`CREATE OR REPLACE TABLE indicator_listings AS
	 SELECT i.indicator AS code, coalesce(i.repeat_of, i.indicator) AS primary_code, l.indicator AS listed_as, l.goal, l.target
	 FROM sdg_indicators i JOIN sdg_indicators l ON coalesce(l.repeat_of, l.indicator) = coalesce(i.repeat_of, i.indicator)`,
	// Only indicator-level links need the listings, so only they are joined (on one equality), and
	// the rest are resolved from their own code. The first form, two joins on coalesce()
	// expressions, took 4 s of a 5 s load at a million links in duckdb-wasm; one LEFT JOIN with the
	// level in its ON clause took 1.8 s; this split takes half that. Same rows: tests/unit/load.test.ts.
	// The text of each link (rationale, evidence) stays in contributions, which the two pages that
	// show it join: copied here it doubled the memory a large inventory takes in duckdb-wasm.
	`CREATE OR REPLACE TABLE contribution_links AS
	 SELECT c.project_id, c.sdg_code, c.level, c.strength,
	        m.goal, m.target, m.primary_code AS indicator, m.listed_as, ${strengthRank} AS strength_rank
	 FROM contributions c LEFT JOIN indicator_listings m ON m.code = c.sdg_code
	 WHERE c.level = 'indicator'
	 UNION ALL
	 SELECT c.project_id, c.sdg_code, c.level, c.strength,
	        CAST(split_part(c.sdg_code, '.', 1) AS INTEGER), CASE WHEN c.level = 'target' THEN c.sdg_code END, NULL, NULL, ${strengthRank}
	 FROM contributions c
	 WHERE c.level <> 'indicator'`,
	// Projects that list no SDG link (common in imports): the headline counts them apart, and a
	// small table spares it an anti-join against every link on each filter change.
	`CREATE OR REPLACE TABLE unlinked_projects AS
	 SELECT project_id FROM projects p WHERE NOT EXISTS (SELECT 1 FROM contributions c WHERE c.project_id = p.project_id)`
];

/** The tables derivedSql builds, rebuilt whenever the inventories loaded differ from the build's. */
export const derivedTables: string[] = derivedSql.flatMap((s) => /^CREATE OR REPLACE TABLE (\w+)/.exec(s)?.[1] ?? []);
