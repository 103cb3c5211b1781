import { describe, expect, it } from 'vitest';
import { localeCodes, locales, localisePath, preferredLocale, publishedLocales, splitLocale } from '../../src/lib/i18n/locales';

const all = localeCodes.map((c) => locales[c]);

describe('languages in the address', () => {
	it('reads a published language’s prefix and gives the page the address without it', () => {
		expect(splitLocale('/fr/goals/1', all)).toMatchObject({ locale: { code: 'fr', tag: 'fr' }, path: '/goals/1' });
		expect(splitLocale('/zh', all)).toMatchObject({ locale: { code: 'zh', tag: 'zh-Hans' }, path: '/' });
		expect(splitLocale('/ar/', all)).toMatchObject({ locale: { code: 'ar', dir: 'rtl' }, path: '/' });
		expect(splitLocale('/goals/1', all)).toMatchObject({ locale: { code: 'en' }, path: '/goals/1' });
		// Not a prefix: a page whose name merely starts with the letters.
		expect(splitLocale('/frontier', all)).toMatchObject({ locale: { code: 'en' }, path: '/frontier' });
	});

	it('leaves an unpublished language’s prefix alone, so that its addresses are not pages yet', () => {
		const unpublished = all.filter((l) => !l.published);
		for (const l of unpublished) expect(splitLocale(`/${l.code}/goals/1`)).toMatchObject({ locale: { code: 'en' }, path: `/${l.code}/goals/1` });
		expect(publishedLocales.map((l) => l.code)).toContain('en');
	});

	it('moves an address between languages, keeping the page', () => {
		expect(localisePath('/goals/1', locales.fr, all)).toBe('/fr/goals/1');
		expect(localisePath('/fr/goals/1', locales.es, all)).toBe('/es/goals/1');
		expect(localisePath('/fr/goals/1', locales.en, all)).toBe('/goals/1');
		expect(localisePath('/', locales.ru, all)).toBe('/ru');
		expect(localisePath('/ru/', locales.en, all)).toBe('/');
	});

	it('offers the first published language the browser asks for, unless the page is in it already', () => {
		expect(preferredLocale(['fr-CH', 'en'], locales.en, all)?.code).toBe('fr');
		expect(preferredLocale(['de', 'en-US', 'fr'], locales.en, all)).toBeNull();
		expect(preferredLocale(['zh-CN'], locales.en, all)?.code).toBe('zh');
		expect(preferredLocale(['es'], locales.es, all)).toBeNull();
		expect(preferredLocale(['de'], locales.en, all)).toBeNull();
		expect(preferredLocale(['fr'], locales.en, [locales.en])).toBeNull();
	});
});
