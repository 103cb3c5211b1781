// @vitest-environment jsdom
import { render } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import SiteHeader from '../../src/lib/components/site/SiteHeader.svelte';
import LanguageSwitch from '../../src/lib/components/site/LanguageSwitch.svelte';
import { loadCatalogue, setLocale } from '../../src/lib/i18n/i18n';
import { localeCodes, locales } from '../../src/lib/i18n/locales';

const all = localeCodes.map((c) => locales[c]);

describe('the site in another language', () => {
	afterEach(() => setLocale('en'));

	it('draws the header in the page’s language', async () => {
		await loadCatalogue('fr');
		setLocale('fr');
		const { container } = render(SiteHeader, { query: '' });
		const sections = [...container.querySelectorAll('nav.sections a')].map((a) => a.textContent?.trim());
		expect(sections.slice(0, 3)).toEqual(['Vue d’ensemble'.replace('’', "'"), 'Couverture des indicateurs', 'Flux']);
		expect(container.querySelector('.brand')?.textContent?.trim()).toBe('La science citoyenne au service des ODD');
		expect(container.querySelector('nav.sections')?.getAttribute('aria-label')).toBe('Rubriques');
	});

	it('lists every published language by its own name, in its own language, and marks the page’s', () => {
		const { container } = render(LanguageSwitch, { published: all });
		const links = [...container.querySelectorAll('nav.languages a')];
		expect(links.map((a) => [a.textContent, a.getAttribute('lang'), a.getAttribute('hreflang')])).toEqual([
			['English', 'en', 'en'],
			['العربية', 'ar', 'ar'],
			['Español', 'es', 'es'],
			['Français', 'fr', 'fr'],
			['Русский', 'ru', 'ru'],
			['中文', 'zh-Hans', 'zh-Hans']
		]);
		expect(links.find((a) => a.getAttribute('lang') === 'ar')?.getAttribute('dir')).toBe('rtl');
		expect(links.filter((a) => a.getAttribute('aria-current') === 'true').map((a) => a.textContent)).toEqual(['English']);
		for (const a of links) expect(a.hasAttribute('data-sveltekit-reload')).toBe(true);
	});

	it('draws no switch while English is the only published language', () => {
		const { container } = render(LanguageSwitch, { published: [locales.en] });
		expect(container.querySelector('nav.languages')).toBeNull();
	});
});
