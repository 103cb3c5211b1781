/** The suggester's settings, apart from its code so the methodology page can state them without loading the search library. */

/** Suggestions below this score are not made; at most `perProject` per project, the strongest. */
export const defaultSuggestOptions = { minScore: 0.35, perProject: 5 };

/** An official text counts only when this many of its meaningful words are the project's: with two, it suggested too much (measured on the JRC projects with even UIDs). */
export const textMinWords = 3;
