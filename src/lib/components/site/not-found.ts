/**
 * What the site's 404 page says for an address: which kind of thing was asked for, that it does
 * not exist, and where to find the ones that do. Pure, so the words are tested without a browser.
 */
import { embeddableCharts } from '../../export/embed';

export interface NotFound {
	title: string;
	message: string;
	links: { href: string; label: string }[];
}

/** @param path the address's path without the site's base, e.g. "/goals/99" */
export function notFoundFor(path: string): NotFound {
	const [, section, item = ''] = path.split('/');
	const what = decodeURIComponentSafe(item);
	switch (section) {
		case 'goals':
			return {
				title: 'No such goal',
				message: `There is no SDG goal “${what}”: the goals are numbered 1 to 17.`,
				links: [{ href: '/', label: 'All 17 goals on the overview' }]
			};
		case 'indicators':
			return {
				title: 'No such indicator',
				message: `There is no indicator “${what}” in the UN global indicator framework (231 unique indicators, 248 listed). Codes look like 15.5.1.`,
				links: [
					{ href: '/coverage', label: 'All 231 indicators at a glance' },
					{ href: '/data', label: 'The indicator tables' }
				]
			};
		case 'projects':
			return {
				title: 'No such project',
				message: `There is no project “${what}” in the curated inventory. Projects you imported open from the project list while their dataset is shown.`,
				links: [{ href: '/projects', label: 'All projects' }]
			};
		case 'countries':
			return {
				title: 'No such country',
				message: `There is no country or area “${what}” in the UN M49 list. Country profiles are named by ISO 3166 alpha-3 code, such as KEN for Kenya.`,
				links: [{ href: '/', label: 'The world map on the overview' }]
			};
		case 'topics':
			return {
				title: 'No such topic',
				message: `There is no topic “${what}”. Topics are named like vector-borne-disease or marine-coastal.`,
				links: [{ href: '/topics', label: 'Every topic, by UN region' }]
			};
		case 'networks':
			return {
				title: 'No such network',
				message: `There is no network “${what}” in the directory of citizen-science networks.`,
				links: [{ href: '/networks', label: 'Every network, by UN region' }]
			};
		case 'embed':
			return {
				title: 'No such chart',
				message: `There is no embeddable chart “${what}”. Charts: ${Object.keys(embeddableCharts).join(', ')}.`,
				links: [{ href: '/', label: 'The dashboard' }]
			};
		default:
			return {
				title: 'Page not found',
				message: `There is no page at ${path}.`,
				links: [{ href: '/', label: 'The overview' }]
			};
	}
}

function decodeURIComponentSafe(text: string): string {
	try {
		return decodeURIComponent(text);
	} catch {
		return text;
	}
}
