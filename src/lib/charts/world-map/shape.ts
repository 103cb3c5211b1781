/** Pure shaping for the world map: colour classes, and the sentences the map is labelled with. */
import type { CountryProjectsRow } from '../../domain/geography';
import { formatCount } from '../../format/number';
import { t } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/translate';
import { commaSeries, sentences } from '../kit/words';

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
		const label = next === undefined ? `${formatCount(b)}+` : next - 1 === b ? formatCount(b) : `${formatCount(b)}–${formatCount(next - 1)}`;
		return { label, colour: palette[i] };
	});
}

/** What the map counts: projects by default; networks on /networks. */
export type MapUnitName = 'projects' | 'networks';

/**
 * @deprecated The unit in English words, as /networks once passed it: its words are no longer
 * read (every sentence is a message of its own, in each language). Pass `unit="networks"`.
 */
export interface MapUnit {
	one: string;
	many: string;
	unplacedBefore: string;
	unplacedAfter: string;
	unplacedRow: string;
}

/** The unit named, or the one an old words object stands for (anything but projects is networks). */
export const unitName = (unit: MapUnitName | MapUnit): MapUnitName => (typeof unit === 'string' ? unit : unit.many === 'projects' ? 'projects' : 'networks');

/**
 * Each unit's sentences: whole messages per unit rather than a noun put into one sentence, since
 * the words around the noun change with it (gender, case) in most languages.
 */
export const mapMessages = {
	projects: {
		describe: 'worldMap.projects.describe',
		describeNone: 'worldMap.projects.describeNone',
		unplaced: 'worldMap.projects.unplaced',
		subtitle: 'worldMap.projects.subtitle',
		notDrawn: 'worldMap.projects.notDrawn',
		empty: 'worldMap.projects.empty',
		emptyPlaced: 'worldMap.projects.emptyPlaced',
		keys: 'worldMap.projects.keys',
		keysSelect: 'worldMap.projects.keysSelect',
		count: 'worldMap.projects.count',
		countAlone: 'worldMap.projects.countAlone',
		announce: 'worldMap.projects.announce',
		perCountry: 'worldMap.projects.perCountry',
		column: 'worldMap.projects.column'
	},
	networks: {
		describe: 'worldMap.networks.describe',
		describeNone: 'worldMap.networks.describeNone',
		unplaced: 'worldMap.networks.unplaced',
		subtitle: 'worldMap.networks.subtitle',
		notDrawn: 'worldMap.networks.notDrawn',
		empty: 'worldMap.networks.empty',
		emptyPlaced: 'worldMap.networks.emptyPlaced',
		keys: 'worldMap.networks.keys',
		keysSelect: 'worldMap.networks.keysSelect',
		count: 'worldMap.networks.count',
		countAlone: 'worldMap.networks.countAlone',
		announce: 'worldMap.networks.announce',
		perCountry: 'worldMap.networks.perCountry',
		column: 'worldMap.networks.column'
	}
} as const satisfies Record<MapUnitName, Record<string, MessageKey>>;

/** The data's row for those naming no country: a value of the CSV export, in English like the countries' names. */
export const unplacedRow: Record<MapUnitName, string> = {
	projects: 'Global scale (no country listed)',
	networks: 'No country listed (a whole region or the world)'
};

/** "Kenya (3)": a country and its count, in the map's lists. */
export const countryCount = (name: string, count: number): string => t('worldMap.countryCount', { name, count: formatCount(count) });

export function describeMap(rows: readonly CountryProjectsRow[], globalProjects: number, unit: MapUnitName = 'projects'): string {
	const m = mapMessages[unit];
	const global = globalProjects ? t(m.unplaced, { count: formatCount(globalProjects), n: globalProjects }) : null;
	if (rows.length === 0) return sentences(t(m.describeNone), global);
	const top = commaSeries(rows.slice(0, 3).map((r) => countryCount(r.name, r.projects)));
	return sentences(t(m.describe, { count: formatCount(rows.length), n: rows.length, top }), global);
}
