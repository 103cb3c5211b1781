/** What the filter bar hands each of its list controls (countries, regions, topics, years). */
import type { Filters } from '../../domain/filters';
import type { VocabularyData } from '../../domain/vocabulary';

export interface FilterControlProps {
	filters: Filters;
	onchange: (next: Filters) => void;
	/** What the datasets shown hold, with their projects; null while they are counted. */
	options: VocabularyData | null;
	/** The id of the line that says what the counts beside the options are of. */
	describedby?: string;
}
