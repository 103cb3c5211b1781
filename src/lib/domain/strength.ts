/** How strongly a project contributes to a goal, target or indicator: one scale for every part of the app. */

/** Strengths from strongest to weakest; a project counts once per goal, at its strongest link. */
export const strengths = ['direct', 'indirect', 'potential'] as const;

export type Strength = (typeof strengths)[number];
