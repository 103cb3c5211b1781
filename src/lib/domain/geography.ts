/** Projects by country and by UN region. */

export interface CountryCoverage {
	/** Distinct countries named by at least one project in scope. */
	countries: number;
	/** Projects in scope of global scale, reported apart: a global record may also name countries, and counts there too. */
	globalProjects: number;
}

export interface CountryProjectsRow {
	iso3: string;
	m49: string;
	name: string;
	region: string | null;
	sub_region: string | null;
	projects: number;
	/** Of those, projects that name only this country. */
	single_country: number;
}

export interface RegionProjectsRow {
	/** UN M49 region, or 'Global' for global-scale projects. */
	region: string;
	projects: number;
	countries: number;
}
