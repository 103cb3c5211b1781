/** Projects active per year. */

import type { StrengthCounts } from './strength';
/** (By strength: active projects by their strongest link in scope.) */
export interface ActiveYearRow extends StrengthCounts {
	year: number;
	projects: number;
	/** Projects whose start year this is (each placed project counts in exactly one year). */
	started: number;
}
