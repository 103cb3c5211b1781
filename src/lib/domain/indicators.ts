/** What the app knows of indicators: coverage, status, facts and an indicator's page. */
import type { LinkSource } from './evidence';
import type { Strength } from './strength';

export interface IndicatorCoverage {
	/** Unique indicators in the framework (repeats counted once, as their primary). */
	total: number;
	/** Unique indicators with at least one indicator-level contribution of any strength. */
	linked: number;
	/** Of those, how many have a direct link, an indirect one at best, or only potential links. */
	direct: number;
	indirect: number;
	potential: number;
}

export interface IndicatorStatusRow {
	indicator: string;
	target: string;
	goal: number;
	title: string;
	tier: string;
	repeat_of: string | null;
	/** Strongest link in scope: direct, indirect, potential, or null for none. */
	strength: Strength | null;
	projects: number;
}

export interface IndicatorInfo {
	indicator: string;
	target: string;
	target_title: string;
	goal: number;
	goal_short_title: string;
	colour: string;
	title: string;
	tier: string;
	custodian_agencies: string | null;
	partner_agencies: string | null;
	repeat_of: string | null;
	/** Other codes under which the same indicator is listed. */
	repeats: string[];
}

export interface IndicatorProjectRow extends LinkSource {
	project_id: string;
	name: string;
	/** The code the project is linked under (the indicator itself or one of its repeats). */
	sdg_code: string;
	strength: string;
	rationale: string;
	countries: string[];
	geographic_scale: string;
}

export interface IndicatorPage {
	projects: IndicatorProjectRow[];
	countries: { iso3: string; name: string; projects: number }[];
}

/**
 * An SDG code's place in the official order, as text to compare: 15.2 before 15.10, numbered
 * targets before lettered ones (15.9 before 15.a). The SQL's sdg_key (src/lib/data/package.ts),
 * whose lpad() cuts a longer part to three characters, restated.
 */
export const sdgKey = (code: string): string =>
	code
		.split('.')
		.map((x) => (/^[0-9]+$/.test(x) ? x.padStart(3, '0').slice(0, 3) : `z${x}`))
		.join('.');
