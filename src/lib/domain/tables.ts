/** The indicator tables for analysts: levels, rows and pivots. */

import type { StrengthCounts } from './strength';
export const tableLevels = ['indicator', 'target', 'goal'] as const;

export type TableLevel = (typeof tableLevels)[number];

export interface IndicatorTableRow extends StrengthCounts {
	code: string;
	goal: number;
	title: string;
	/** Indicator level only. */
	tier: string | null;
	custodian_agencies: string | null;
	projects: number;
	countries: number;
	regions: string[];
	first_year: number | null;
	last_year: number | null;
}

export const pivotDimensions = ['region', 'year', 'strength'] as const;

export type PivotDimension = (typeof pivotDimensions)[number];

export interface PivotCell {
	code: string;
	key: string;
	projects: number;
}
