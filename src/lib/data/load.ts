/** Create the dataset's tables and derived tables and fill them from CSV files, in any engine. */
import type { SqlClient } from './client';
import { createTableSql, dataPackage, insertFromCsvSql, derivedSql, inventoryTables, type Resource } from './package';
import { sqlIdentifier } from '../format/escape';
import type { LoadFailure } from '../domain/datasets';


export const isInventory = (resource: Resource) => (inventoryTables as string[]).includes(resource.name);

/** An imported inventory's files, in the embedded dataset's table layout (see src/lib/import). */
export interface ImportedInventory {
	id: string;
	title: string;
	/** Where the engine can read each table's CSV (a path, or a registered file name). */
	files: Record<string, string>;
}

/** Which inventories the dashboard shows: the embedded one, imported ones, or both side by side. */
export interface LoadSelection {
	embedded: boolean;
	imported: ImportedInventory[];
}

export const embeddedOnly: LoadSelection = { embedded: true, imported: [] };

/**
 * An imported table is read like the embedded one, except that an empty description (allowed in
 * imports, required in the curated inventory) becomes '' rather than breaking NOT NULL.
 */
function insertImportedSql(resource: Resource): string {
	const names = resource.schema.fields.map((f) => sqlIdentifier(f.name));
	const values = resource.schema.fields.map((f) => (f.name === 'description' ? `coalesce(description, '')` : sqlIdentifier(f.name)));
	return `INSERT INTO ${sqlIdentifier(resource.name)} (${names.join(', ')}) SELECT ${values.join(', ')} FROM read_csv(?, header = true, delim = ',', quote = '"', escape = '"', all_varchar = true)`;
}

/** What was loaded: the embedded inventory (shown, or the fallback when every import failed) and the imports that failed. */
export interface LoadOutcome {
	embedded: boolean;
	failed: LoadFailure[];
}

/**
 * The engine's message about a stored dataset that cannot be read, in the user's words. The
 * engine's own text follows, for whoever reports the problem.
 */
export function loadFailureCause(message: string): string {
	const engine = message.split('\n')[0].slice(0, 200);
	if (/gzip|compress|inflate|zlib/i.test(message)) return `Its stored copy in this browser is damaged (a part is not readable compressed data). (${engine})`;
	if (/not found in FROM clause|Referenced column|does not have a column|Binder Error/i.test(message))
		return `Its stored tables cannot be read: they are damaged, cut off, or lack columns this version of the dashboard reads. (${engine})`;
	if (/Conversion Error|Could not convert|Invalid Input Error|CSV Error/i.test(message))
		return `Its stored tables hold values that cannot be read (damaged or cut off). (${engine})`;
	if (/Constraint Error|duplicate key/i.test(message)) return `Its projects clash with projects already loaded. (${engine})`;
	return engine;
}

/**
 * @param fileFor where the engine can read a resource's CSV: a path on disk for native DuckDB,
 *   the name a file was registered under for duckdb-wasm.
 * Each imported dataset loads on its own, in a transaction: one that cannot be read (a damaged
 * stored copy, tables of another shape) is rolled back, named in the outcome, and the others load.
 * When the embedded inventory was not asked for and no import loads, it is loaded instead, so the
 * dashboard never shows an empty engine.
 */
export async function loadDataset(client: SqlClient, fileFor: (resource: Resource) => string, selection: LoadSelection = embeddedOnly): Promise<LoadOutcome> {
	for (const resource of dataPackage.resources) await client.query(createTableSql(resource));
	// Every project keeps the dataset it came from, so lists can say so and the selector can count.
	await client.query(`ALTER TABLE projects ADD COLUMN dataset VARCHAR`);
	await client.query(`CREATE OR REPLACE TABLE datasets (dataset VARCHAR NOT NULL, title VARCHAR NOT NULL)`);
	for (const resource of dataPackage.resources.filter((r) => !isInventory(r))) await client.query(insertFromCsvSql(resource), [fileFor(resource)]);
	const loadEmbedded = async () => {
		for (const resource of dataPackage.resources.filter(isInventory)) await client.query(insertFromCsvSql(resource), [fileFor(resource)]);
		await client.query(`UPDATE projects SET dataset = 'embedded' WHERE dataset IS NULL`);
		await client.query(`INSERT INTO datasets VALUES ('embedded', ?)`, [dataPackage.curated.title]);
	};
	if (selection.embedded) await loadEmbedded();
	const failed: LoadFailure[] = [];
	for (const imported of selection.imported) {
		await client.query('BEGIN TRANSACTION');
		try {
			for (const resource of dataPackage.resources.filter(isInventory)) {
				await client.query(insertImportedSql(resource), [imported.files[resource.name]]);
			}
			await client.query(`UPDATE projects SET dataset = ? WHERE dataset IS NULL`, [imported.id]);
			await client.query(`INSERT INTO datasets VALUES (?, ?)`, [imported.id, imported.title]);
			await client.query('COMMIT');
		} catch (e) {
			await client.query('ROLLBACK');
			failed.push({ id: imported.id, title: imported.title, cause: loadFailureCause(e instanceof Error ? e.message : String(e)) });
		}
	}
	const embedded = selection.embedded || failed.length === selection.imported.length;
	if (embedded && !selection.embedded) await loadEmbedded();
	for (const statement of derivedSql) await client.query(statement);
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
