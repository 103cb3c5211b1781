/**
 * Build scripts write English (terminal lines, share cards, file metadata): imported first by a
 * script whose code formats messages, it loads the English catalogue, as a page's layout does for
 * its own language.
 */
import { loadEveryMessage, setLocale } from '../../src/lib/i18n/i18n.ts';

await loadEveryMessage('en');
setLocale('en');
