/** Create the dataset's tables and derived tables and fill them from its CSV files, in any engine. */
import type { SqlClient } from './client';
import { createTableSql, dataPackage, insertFromCsvSql, derivedSql, type Resource } from './package';

/**
 * @param fileFor where the engine can read a resource's CSV: a path on disk for native DuckDB,
 *   the name a file was registered under for duckdb-wasm.
 */
export async function loadDataset(client: SqlClient, fileFor: (resource: Resource) => string): Promise<void> {
	for (const resource of dataPackage.resources) {
		await client.query(createTableSql(resource));
		await client.query(insertFromCsvSql(resource), [fileFor(resource)]);
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
