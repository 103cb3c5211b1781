/**
 * Network queries against real (native) DuckDB: the published tables break no rule, and a made-up
 * pair of networks on the mini fixture shows each rule, the countries a network serves and the
 * places no association serves, worked out by hand.
 */
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatasetInNode, openPublishedInNode, type NodeClient } from '../../src/lib/data/duckdb-node';
import { countryNetworks, networkDataProblems, networkInfo, networkProjects, networksOverview, topicNetworks } from '../../src/lib/queries/networks';

let db: NodeClient;
beforeAll(async () => {
	const dir = mkdtempSync(join(tmpdir(), 'citsci-networks-'));
	cpSync('tests/fixtures/mini', dir, { recursive: true });
	writeFileSync(
		join(dir, 'networks.csv'),
		`network_id,name,website,kind,regions,countries,founded,gp_relation,focus,topics,description
alpha-net,Alpha Net,https://a.example.org,national network,Europe,GBR,,,,biodiversity,
beta-net,Beta Net,,thematic consortium,Africa;Mars,XXX;FRA,2001,,,plastic,
`
	);
	const src = (id: string, field: string) => `${id},${field},https://example.org/${id},"quote for ${field}"`;
	writeFileSync(
		join(dir, 'network_sources.csv'),
		[
			'network_id,field,source_url,quote',
			...['name', 'website', 'kind', 'regions', 'countries', 'founded'].map((f) => src('alpha-net', f)),
			...['name', 'kind', 'regions', 'countries'].map((f) => src('beta-net', f))
		].join('\n') + '\n'
	);
	writeFileSync(
		join(dir, 'project_networks.csv'),
		'project_id,network_id,role,source_url,quote\nalpha,alpha-net,member,https://example.org/alpha,"Alpha is a member"\n'
	);
	db = await openDatasetInNode(dir, 'data');
});
afterAll(() => db.close());

describe('networks', () => {
	it('finds no problem in the published network tables', async () => {
		const published = await openPublishedInNode('data', 'static/data');
		try {
			expect(await networkDataProblems(published)).toEqual([]);
			expect((await networksOverview(published)).networks.length).toBeGreaterThanOrEqual(25);
		} finally {
			published.close();
		}
	});

	it('names every fact without a source, every source of an empty fact, and values that name nothing', async () => {
		expect(await networkDataProblems(db)).toEqual([
			'network_sources.csv: alpha-net: a source for founded, which networks.csv leaves empty',
			'networks.csv: beta-net: countries: FRA is in Europe, which its regions do not list',
			'networks.csv: beta-net: countries: XXX is no ISO 3166 alpha-3 code of the M49 list',
			'networks.csv: beta-net: founded has no source in network_sources.csv',
			'networks.csv: beta-net: regions: Mars is neither a UN M49 region nor World',
			'networks.csv: beta-net: topics: plastic is not a curated topic of topics.csv'
		]);
	});

	it('knows which networks serve a country or work on a topic', async () => {
		expect((await countryNetworks(db, 'GBR')).map((n) => n.network_id)).toEqual(['alpha-net']);
		expect(await countryNetworks(db, 'KEN')).toEqual([]);
		expect((await topicNetworks(db, 'biodiversity')).map((n) => n.network_id)).toEqual(['alpha-net']);
	});

	it('counts the networks naming each country, for the map, and those naming none apart', async () => {
		const o = await networksOverview(db);
		// beta-net names XXX, which is no country, and FRA beside it: FRA is not its only country.
		expect(o.perCountry.map((r) => [r.iso3, r.projects, r.single_country])).toEqual([
			['FRA', 1, 0],
			['GBR', 1, 1]
		]);
		expect(o.unplaced).toBe(0);
	});

	it('lists the areas where projects work and no association does', async () => {
		// alpha and beta work in GBR, served by alpha-net; beta in KEN and delta in BRA are not; gamma is global.
		expect((await networksOverview(db)).unserved).toEqual([
			{ region: 'Africa', area: 'Eastern Africa', projects: 1 },
			{ region: 'Americas', area: 'South America', projects: 1 }
		]);
	});

	it('gives a network its facts, sources and projects', async () => {
		const alpha = await networkInfo(db, 'alpha-net');
		expect(alpha).toMatchObject({
			name: 'Alpha Net',
			kind: 'national network',
			regions: ['Europe'],
			countries: ['GBR'],
			topics: ['biodiversity'],
			projects: 1
		});
		expect(alpha?.sources).toHaveLength(6);
		expect((await networkProjects(db, 'alpha-net')).map((p) => [p.project_id, p.role, p.goals])).toEqual([['alpha', 'member', [11, 15]]]);
		expect(await networkInfo(db, "alpha-net' OR 1=1 --")).toBeNull();
	});
});
