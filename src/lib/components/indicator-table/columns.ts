/** The indicator table's columns for a level and pivot, and the text of a cell. */
// The JRC inventory scores goals only: its columns would be empty at target and indicator level.
import { strengthLabel } from '../../format/labels';
import { curatedStrengths, strengths, type Strength } from '../../domain/strength';
import type { ExportColumn } from '../../export/table';
import type { PivotDimension, TableLevel } from '../../domain/tables';
import { formatCount } from '../../format/number';

export interface IndicatorColumn {
	key: string;
	label: string;
	numeric?: boolean;
	/** A calendar year: never grouped by thousands ("2009", not "2,009"). */
	year?: boolean;
	type: ExportColumn['type'];
}

const counts = (keys: string[]): IndicatorColumn[] => keys.map((key) => ({ key, label: key, numeric: true, type: 'integer' }));

export function indicatorColumns(level: TableLevel, pivot: PivotDimension | null, pivotKeys: string[]): IndicatorColumn[] {
	return [
		{ key: 'code', label: level === 'indicator' ? 'Indicator' : level === 'target' ? 'Target' : 'Goal', type: 'string' },
		{ key: 'title', label: 'Official title', type: 'string' },
		...(level === 'indicator'
			? [
					{ key: 'tier', label: 'Tier', type: 'string' as const },
					{ key: 'custodian_agencies', label: 'Custodian', type: 'string' as const }
				]
			: []),
		...(pivot
			? counts(pivotKeys)
			: counts(level === 'goal' ? [...strengths] : [...curatedStrengths]).map((c) => ({ ...c, label: strengthLabel[c.key as Strength] }))),
		{ key: 'projects', label: 'Projects', numeric: true, type: 'integer' },
		{ key: 'countries', label: 'Countries', numeric: true, type: 'integer' },
		{ key: 'regions', label: 'Regions', type: 'list' },
		{ key: 'first_year', label: 'First year', numeric: true, year: true, type: 'integer' },
		{ key: 'last_year', label: 'Last year', numeric: true, year: true, type: 'integer' }
	];
}

export function cellText(row: Record<string, unknown>, column: IndicatorColumn): string {
	const v = row[column.key];
	if (Array.isArray(v)) return v.join(', ');
	if (v === null || v === undefined) return '';
	if (typeof v !== 'number') return String(v);
	return column.year ? String(v) : formatCount(v);
}
