/**
 * What the site's 404 page says for an address, in the page's language: which kind of thing was
 * asked for, that it does not exist, and where to find the ones that do. Pure but for the language,
 * so the words are tested without a browser.
 */
import { t } from '../../i18n/i18n';
import { embeddableCharts } from '../../export/embed';

export interface NotFound {
	title: string;
	message: string;
	links: { href: string; label: string }[];
}

/** @param path the address's path without the site's base or language, e.g. "/goals/99" */
export function notFoundFor(path: string): NotFound {
	const [, section, item = ''] = path.split('/');
	const what = decodeURIComponentSafe(item);
	switch (section) {
		case 'goals':
			return { title: t('notFound.goal.title'), message: t('notFound.goal.message', { what }), links: [{ href: '/', label: t('notFound.goal.link') }] };
		case 'indicators':
			return {
				title: t('notFound.indicator.title'),
				message: t('notFound.indicator.message', { what }),
				links: [
					{ href: '/coverage', label: t('notFound.indicator.linkCoverage') },
					{ href: '/data', label: t('notFound.indicator.linkTables') }
				]
			};
		case 'projects':
			return {
				title: t('notFound.project.title'),
				message: t('notFound.project.message', { what }),
				links: [{ href: '/projects', label: t('notFound.project.link') }]
			};
		case 'countries':
			return {
				title: t('notFound.country.title'),
				message: t('notFound.country.message', { what }),
				links: [{ href: '/', label: t('notFound.country.link') }]
			};
		case 'topics':
			return {
				title: t('notFound.topic.title'),
				message: t('notFound.topic.message', { what }),
				links: [{ href: '/topics', label: t('notFound.topic.link') }]
			};
		case 'networks':
			return {
				title: t('notFound.network.title'),
				message: t('notFound.network.message', { what }),
				links: [{ href: '/networks', label: t('notFound.network.link') }]
			};
		case 'embed':
			return {
				title: t('notFound.chart.title'),
				message: t('notFound.chart.message', { what, charts: Object.keys(embeddableCharts).join(', ') }),
				links: [{ href: '/', label: t('notFound.chart.link') }]
			};
		default:
			return { title: t('notFound.page.title'), message: t('notFound.page.message', { path }), links: [{ href: '/', label: t('notFound.page.link') }] };
	}
}

function decodeURIComponentSafe(text: string): string {
	try {
		return decodeURIComponent(text);
	} catch {
		return text;
	}
}
