/** Pure shaping for the world map: colour classes, and the sentence the map is labelled with. */
import type { CountryProjectsRow } from '../../domain/geography';

/** Sequential blues (ColorBrewer), light to dark; countries without projects are drawn neutral. */
export const palette = ['#c6dbef', '#9ecae1', '#6baed6', '#3182bd', '#08519c'];
export const noProjects = '#e9ecf0';

/**
 * Class breaks for counts from 1 to `max`: the lower bound of each class, at most five classes,
 * on a 1-2-5 ladder so legends read as round numbers.
 */
export function mapBreaks(max: number): number[] {
	const ladder = [1, 2, 3, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10000, 20000, 50000, 100000];
	const within = ladder.filter((b) => b <= Math.max(1, max));
	if (within.length <= palette.length) return within;
	// Too many steps: keep the first, the last and evenly spread ones between.
	const step = (within.length - 1) / (palette.length - 1);
	return Array.from({ length: palette.length }, (_, i) => within[Math.round(i * step)]);
}

export function colourFor(count: number, breaks: number[]): string {
	if (!count) return noProjects;
	let i = 0;
	while (i + 1 < breaks.length && count >= breaks[i + 1]) i++;
	return palette[Math.min(i, palette.length - 1)];
}

/** Legend entries: "1", "2–4", "5+" … */
export function legendItems(breaks: number[]): { label: string; colour: string }[] {
	return breaks.map((b, i) => {
		const next = breaks[i + 1];
		const label = next === undefined ? `${b}+` : next - 1 === b ? String(b) : `${b}–${next - 1}`;
		return { label, colour: palette[i] };
	});
}

/** What the map counts: projects by default; networks on /networks. */
export interface MapUnit {
	one: string;
	many: string;
	/** Said before those that name no country ("global-scale"). */
	unplacedBefore: string;
	/** Said after them ("(of a whole region or the world)"). */
	unplacedAfter: string;
	/** Their row in the data. */
	unplacedRow: string;
}
export const projectUnit: MapUnit = {
	one: 'project',
	many: 'projects',
	unplacedBefore: 'global-scale ',
	unplacedAfter: '',
	unplacedRow: 'Global scale (no country listed)'
};
export const capitalised = (s: string) => s[0].toUpperCase() + s.slice(1);

export function describeMap(rows: readonly CountryProjectsRow[], globalProjects: number, unit: MapUnit = projectUnit): string {
	const { one, many } = unit;
	const global = globalProjects ? ` ${globalProjects} ${unit.unplacedBefore}${globalProjects === 1 ? `${one} is` : `${many} are`} not on the map.` : '';
	if (rows.length === 0) return `World map of citizen-science ${many} per country: no ${one} names a country.${global}`;
	const top = rows
		.slice(0, 3)
		.map((r) => `${r.name} (${r.projects})`)
		.join(', ');
	return `World map of citizen-science ${many} per country: ${rows.length} countries named by ${many}; the most in ${top}.${global}`;
}
