/**
 * Long rows (unit, key, count) to a wide table (one column per key): the shape an analyst pastes
 * into an annex. Missing combinations are zero; key columns come in a stable order.
 *
 * Plain code rather than arquero: arquero compiles its aggregations with Function(), which the
 * site's Content-Security-Policy (no 'unsafe-eval') forbids.
 */
import type { PivotCell } from '../domain/tables';

export interface WideTable {
	keys: string[];
	rows: Record<string, string | number>[];
}

/**
 * @param keyOrder the order of key columns; keys not in it follow, sorted.
 * @param allKeys keep every key of `keyOrder` as a column even where no cell has it (a year without projects).
 */
export function pivotWide(codes: readonly string[], cells: readonly PivotCell[], keyOrder?: readonly string[], allKeys = false): WideTable {
	const seen = [...new Set(cells.map((c) => c.key))];
	const keys = keyOrder ? [...keyOrder.filter((k) => allKeys || seen.includes(k)), ...seen.filter((k) => !keyOrder.includes(k)).sort()] : seen.sort();
	// Sums per code and key: a cell may repeat a (code, key) pair.
	const sums = new Map<string, Map<string, number>>();
	for (const { code, key, projects } of cells) {
		const byKey = sums.get(code) ?? sums.set(code, new Map()).get(code)!;
		byKey.set(key, (byKey.get(key) ?? 0) + Number(projects));
	}
	return {
		keys,
		rows: codes.map((code) => ({ code, ...Object.fromEntries(keys.map((k) => [k, sums.get(code)?.get(k) ?? 0])) }))
	};
}
