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
