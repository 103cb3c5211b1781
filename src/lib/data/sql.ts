/**
 * The only two ways text enters SQL other than as a prepared-statement parameter. Values always
 * go as parameters; these exist for the few places SQL grammar does not accept a parameter
 * (table and column names in DDL, and option values of table functions).
 */

/** Quote a table or column name: wrap in double quotes and double any inner double quote. */
export function sqlIdentifier(name: string): string {
	if (name.includes('\0')) throw new Error('An SQL identifier cannot contain a NUL character');
	return `"${name.replaceAll('"', '""')}"`;
}

/** Quote a constant string literal: wrap in single quotes and double any inner single quote. */
export function sqlString(value: string): string {
	if (value.includes('\0')) throw new Error('An SQL string cannot contain a NUL character');
	return `'${value.replaceAll("'", "''")}'`;
}
