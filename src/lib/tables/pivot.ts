/**
 * Long rows (unit, key, count) to a wide table (one column per key) with arquero: the shape an
 * analyst pastes into an annex. Missing combinations are zero; key columns come in a stable order.
 */
import { from, op } from 'arquero';
import type { PivotCell } from '../queries/indicator-table';

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
	const wide = cells.length
		? from(cells as PivotCell[])
				.groupby('code')
				.pivot('key', { projects: (d: { projects: number }) => op.sum(d.projects) })
				.objects()
		: [];
	const byCode = new Map(wide.map((r) => [String((r as { code: string }).code), r as Record<string, number>]));
	return {
		keys,
		rows: codes.map((code) => {
			const found = byCode.get(code) ?? {};
			return { code, ...Object.fromEntries(keys.map((k) => [k, Number(found[k] ?? 0)])) };
		})
	};
}
