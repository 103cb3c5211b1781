/**
 * The indicator table's rows as shown: each row with its pivot columns, narrowed to a search and
 * to rows with a contribution if asked, and sorted by any column. The code column sorts in the
 * framework's order (15.2 before 15.10), which is the order the query returns.
 */
import type { IndicatorTableRow } from '../domain/tables';
import type { WideTable } from './pivot';

export type IndicatorRow = IndicatorTableRow & Record<string, unknown>;

export interface RowView {
	search: string;
	onlyLinked: boolean;
	sort: string;
	desc: boolean;
}

export function indicatorRows(rows: readonly IndicatorTableRow[], wide: WideTable | null, view: RowView): IndicatorRow[] {
	const byCode = new Map(wide?.rows.map((r) => [r.code, r]) ?? []);
	const order = new Map(rows.map((r, i) => [r.code, i]));
	const search = view.search.toLowerCase();
	let out = rows.map((r) => ({ ...r, ...byCode.get(r.code) }) as IndicatorRow);
	if (view.onlyLinked) out = out.filter((r) => r.projects > 0);
	if (search) out = out.filter((r) => r.code.toLowerCase().includes(search) || r.title.toLowerCase().includes(search));
	const dir = view.desc ? -1 : 1;
	const key = view.sort;
	return out.sort((a, b) => {
		if (key === 'code') return dir * (order.get(a.code)! - order.get(b.code)!);
		const x = a[key];
		const y = b[key];
		const cmp = typeof x === 'number' && typeof y === 'number' ? x - y : String(x ?? '').localeCompare(String(y ?? ''));
		return dir * cmp || order.get(a.code)! - order.get(b.code)!;
	});
}
