/** Projects active per year. */

export interface ActiveYearRow {
	year: number;
	/** Active projects by their strongest link in scope. */
	direct: number;
	indirect: number;
	potential: number;
	projects: number;
}
