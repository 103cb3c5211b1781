/** Create the dataset's tables and derived tables and fill them from CSV files, in any engine. */
import type { SqlClient } from './client';
import { createTableSql, dataPackage, insertFromCsvSql, derivedSql, inventoryTables, type Resource } from './package';
import { sqlIdentifier } from './sql';


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

/**
 * @param fileFor where the engine can read a resource's CSV: a path on disk for native DuckDB,
 *   the name a file was registered under for duckdb-wasm.
 */
export async function loadDataset(client: SqlClient, fileFor: (resource: Resource) => string, selection: LoadSelection = embeddedOnly): Promise<void> {
	for (const resource of dataPackage.resources) {
		await client.query(createTableSql(resource));
		if (selection.embedded || !isInventory(resource)) await client.query(insertFromCsvSql(resource), [fileFor(resource)]);
	}
	// Every project keeps the dataset it came from, so lists can say so and the selector can count.
	await client.query(`ALTER TABLE projects ADD COLUMN dataset VARCHAR`);
	await client.query(`UPDATE projects SET dataset = 'embedded'`);
	await client.query(`CREATE OR REPLACE TABLE datasets (dataset VARCHAR NOT NULL, title VARCHAR NOT NULL)`);
	if (selection.embedded) await client.query(`INSERT INTO datasets VALUES ('embedded', ?)`, [dataPackage.curated.title]);
	for (const imported of selection.imported) {
		for (const resource of dataPackage.resources.filter(isInventory)) {
			await client.query(insertImportedSql(resource), [imported.files[resource.name]]);
		}
		await client.query(`UPDATE projects SET dataset = ? WHERE dataset IS NULL`, [imported.id]);
		await client.query(`INSERT INTO datasets VALUES (?, ?)`, [imported.id, imported.title]);
	}
	for (const statement of derivedSql) await client.query(statement);
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
