/**
 * How strongly a project contributes to a goal, target or indicator: one scale for every part of
 * the app. The curated inventory grades its links by evidence (direct, indirect, potential); the
 * European Commission JRC inventory scores goals 2 or 1 by its study team's judgement. The two are
 * never merged: the JRC scores are separate values of the scale, after the curated ones, so a
 * project in both datasets counts at its curated grade where it has one.
 */

/** Strengths from strongest to weakest; a project counts once per goal, at its strongest link. */
export const strengths = ['direct', 'indirect', 'potential', 'scored-2', 'scored-1'] as const;

export type Strength = (typeof strengths)[number];

/** The curated inventory's evidence grades. */
export const curatedStrengths = ['direct', 'indirect', 'potential'] as const satisfies readonly Strength[];

export const isCurated = (s: Strength) => (curatedStrengths as readonly string[]).includes(s);

/** The JRC study's goal scores. */
export const jrcStrengths = ['scored-2', 'scored-1'] as const satisfies readonly Strength[];

/** 1 for direct … 5 for JRC scored 1: the rank the derived tables and the overview index use. */
export const strengthRank = (s: Strength): number => strengths.indexOf(s) + 1;

/**
 * A JRC score read by the importer's wide layout (0 none, 1 indirect, 2 direct, as a visitor's
 * import reads any such file) on the JRC's own scale.
 */
export function jrcScoreStrength(imported: string): Strength {
	if (imported === 'direct') return 'scored-2';
	if (imported === 'indirect') return 'scored-1';
	throw new Error(`expected a JRC score read as direct or indirect, found ${imported}`);
}

/** Projects (or anything counted) at each strength, e.g. a goal's bar or a year's column. */
export type StrengthCounts = Record<Strength, number>;

/** Counts by strength from a function of the rank (1 direct … strengths.length). */
export function strengthCounts(byRank: (rank: number) => number): StrengthCounts {
	return Object.fromEntries(strengths.map((s, i) => [s, byRank(i + 1)])) as StrengthCounts;
}

export const sumCounts = (c: StrengthCounts): number => strengths.reduce((n, s) => n + c[s], 0);
