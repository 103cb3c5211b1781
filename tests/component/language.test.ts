// @vitest-environment jsdom
import { render } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import SiteHeader from '../../src/lib/components/site/SiteHeader.svelte';
import LanguageSwitch from '../../src/lib/components/site/LanguageSwitch.svelte';
import { loadCatalogue, setLocale } from '../../src/lib/i18n/i18n';
import { localeCodes, locales } from '../../src/lib/i18n/locales';

const all = localeCodes.map((c) => locales[c]);
/** The details' toggle event, which jsdom fires as a task. */
const toggled = () => new Promise((resolve) => setTimeout(resolve, 0));

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

	it('keeps the list in a closed menu named by the page’s language, closed again by Escape or a click elsewhere', async () => {
		const { container } = render(LanguageSwitch, { published: all });
		const menu = container.querySelector('details.language-menu') as HTMLDetailsElement;
		const summary = menu.querySelector('summary')!;
		// Closed as the page loads: the names in other scripts are not laid out (see the component).
		expect(menu.open).toBe(false);
		expect(summary.querySelector('.visually-hidden')?.textContent).toBe('Language: English');
		expect(summary.querySelector('[lang]')?.textContent).toBe('English');
		expect(menu.contains(container.querySelector('nav.languages'))).toBe(true);

		menu.open = true;
		menu.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
		expect(menu.open).toBe(false);
		expect(document.activeElement).toBe(summary);

		// Its name opens it; a click inside the list leaves it open; one elsewhere closes it. The
		// page listens from the details' toggle event on, a task after it opens.
		summary.click();
		expect(menu.open).toBe(true);
		await toggled();
		(container.querySelector('nav.languages li') as HTMLElement).click();
		expect(menu.open).toBe(true);
		document.body.click();
		expect(menu.open).toBe(false);

		// The keyboard moving on past the menu closes it too.
		menu.open = true;
		await toggled();
		(container.querySelector('nav.languages a') as HTMLElement).focus();
		expect(menu.open).toBe(true);
		const next = document.body.appendChild(document.createElement('button'));
		next.focus();
		expect(menu.open).toBe(false);
		next.remove();
	});

	it('draws no switch while English is the only published language', () => {
		const { container } = render(LanguageSwitch, { published: [locales.en] });
		expect(container.querySelector('nav.languages')).toBeNull();
		expect(container.querySelector('details.language-menu')).toBeNull();
	});
});
