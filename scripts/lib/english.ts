/**
 * Build scripts write English (terminal lines, share cards, file metadata): imported first by a
 * script whose code formats messages, it loads the English catalogue, as a page's layout does for
 * its own language.
 */
import { loadCatalogue, setLocale } from '../../src/lib/i18n/i18n.ts';

await loadCatalogue('en');
setLocale('en');
