// @vitest-environment jsdom
import { render } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import OfficialTitles from '../../src/lib/components/OfficialTitles.svelte';
import { officialTitles } from '../../src/lib/server/framework-translations';

describe('<OfficialTitles>', () => {
	it('gives each translation its own language and direction, so that screen readers read it in that language', () => {
		const { container } = render(OfficialTitles, { titles: officialTitles('goal', '14'), level: 'goal' });
		const titles = [...container.querySelectorAll('dd > span[lang]')];
		expect(titles.map((t) => t.getAttribute('lang'))).toEqual(['ar', 'zh-Hans', 'fr', 'ru', 'es']);
		expect(titles.map((t) => t.getAttribute('dir'))).toEqual(['rtl', 'ltr', 'ltr', 'ltr', 'ltr']);
		expect(titles[2].textContent).toContain('Conserver et exploiter de manière durable les océans');
		expect(container.textContent).toContain('Open SDG');
		expect(container.textContent).not.toContain('earlier English wording');
	});

	it('marks the translations that may follow an earlier English wording', () => {
		const { container } = render(OfficialTitles, { titles: officialTitles('indicator', '15.4.2'), level: 'indicator' });
		expect(container.querySelectorAll('dd .note')).toHaveLength(5);
		expect(container.textContent).toContain('may follow an earlier English wording of this indicator');
	});

	it('says when no translation is published, rather than repeat the English title five times', () => {
		const { container } = render(OfficialTitles, { titles: officialTitles('indicator', '11.5.3'), level: 'indicator' });
		expect(container.querySelector('details')).toBeNull();
		expect(container.textContent).toContain("No official translation of this indicator's title is published in the other five UN languages");
	});
});
