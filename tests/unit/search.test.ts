/**
 * The site search's index, built from the published data as the build builds it, searched with
 * the examples visitors type: codes, words of official titles, country names and codes with a
 * typo, and names people use for countries with formal UN names.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPublishedInNode, type NodeClient } from '../../src/lib/data/duckdb-node';
import type { SearchDoc } from '../../src/lib/domain/search';
import { buildSearchIndex, loadSearchIndex, searchDocs, searchSite, tokenize } from '../../src/lib/format/search-index';
import { searchRows } from '../../src/lib/queries/search';
import { searchRowsIn } from '../../src/lib/server/search-in-language';
import { read } from '../e2e/expected';

let db: NodeClient;
let docs: SearchDoc[];
let index: ReturnType<typeof loadSearchIndex>;
beforeAll(async () => {
	db = await openPublishedInNode('data', 'static/data');
	docs = searchDocs(await searchRows(db));
	// Through JSON, as the browser gets it.
	index = loadSearchIndex(buildSearchIndex(docs));
});
afterAll(() => db.close());

const first = (query: string) => searchSite(index, query)[0]?.hits[0]?.href;

describe('site search', () => {
	it('keeps SDG codes whole and splits words at punctuation', () => {
		expect(tokenize('SDG 15.5.1, target 14.b. (6.a.1) Côte d’Ivoire; e-mail')).toEqual([
			'SDG',
			'15.5.1',
			'target',
			'14.b',
			'6.a.1',
			'Côte',
			'd',
			'Ivoire',
			'e',
			'mail'
		]);
	});

	it('indexes every goal, target, listed indicator, country, topic, network and project once', () => {
		const count = (kind: string) => docs.filter((d) => d.kind === kind).length;
		expect(count('goal')).toBe(17);
		expect(count('target')).toBe(read('sdg_targets.csv').length);
		expect(count('indicator')).toBe(read('sdg_indicators.csv').length);
		expect(count('country')).toBe(read('countries.csv').length);
		expect(count('topic')).toBe(read('topics.csv').length);
		expect(count('project')).toBe(read('projects.csv').length);
		expect(count('network')).toBe(read('networks.csv').length);
		expect(new Set(docs.map((d) => d.id)).size).toBe(docs.length);
	});

	it.each([
		['15.5.1', '/indicators/15.5.1'],
		['red list', '/indicators/15.5.1'],
		['Red List Index', '/indicators/15.5.1'],
		['11.5.1', '/indicators/11.5.1'],
		['14.b', '/goals/14#target-14.b'],
		['15', '/goals/15'],
		['life on land', '/goals/15'],
		['Kenya', '/countries/KEN'],
		['KEN', '/countries/KEN'],
		['ken', '/countries/KEN'],
		['Keyna', '/countries/KEN'],
		['kenia', '/countries/KEN'],
		['cote d ivoire', '/countries/CIV'],
		['UK', '/countries/GBR'],
		['united kingdom', '/countries/GBR'],
		['Vietnam', '/countries/VNM'],
		['dengue', '/topics/vector-borne-disease'],
		['plastic', '/topics/waste-litter'],
		['ECSA', '/networks/ecsa'],
		['European Citizen Science Association', '/networks/ecsa'],
		['inaturalist', '/projects/inaturalist'],
		['ebird', '/projects/ebird']
	])('takes “%s” first to %s', (query, href) => {
		expect(first(query)).toBe(href);
	});

	it('takes “mosquito” to the topic or the consortium on mosquito-borne disease, and offers both', () => {
		const groups = searchSite(index, 'mosquito');
		expect(['/topics/vector-borne-disease', '/networks/global-mosquito-alert']).toContain(groups[0].hits[0].href);
		const hrefs = groups.flatMap((g) => g.hits.map((h) => h.href));
		expect(hrefs).toContain('/topics/vector-borne-disease');
		expect(hrefs).toContain('/networks/global-mosquito-alert');
	});

	it('groups results by kind, the group of the best result first, at most five each', () => {
		const groups = searchSite(index, 'water');
		expect(new Set(groups.map((g) => g.kind)).size).toBe(groups.length);
		expect(groups.length).toBeGreaterThan(3);
		for (const g of groups) expect(g.hits.length).toBeLessThanOrEqual(5);
		const best = Math.max(...groups.flatMap((g) => g.hits.map((h) => h.score)));
		expect(groups[0].hits[0].score).toBe(best);
	});

	it('finds projects by the words of their description, and nothing for nonsense', () => {
		const mosquito = searchSite(index, 'tiger mosquitoes').find((g) => g.kind === 'project')!;
		expect(mosquito.hits.map((h) => h.code)).toContain('mosquito-alert');
		expect(searchSite(index, 'zzqxj')).toEqual([]);
		expect(searchSite(index, '   ')).toEqual([]);
	});

	it('splits Chinese into pairs of characters, which have no spaces between words', () => {
		expect(tokenize('生物多样性 15.5.1')).toEqual(['生物', '物多', '多样', '样性', '15.5.1']);
		expect(tokenize('水')).toEqual(['水']);
	});
});

describe('site search in the other UN languages', () => {
	const indexIn = async (tag: string) => loadSearchIndex(buildSearchIndex(searchDocs(searchRowsIn(tag, await searchRows(db)))));

	it('finds goals, targets and indicators by their official titles in the language, and by their English ones', async () => {
		const french = await indexIn('fr');
		const goal = searchSite(french, 'vie terrestre').find((g) => g.kind === 'goal')!;
		expect(goal.hits[0]).toMatchObject({ code: '15', title: 'Vie terrestre' });
		expect(searchSite(french, 'life on land').find((g) => g.kind === 'goal')?.hits[0].code).toBe('15');
		expect(
			searchSite(french, 'liste rouge')
				.find((g) => g.kind === 'indicator')
				?.hits.map((h) => h.code)
		).toContain('15.5.1');
	});

	it('finds Chinese titles by any word of two characters within them', async () => {
		const chinese = await indexIn('zh-Hans');
		expect(searchSite(chinese, '陆地生物').find((g) => g.kind === 'goal')?.hits[0]).toMatchObject({ code: '15', title: '陆地生物' });
		expect(
			searchSite(chinese, '红色名录')
				.find((g) => g.kind === 'indicator')
				?.hits.map((h) => h.code)
		).toContain('15.5.1');
	});

	it('finds Arabic and Russian titles', async () => {
		expect(searchSite(await indexIn('ar'), 'الحياة على الأرض').find((g) => g.kind === 'goal')?.hits[0].code).toBe('15');
		expect(
			searchSite(await indexIn('ru'), 'красного списка')
				.find((g) => g.kind === 'indicator')
				?.hits.map((h) => h.code)
		).toContain('15.5.1');
	});
});
