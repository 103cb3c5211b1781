/** Create the dataset's tables and derived tables and fill them from CSV files, in any engine. */
import type { SqlClient } from './client';
import { createTableSql, curatedOnlyFields, dataPackage, importLayout, legacyImportFields, insertFromCsvSql, derivedSql, inventoryTables, type InventoryTable, type Resource } from './package';
import { sqlIdentifier } from '../format/escape';
import { formatCount } from '../format/number';
import { t } from '../i18n/i18n';
import type { LoadFailure } from '../domain/datasets';
// An import holds the curated scale only: the JRC scores are the published JRC dataset's.
import { evidenceTypes } from '../domain/evidence';
import { curatedStrengths } from '../domain/strength';


export const isInventory = (resource: Resource) => (inventoryTables as string[]).includes(resource.name);

/** An imported inventory's files, in the embedded dataset's table layout (see src/lib/import). */
export interface ImportedInventory {
	id: string;
	title: string;
	/** Where the engine can read each table's CSV (a path, or a registered file name). */
	files: Record<string, string>;
	/** The stored tables' column layout (package.ts importLayout); 1 (the default) when the stored copy predates layouts. */
	layout?: number;
}

/**
 * Which inventories the dashboard shows: the two published ones (the curated inventory, which the
 * code calls embedded, and the European Commission JRC inventory), imported ones, side by side.
 * `jrc` holds where the engine reads the JRC inventory's tables, or null when it is not shown.
 */
export interface LoadSelection {
	embedded: boolean;
	jrc: JrcTables | null;
	imported: ImportedInventory[];
	/**
	 * An earlier data release in place of the current files: each CSV file's columns, by its path
	 * inside the release (domain/releases.ts). A table it lacks stays empty; a column it lacks is NULL.
	 */
	release?: { columns: Record<string, string[]> };
}

/** Where the engine reads each table of the published JRC inventory (converted by the build). */
export type JrcTables = Record<InventoryTable, string>;

export const embeddedOnly: LoadSelection = { embedded: true, jrc: null, imported: [] };

/** The JRC inventory's id in the projects' dataset column, and its title. */
export const jrcDataset = { id: 'jrc', title: 'European Commission JRC inventory of environmental citizen-science projects' };

/** The build writes the converted JRC tables here, beside the curated inventory's files. */
export const jrcTablePath = (table: InventoryTable) => `jrc/${table}.csv`;

/**
 * A project in both published datasets counts once: the JRC record of each match in
 * data/jrc_crosswalk.csv gives its goal scores (and, for a project with countries, any country the
 * curated record lacks) to the curated record, and is dropped. Both kinds of link then sit on one
 * project, each on its own scale. The countries are added in a fixed order: DISTINCT alone gives
 * the rows in the order the engine's threads finish, so the table's order (and a file written
 * from it) would differ from one load to the next.
 */
const mergeMatchedSql = [
	`UPDATE contributions SET project_id = x.project_id FROM jrc_crosswalk x WHERE contributions.project_id = x.jrc_project_id`,
	`INSERT INTO project_countries (project_id, country)
	 SELECT DISTINCT x.project_id, pc.country FROM project_countries pc
	 JOIN jrc_crosswalk x ON pc.project_id = x.jrc_project_id
	 JOIN projects p ON p.project_id = x.project_id AND p.geographic_scale <> 'global'
	 WHERE NOT EXISTS (SELECT 1 FROM project_countries c WHERE c.project_id = x.project_id AND c.country = pc.country)
	 ORDER BY x.project_id, pc.country`,
	`DELETE FROM project_countries WHERE project_id IN (SELECT jrc_project_id FROM jrc_crosswalk)`,
	`DELETE FROM projects WHERE project_id IN (SELECT jrc_project_id FROM jrc_crosswalk)`
];

/**
 * An imported table is read like the embedded one, except that an empty description (allowed in
 * imports, required in the curated inventory) becomes '' rather than breaking NOT NULL, and the
 * curated inventory's evidence columns, which imports lack, are NULL.
 */
function insertImportedSql(resource: Resource, layout: number): string {
	const names = resource.schema.fields.map((f) => sqlIdentifier(f.name));
	const curatedOnly = (layout >= importLayout ? curatedOnlyFields : legacyImportFields)[resource.name as InventoryTable];
	const values = resource.schema.fields.map((f) =>
		f.name === 'description' ? `coalesce(description, '')` : curatedOnly.includes(f.name) ? 'NULL' : sqlIdentifier(f.name)
	);
	return `INSERT INTO ${sqlIdentifier(resource.name)} (${names.join(', ')}) SELECT ${values.join(', ')} FROM read_csv(?, header = true, delim = ',', quote = '"', escape = '"', all_varchar = true)`;
}

/** What was loaded: the embedded inventory (shown, or the fallback when every import failed) and the imports that failed. */
export interface LoadOutcome {
	embedded: boolean;
	failed: LoadFailure[];
}

/**
 * The engine's message about a stored dataset that cannot be read, in the user's words and the
 * page's language (datasets load in the page, never in a worker). The engine's own text follows,
 * in English, for whoever reports the problem.
 */
export function loadFailureCause(message: string): string {
	const engine = message.split('\n')[0].slice(0, 200);
	if (/gzip|compress|inflate|zlib/i.test(message)) return t('datasets.cause.damaged', { engine });
	if (/not found in FROM clause|Referenced column|does not have a column|Binder Error/i.test(message)) return t('datasets.cause.columns', { engine });
	if (/Conversion Error|Could not convert|Invalid Input Error|CSV Error/i.test(message)) return t('datasets.cause.values', { engine });
	return engine;
}

/** A stored copy that loads but holds rows the derived tables cannot use; its message is the cause, in words. */
class UnusableRows extends Error {}

/**
 * What the derived tables rely on, checked inside an import's transaction so that a stored copy
 * that loads but would break them (a code that is not an SDG code, a strength outside the scale, a
 * project id another dataset has) fails that dataset alone instead of the whole load. The importer
 * never writes such rows; a damaged or edited stored copy can hold them. Contributions appended in
 * the transaction are those at or past the row count before it (nothing is ever deleted here).
 */
async function checkImportedRows(client: SqlClient, contributionsBefore: number): Promise<void> {
	const [{ codes }] = await client.query<{ codes: number }>(
		`SELECT count(*)::INTEGER AS codes FROM contributions WHERE rowid >= ? AND NOT coalesce(
		   strength IN (${curatedStrengths.map((s) => `'${s}'`).join(', ')})
		   AND (evidence_type IS NULL OR evidence_type IN (${evidenceTypes.map((t) => `'${t}'`).join(', ')})) AND CASE level
		     WHEN 'goal' THEN regexp_full_match(sdg_code, '[0-9]{1,2}')
		     WHEN 'target' THEN regexp_full_match(sdg_code, '[0-9]{1,2}\\.([0-9]{1,2}|[a-z])')
		     WHEN 'indicator' THEN regexp_full_match(sdg_code, '[0-9]{1,2}\\.([0-9]{1,2}|[a-z])\\.[0-9]{1,2}')
		     ELSE false END, false)`,
		[contributionsBefore]
	);
	if (codes > 0)
		throw new UnusableRows(t('datasets.cause.unknownCodes', { n: codes, count: formatCount(codes) }));
	const [{ clashes }] = await client.query<{ clashes: number }>(
		`SELECT count(*)::INTEGER AS clashes FROM (SELECT project_id FROM projects GROUP BY project_id HAVING count(*) > 1)`
	);
	if (clashes > 0) throw new UnusableRows(t('datasets.cause.clashes', { n: clashes, count: formatCount(clashes) }));
}

/**
 * The published datasets' tables as the build left them (shipped-tables.ts), for an engine that
 * can take them whole: the default view (both published datasets) then needs no CSV read and, with
 * no import beside it, no derivation.
 */
export interface PublishedTables {
	/**
	 * Make every table of the default view readable: with `derived`, the derived tables and their
	 * macros too, as the build made them (nothing is derived again); without, only the datasets'
	 * own tables, in the engine's catalog, to be joined by imports and derived over all.
	 */
	restore(derived: boolean): Promise<void>;
}

/**
 * @param fileFor where the engine can read a resource's CSV: a path on disk for native DuckDB,
 *   the name a file was registered under for duckdb-wasm.
 * @param published the build's tables, used for the default view when given; otherwise (and for
 *   any other view) the CSV files are read and the tables derived.
 * Each imported dataset loads on its own, in a transaction: one that cannot be read (a damaged
 * stored copy, tables of another shape) is rolled back, named in the outcome, and the others load.
 * When the embedded inventory was not asked for and no import loads, it is loaded instead, so the
 * dashboard never shows an empty engine.
 */
export async function loadDataset(client: SqlClient, fileFor: (resource: Resource) => string, selection: LoadSelection = embeddedOnly, published?: PublishedTables): Promise<LoadOutcome> {
	const restore = published !== undefined && selection.embedded && selection.jrc !== null && !selection.release;
	const columns = selection.release?.columns;
	const insertCsv = async (resource: Resource, path: string, file: string) => {
		if (!columns || columns[path]) await client.query(insertFromCsvSql(resource, columns?.[path]), [file]);
	};
	// With imports beside them the derived tables are built again from everything loaded.
	const restoreDerived = restore && selection.imported.length === 0;
	const loadEmbedded = async () => {
		for (const resource of dataPackage.resources.filter(isInventory)) await insertCsv(resource, resource.path, fileFor(resource));
		await client.query(`UPDATE projects SET dataset = 'embedded' WHERE dataset IS NULL`);
		await client.query(`INSERT INTO datasets VALUES ('embedded', ?)`, [dataPackage.curated.title]);
	};
	if (restore) {
		await published.restore(restoreDerived);
	} else {
		for (const resource of dataPackage.resources) await client.query(createTableSql(resource));
		// Every project keeps the dataset it came from, so lists can say so and the selector can count.
		await client.query(`ALTER TABLE projects ADD COLUMN dataset VARCHAR`);
		await client.query(`CREATE OR REPLACE TABLE datasets (dataset VARCHAR NOT NULL, title VARCHAR NOT NULL)`);
		for (const resource of dataPackage.resources.filter((r) => !isInventory(r))) await insertCsv(resource, resource.path, fileFor(resource));
		if (selection.embedded) await loadEmbedded();
		if (selection.jrc) {
			for (const resource of dataPackage.resources.filter(isInventory)) {
				await insertCsv(resource, jrcTablePath(resource.name as InventoryTable), selection.jrc[resource.name as InventoryTable]);
			}
			await client.query(`UPDATE projects SET dataset = ? WHERE dataset IS NULL`, [jrcDataset.id]);
			await client.query(`INSERT INTO datasets VALUES (?, ?)`, [jrcDataset.id, jrcDataset.title]);
			if (selection.embedded) for (const statement of mergeMatchedSql) await client.query(statement);
		}
	}
	const failed: LoadFailure[] = [];
	for (const imported of selection.imported) {
		const [{ before }] = await client.query<{ before: number }>(`SELECT count(*)::INTEGER AS before FROM contributions`);
		await client.query('BEGIN TRANSACTION');
		try {
			for (const resource of dataPackage.resources.filter(isInventory)) {
				await client.query(insertImportedSql(resource, imported.layout ?? 1), [imported.files[resource.name]]);
			}
			await checkImportedRows(client, before);
			await client.query(`UPDATE projects SET dataset = ? WHERE dataset IS NULL`, [imported.id]);
			await client.query(`INSERT INTO datasets VALUES (?, ?)`, [imported.id, imported.title]);
			await client.query('COMMIT');
		} catch (e) {
			// A failed COMMIT can leave no transaction to roll back; that must not end the whole load.
			await client.query('ROLLBACK').catch(() => undefined);
			const cause = e instanceof UnusableRows ? e.message : loadFailureCause(e instanceof Error ? e.message : String(e));
			failed.push({ id: imported.id, title: imported.title, cause });
		}
	}
	// Nothing shown at all (no published dataset asked for, every import failed): the curated one.
	const embedded = selection.embedded || (!selection.jrc && failed.length === selection.imported.length);
	if (embedded && !selection.embedded) await loadEmbedded();
	if (!restoreDerived) for (const statement of derivedSql) await client.query(statement);
	return { embedded, failed };
}

/**
 * Once the data are loaded, nothing may read a file (not even the registered CSVs), reach the
 * network or change a setting. The SQL console's checks are the first line of defence; this is
 * the engine's own, and no later statement can undo it.
 */
export const lockStatements = [`SET enable_external_access = false`, `SET lock_configuration = true`];

export async function lockDatabase(client: SqlClient): Promise<void> {
	for (const statement of lockStatements) await client.query(statement);
}
