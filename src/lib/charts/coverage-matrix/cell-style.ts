/** How an indicator's cell is drawn: its strongest link as fill and edge (dashed for potential), its tier as a mark. */
import type { IndicatorStatusRow } from '../../domain/indicators';
import { strengthColours } from '../../format/colour';
import { ink } from '../kit/ink';

export const cellFill = (s: IndicatorStatusRow['strength']) => (s ? strengthColours[s].fill : ink.blank);
export const cellStroke = (s: IndicatorStatusRow['strength']) => (s ? strengthColours[s].stroke : '#c9ced6');
export const cellDash = (s: IndicatorStatusRow['strength']) => (s ? strengthColours[s].dash : null);

/** Tier marks are shapes, not colours, so they survive print and colour blindness. */
export const tierInk = '#39424e';
