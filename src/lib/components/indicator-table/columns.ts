/** The indicator table's columns for a level and pivot, and the text of a cell. */
// The JRC inventory scores goals only: its columns would be empty at target and indicator level.
import { strengthLabel } from '../../format/labels';
import { curatedStrengths, strengths, type Strength } from '../../domain/strength';
import type { ExportColumn } from '../../export/table';
import type { PivotDimension, TableLevel } from '../../domain/tables';
import { formatCount } from '../../format/number';
import { t } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/translate';

export interface IndicatorColumn {
	key: string;
	label: string;
	numeric?: boolean;
	/** A calendar year: never grouped by thousands ("2009", not "2,009"). */
	year?: boolean;
	type: ExportColumn['type'];
}

const counts = (keys: string[]): IndicatorColumn[] => keys.map((key) => ({ key, label: key, numeric: true, type: 'integer' }));

// The code column is headed by the table's level.
const codeLabel = {
	goal: 'indicatorTable.col.goal',
	target: 'indicatorTable.col.target',
	indicator: 'indicatorTable.col.indicator'
} as const satisfies Record<TableLevel, MessageKey>;

export function indicatorColumns(level: TableLevel, pivot: PivotDimension | null, pivotKeys: string[]): IndicatorColumn[] {
	return [
		{ key: 'code', label: t(codeLabel[level]), type: 'string' },
		{ key: 'title', label: t('indicatorTable.col.title'), type: 'string' },
		...(level === 'indicator'
			? [
					{ key: 'tier', label: t('indicatorTable.col.tier'), type: 'string' as const },
					{ key: 'custodian_agencies', label: t('indicatorTable.col.custodian'), type: 'string' as const }
				]
			: []),
		...(pivot
			? counts(pivotKeys)
			: counts(level === 'goal' ? [...strengths] : [...curatedStrengths]).map((c) => ({ ...c, label: strengthLabel[c.key as Strength] }))),
		{ key: 'projects', label: t('indicatorTable.col.projects'), numeric: true, type: 'integer' },
		{ key: 'countries', label: t('indicatorTable.col.countries'), numeric: true, type: 'integer' },
		{ key: 'regions', label: t('indicatorTable.col.regions'), type: 'list' },
		{ key: 'first_year', label: t('indicatorTable.col.firstYear'), numeric: true, year: true, type: 'integer' },
		{ key: 'last_year', label: t('indicatorTable.col.lastYear'), numeric: true, year: true, type: 'integer' }
	];
}

export function cellText(row: Record<string, unknown>, column: IndicatorColumn): string {
	const v = row[column.key];
	if (Array.isArray(v)) return v.join(', ');
	if (v === null || v === undefined) return '';
	if (typeof v !== 'number') return String(v);
	return column.year ? String(v) : formatCount(v);
}
