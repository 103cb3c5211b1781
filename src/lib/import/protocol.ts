/** Messages between the import page and its worker, which keeps the parsed file between steps. */
import type { CheckSummary, PackedInventory } from './dataset';
import type { Encoding } from './decode';
import type { Delimiter } from './delimited';
import type { ImportIssue } from './issues';
import type { Mapping } from './mapping';
import type { ImportFormat, ReadDetail } from './raw-table';
import type { ReviewSuggestion } from '../suggest/suggester';

export type { ReviewSuggestion };

export type Phase = 'reading' | 'parsing' | 'checking' | 'writing' | 'suggesting';

export type ToWorker =
	| { type: 'read'; file: File; options: { encoding?: Encoding; delimiter?: Delimiter; sheet?: string } }
	| { type: 'normalise'; mapping: Mapping; datasetId: string }
	| { type: 'suggest' };

export interface FileSummary {
	fileName: string;
	/** SHA-256 of the file's bytes, in hex: what tells the very same file again. */
	fingerprint: string;
	format: ImportFormat;
	details: ReadDetail[];
	header: string[];
	/** The first rows, for the mapping preview. */
	preview: string[][];
	rowCount: number;
	issues: ImportIssue[];
	detected: Mapping;
	sheets?: string[];
}

export type Checked = CheckSummary & { packed: PackedInventory };

export type FromWorker =
	| { type: 'progress'; phase: Phase; fraction: number }
	| { type: 'read'; summary: FileSummary }
	| { type: 'checked'; checked: Checked }
	| { type: 'suggested'; suggestions: ReviewSuggestion[] }
	| { type: 'failed'; issue: ImportIssue };
