/**
 * Topic queries against real (native) DuckDB on the mini fixture, every figure worked out by hand:
 * alpha (biodiversity) works in GBR, beta (marine-coastal; waste-litter) in GBR and KEN, delta
 * (health) in BRA, and gamma (disaster-risk) is global.
 */
import { appendFileSync, cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatasetInNode, type NodeClient } from '../../src/lib/data/duckdb-node';
import { emptyFilters } from '../../src/lib/domain/filters';
import { topicInfo, topicMatrix, topicPage, topicPages, undescribedTopics, unknownRelatedTopics } from '../../src/lib/queries/topics';
import { csvRecords, parseCsv } from '../../src/lib/format/csv';
import { readFileSync } from 'node:fs';

let db: NodeClient;
beforeAll(async () => {
	db = await openDatasetInNode('tests/fixtures/mini', 'data');
});
afterAll(() => db.close());

const described = csvRecords(parseCsv(readFileSync('data/topics.csv', 'utf8')));

describe('topics', () => {
	it('gives every described topic a page, and finds none by a made-up or hostile address', async () => {
		expect((await topicPages(db)).sort()).toEqual(described.map((t) => t.page).sort());
		expect(await topicInfo(db, 'no-such-topic')).toBeNull();
		expect(await topicInfo(db, "water' OR 1=1 --")).toBeNull();
		expect(await undescribedTopics(db)).toEqual([]);
		expect(await unknownRelatedTopics(db)).toEqual([]);
	});

	it('names a related topic that is no curated topic', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'citsci-related-'));
		cpSync('tests/fixtures/mini', dir, { recursive: true });
		const topics = readFileSync('data/topics.csv', 'utf8');
		// The JRC field Water relates to a made-up topic and to another JRC field, neither a curated topic.
		writeFileSync(join(dir, 'topics.csv'), topics.replace(/,freshwater;marine-coastal;water-sanitation$/m, ',freshwater;oceans;Land'));
		const other = await openDatasetInNode(dir, 'data');
		try {
			expect(await unknownRelatedTopics(other)).toEqual(['Water: Land', 'Water: oceans']);
		} finally {
			other.close();
		}
	});

	it('links a JRC field to the curated topics closest to it, by label', async () => {
		const water = await topicInfo(db, 'jrc-water');
		expect(water).toMatchObject({ topic: 'Water', label: 'Water', vocabulary: 'jrc-field' });
		// By label: Clean water, Freshwater, Marine, coastal.
		expect(water?.related.map((r) => r.page)).toEqual(['water-sanitation', 'freshwater', 'marine-coastal']);
	});

	it('counts projects per topic and UN region, global-scale ones apart, every described topic listed', async () => {
		const m = await topicMatrix(db);
		expect(m.regions).toEqual(['Africa', 'Americas', 'Asia', 'Europe', 'Oceania']);
		expect(m.rows).toHaveLength(described.length);
		const row = (topic: string) => m.rows.find((r) => r.topic === topic);
		expect(row('biodiversity')).toMatchObject({ projects: 1, byRegion: [0, 0, 0, 1, 0], global: 0 });
		expect(row('marine-coastal')).toMatchObject({ projects: 1, byRegion: [1, 0, 0, 1, 0], global: 0 });
		expect(row('waste-litter')).toMatchObject({ projects: 1, byRegion: [1, 0, 0, 1, 0], global: 0 });
		expect(row('disaster-risk')).toMatchObject({ projects: 1, byRegion: [0, 0, 0, 0, 0], global: 1 });
		expect(row('health')).toMatchObject({ projects: 1, byRegion: [0, 1, 0, 0, 0], global: 0 });
		expect(row('energy')).toMatchObject({ projects: 0, byRegion: [0, 0, 0, 0, 0], global: 0 });
		// The topic filter is the matrix's own dimension: it keeps every topic.
		const filtered = await topicMatrix(db, { ...emptyFilters, strengths: ['direct'], topics: ['health'] });
		expect(filtered.rows.find((r) => r.topic === 'disaster-risk')?.projects).toBe(0);
		expect(filtered.rows.find((r) => r.topic === 'biodiversity')?.projects).toBe(1);
	});

	it('lists an import’s own topic after the described ones, without a page', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'citsci-topics-'));
		cpSync('tests/fixtures/mini', dir, { recursive: true });
		appendFileSync(join(dir, 'projects.csv'), 'epsilon,Epsilon,,,Own vocabulary.,2021,,active,national,soundscapes,,\n');
		appendFileSync(join(dir, 'project_countries.csv'), 'epsilon,KEN,,\n');
		appendFileSync(join(dir, 'contributions.csv'), 'epsilon,11.6.2,indicator,potential,inference,no,Noise.,https://example.org/e,p. 1\n');
		const other = await openDatasetInNode(dir, 'data');
		try {
			expect(await undescribedTopics(other)).toEqual(['soundscapes']);
			const last = (await topicMatrix(other)).rows.at(-1);
			expect(last).toMatchObject({ topic: 'soundscapes', page: null, vocabulary: 'other', projects: 1, byRegion: [1, 0, 0, 0, 0] });
		} finally {
			other.close();
		}
	});

	it('shows a topic’s projects, where they work, what they feed and the sub-regions it has not reached', async () => {
		const p = await topicPage(db, { topic: 'marine-coastal' });
		expect(p.projects.map((r) => r.project_id)).toEqual(['beta']);
		expect(p.countries.map((c) => c.iso3).sort()).toEqual(['GBR', 'KEN']);
		expect(p.globalProjects).toBe(0);
		expect(p.regionsInScope).toBe(2);
		expect(p.perGoal.filter((g) => g.projects > 0).map((g) => g.goal)).toEqual([1, 11, 13, 14]);
		expect(p.feeds.map((r) => `${r.level} ${r.code} ${r.strength}`)).toEqual([
			'target 1.5 direct',
			'indicator 1.5.1 direct',
			'target 11.5 direct',
			'target 13.1 direct',
			'target 14.1 potential',
			'indicator 14.1.1 potential'
		]);
		expect(p.places).toHaveLength(17);
		const place = (sub: string) => p.places.find((r) => r.sub_region === sub);
		expect(place('Northern Europe')).toMatchObject({ region: 'Europe', on_topic: 1, all_topics: 2 });
		expect(place('Sub-Saharan Africa')).toMatchObject({ on_topic: 1, all_topics: 1 });
		expect(place('Latin America and the Caribbean')).toMatchObject({ on_topic: 0, all_topics: 1 });
		expect(p.places.filter((r) => r.on_topic === 0)).toHaveLength(15);
	});

	it('counts the regions reached under a place filter, while its table of sub-regions leaves the place out', async () => {
		// beta names Britain and Kenya: in Brazil, nothing on the topic; in Kenya, beta, which reaches Europe too.
		const brazil = await topicPage(db, { topic: 'marine-coastal' }, { ...emptyFilters, countries: ['BRA'] });
		expect(brazil).toMatchObject({ projectCount: 0, countriesInScope: 0, regionsInScope: 0 });
		expect(brazil.places.filter((r) => r.on_topic > 0)).toHaveLength(2);
		const kenya = await topicPage(db, { topic: 'marine-coastal' }, { ...emptyFilters, countries: ['KEN'] });
		expect(kenya).toMatchObject({ projectCount: 1, countriesInScope: 2, regionsInScope: 2 });
	});
});
