/**
 * SQL fragments for the strength scale, written from its one definition (domain/strength.ts) so
 * that adding a value (the JRC scores were) changes every query at once. Only constants of the
 * scale reach the text: no value from a user or a file.
 */
import { strengths } from '../domain/strength';

/** One INTEGER column per strength, named after it, counting rows whose `rank` is that strength's. */
export function countsByStrength(rank: string, counted = '*'): string {
	return strengths.map((s, i) => `count(${counted}) FILTER (WHERE ${rank} = ${i + 1})::INTEGER AS "${s}"`).join(',\n\t\t       ');
}

/** The same counts as one STRUCT value (a field per strength), for a row that has other counts too. */
export function countsByStrengthStruct(rank: string, counted = '*'): string {
	return `struct_pack(${strengths.map((s, i) => `"${s}" := count(${counted}) FILTER (WHERE ${rank} = ${i + 1})::INTEGER`).join(', ')})`;
}

/** The strength named by a rank (1 direct … strengths.length). */
export function strengthOfRank(rank: string): string {
	return `CASE ${rank} ${strengths.map((s, i) => `WHEN ${i + 1} THEN '${s}'`).join(' ')} END`;
}
