/** The projected map's shape, shared by its build-time projection (projection.ts) and the app (world.ts). */

/** The fixed frame the outlines are drawn in; the map's own viewBox scales it to any width. */
export const frame = { width: 720, height: Math.round(720 * 0.49) } as const;

export interface Outline {
	/** The feature's id (its ISO 3166-1 numeric code), else its name. */
	id: string;
	/** The country's UN M49 code, as the countries table has it; absent for shapes without one. */
	m49?: string;
	name: string;
	d: string;
	/** Where a tooltip for the country goes, in `frame` coordinates. */
	centroid: [number, number];
}

export interface ProjectedWorld {
	sphere: string;
	outlines: Outline[];
}
