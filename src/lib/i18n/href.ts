/** Links between the site's pages stay in the page's language: href('/goals/1') is /fr/goals/1 on a French page. */
import { base } from '$app/paths';
import { locale } from './i18n';
import { localisePath } from './locales';

export const href = (path: string): string => `${base}${localisePath(path, locale())}`;
