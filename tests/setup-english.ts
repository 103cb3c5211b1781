// Pages fetch their language's messages in the root layout's load; components rendered alone, and
// code that formats messages, get English as a page in English would.
import { loadEveryMessage, setLocale } from '../src/lib/i18n/i18n';

await loadEveryMessage('en');
setLocale('en');
