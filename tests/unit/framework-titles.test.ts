/**
 * Framework titles in the page's language: a page's load sends the target and indicator titles its
 * answer names (server/framework-translations.ts), the page registers them, and components ask for
 * a code's title with the English one to fall back on (i18n/framework-titles.svelte.ts).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { pageTitlesIn, translatedTitle } from '../../src/lib/server/framework-translations';
import { goalShortTitle, sdgTitle, sdgTitleLang, registerTitles } from '../../src/lib/i18n/framework-titles.svelte';
import { loadCatalogue, setLocale } from '../../src/lib/i18n/i18n';

afterEach(() => setLocale('en'));

describe("a page's framework titles", () => {
	const answer = {
		info: { indicator: '15.5.1', target: '15.5' },
		page: { rows: [{ code: '11.5.3' }, { indicator: '14.b.1', strength: 'direct' }] },
		year: '2020'
	};

	it('are those of every target and indicator code its answer names, in the language, and none in English', () => {
		expect(pageTitlesIn('en', answer)).toEqual({});
		const french = pageTitlesIn('fr', answer);
		expect(french.target).toEqual({ '15.5': translatedTitle('target', '15.5', 'fr')!.title });
		expect(Object.keys(french.indicator!).sort()).toEqual(['14.b.1', '15.5.1']);
		expect(french.indicator!['15.5.1']).toBe('Indice de la Liste rouge');
		// 11.5.3 has no translation: left out, so the page shows the English title, marked English.
		expect(french.indicator).not.toHaveProperty('11.5.3');
	});

	it("are shown in the page's language once registered, and English, marked, where there is none", async () => {
		await loadCatalogue('zh');
		setLocale('zh');
		expect(sdgTitle('15.5.1', 'Red List Index')).toBe('Red List Index');
		expect(sdgTitleLang('15.5.1')).toBe('en');
		registerTitles('zh-Hans', pageTitlesIn('zh-Hans', answer));
		expect(sdgTitle('15.5.1', 'Red List Index')).toBe('红色名录指数');
		expect(sdgTitleLang('15.5.1')).toBeUndefined();
		expect(sdgTitle('11.5.3', 'English title')).toBe('English title');
		expect(sdgTitleLang('11.5.3')).toBe('en');
		// Goal titles come with the catalogue.
		expect(goalShortTitle(15, 'Life on land')).toBe('陆地生物');
		expect(sdgTitle(15, 'x')).toContain('陆地生态系统');
		setLocale('en');
		expect(sdgTitle('15.5.1', 'Red List Index')).toBe('Red List Index');
		expect(goalShortTitle(15, 'Life on land')).toBe('Life on land');
		expect(sdgTitleLang('11.5.3')).toBeUndefined();
	});
});
