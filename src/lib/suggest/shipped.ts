/** The suggester over the reference the build ships (src/lib/generated/suggest-reference.json), made once per worker. */
import reference from '../generated/suggest-reference.json';
import type { SuggestReference } from './reference';
import { createSuggester, type Suggester } from './suggester';

let suggester: Suggester | null = null;
export const shippedSuggester = (): Suggester => (suggester ??= createSuggester(reference as SuggestReference));
