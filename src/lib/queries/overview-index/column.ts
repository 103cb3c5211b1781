/**
 * A column read row by row: an array (the database's rows), or a column of the build's file read
 * as it is asked for (project-list-wire.ts), so a page of 50 projects decodes the blocks of its 50
 * rows.
 */
export interface Column<T> {
	readonly length: number;
	at(row: number): T | undefined;
	/** Whether it holds exactly the values of `other` in this order, if it can tell without making a value per row. */
	equals?(other: Column<T>): boolean;
}
