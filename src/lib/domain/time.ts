/** Projects active per year. */

export interface ActiveYearRow {
	year: number;
	/** Active projects by their strongest link in scope. */
	direct: number;
	indirect: number;
	potential: number;
	projects: number;
	/** Projects whose start year this is (each placed project counts in exactly one year). */
	started: number;
}
