/**
 * The three inventories the overview index's tests compare it with the SQL on, and seeded filter
 * states over each: the embedded inventory; the hand-computed fixture with awkward rows added; a
 * synthetic inventory with projects without an SDG link.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generate, random } from '../scripts/bench/generate';
import { openDatasetInNode, openPublishedInNode, type NodeClient } from '../src/lib/data/duckdb-node';
import { derivedSql } from '../src/lib/data/package';
import { strengths } from '../src/lib/domain/strength';
import type { Filters } from '../src/lib/domain/filters';
import type { OverviewIndex } from '../src/lib/queries/overview-index/extract';
import { decodeOverviewIndex, encodeOverviewIndex } from '../src/lib/queries/overview-index/wire';

/** Through the file format and back, on a buffer of its own (as fetched). */
export const throughFile = (index: OverviewIndex) => decodeOverviewIndex(encodeOverviewIndex(index).slice().buffer);

/**
 * The hand-computed fixture with rows the curated data lack: a project with no link, a country
 * code the countries table lacks, a start after the last year shown, a link outside the
 * framework, a repeat, a target the framework lacks, a doubled topic, empty topics.
 */
export async function openAwkwardFixture(): Promise<NodeClient> {
	const mini = await openDatasetInNode('tests/fixtures/mini', 'data');
	await mini.query(
		`INSERT INTO projects (project_id, name, url, organisation, description, start_year, end_year, status, geographic_scale, topics, record_source, dataset)
		 SELECT 'no-links', 'No links', url, organisation, description, 2001, NULL, status, 'national', 'birds', record_source, 'embedded' FROM projects LIMIT 1`
	);
	await mini.query(`INSERT INTO project_countries (project_id, country) VALUES ('no-links', 'KEN')`);
	await mini.query(
		`UPDATE projects SET start_year = 2031 WHERE project_id = (SELECT min(project_id) FROM projects WHERE start_year IS NOT NULL AND project_id <> 'no-links')`
	);
	await mini.query(
		`INSERT INTO project_countries (project_id, country) SELECT project_id, 'XKX' FROM projects WHERE geographic_scale <> 'global' AND project_id <> 'no-links' LIMIT 1`
	);
	// Two names alike but for case: one place in the order by name, told apart by id (a sort by name descending).
	await mini.query(
		`UPDATE projects SET name = upper((SELECT name FROM projects WHERE project_id IN (SELECT project_id FROM contributions) ORDER BY project_id LIMIT 1))
		 WHERE project_id = (SELECT project_id FROM projects WHERE project_id IN (SELECT project_id FROM contributions) ORDER BY project_id LIMIT 1 OFFSET 1)`
	);
	// A topic named twice: the project counts once for it.
	await mini.query(
		`UPDATE projects SET topics = topics || ';' || split_part(topics, ';', 1) WHERE project_id = (SELECT min(project_id) FROM contributions WHERE project_id IN (SELECT project_id FROM projects WHERE topics <> ''))`
	);
	// Topics given as empty text: the flow chart's query leaves such a project out.
	await mini.query(`UPDATE projects SET topics = '' WHERE project_id = (SELECT max(project_id) FROM contributions)`);
	await mini.query(
		`INSERT INTO contributions (project_id, sdg_code, level, strength, rationale) SELECT project_id, '99.9.9', 'indicator', 'potential', 'made up' FROM contributions LIMIT 1`
	);
	await mini.query(
		`INSERT INTO contributions (project_id, sdg_code, level, strength, rationale) SELECT max(project_id), '11.5.1', 'indicator', 'direct', 'a repeat' FROM contributions`
	);
	// A target the framework lacks: the index numbers the data's own listings instead of the framework's.
	await mini.query(
		`INSERT INTO contributions (project_id, sdg_code, level, strength, rationale) SELECT min(project_id), '15.99', 'target', 'indirect', 'unknown target' FROM contributions`
	);
	for (const statement of derivedSql) await mini.query(statement);
	return mini;
}

/** 20,000 synthetic links (skewed goals and countries, multi-country and global projects), and 40 projects without a link. */
export async function openSyntheticInventory(): Promise<NodeClient> {
	const dir = mkdtempSync(join(tmpdir(), 'overview-index-'));
	await generate(20_000, dir, 7);
	const synthetic = await openDatasetInNode(dir, 'data');
	// Projects without an SDG link, as imports often hold: copies of 40 projects, with their countries, without their links.
	await synthetic.query(`INSERT INTO projects SELECT * REPLACE ('unlinked-' || project_id AS project_id) FROM projects ORDER BY project_id LIMIT 40`);
	await synthetic.query(
		`INSERT INTO project_countries SELECT * REPLACE ('unlinked-' || project_id AS project_id) FROM project_countries WHERE 'unlinked-' || project_id IN (SELECT project_id FROM projects)`
	);
	for (const statement of derivedSql) await synthetic.query(statement);
	return synthetic;
}

/** All three: the embedded inventory (both published datasets), the awkward fixture and the synthetic inventory. */
export async function openInventories(): Promise<{ embedded: NodeClient; mini: NodeClient; synthetic: NodeClient }> {
	return { embedded: await openPublishedInNode('data', 'static/data'), mini: await openAwkwardFixture(), synthetic: await openSyntheticInventory() };
}

/** Values a filter can take on this database: those it holds, and a few it does not. */
export async function vocabulary(db: NodeClient) {
	const values = async (sql: string) => (await db.query<{ v: string }>(sql)).map((r) => r.v);
	return {
		targets: [...(await values(`SELECT DISTINCT target AS v FROM contribution_links WHERE target IS NOT NULL ORDER BY v`)), '2.c', '99.1'],
		// Primaries and repeats (11.5.1 is 1.5.1), and one nobody links to.
		indicators: [...(await values(`SELECT DISTINCT listed_as AS v FROM contribution_links WHERE listed_as IS NOT NULL ORDER BY v`)), '11.5.1', '17.19.2'],
		countries: [...(await values(`SELECT DISTINCT country AS v FROM project_countries ORDER BY v`)), 'ATA', 'ZZZ'],
		regions: await values(
			`SELECT DISTINCT v FROM (SELECT region AS v FROM countries UNION ALL SELECT sub_region FROM countries UNION ALL SELECT intermediate_region FROM countries) WHERE v IS NOT NULL ORDER BY v`
		),
		topics: [...(await values(`SELECT DISTINCT unnest(string_split(topics, ';')) AS v FROM projects WHERE topics IS NOT NULL ORDER BY v`)), 'not-a-topic'],
		years: (await db.query<{ lo: number; hi: number }>(`SELECT min(start_year) AS lo, max(coalesce(end_year, start_year)) AS hi FROM projects`))[0]
	};
}

/** Seeded filter states: each filter set with some probability, from the database's own values. */
export function filterStates(vocab: Awaited<ReturnType<typeof vocabulary>>, count: number, seed: number): Filters[] {
	const rnd = random(seed);
	const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)];
	const some = <T>(xs: readonly T[], max: number) => [...new Set(Array.from({ length: 1 + Math.floor(rnd() * max) }, () => pick(xs)))];
	const year = () => Math.round(vocab.years.lo - 2 + rnd() * (vocab.years.hi - vocab.years.lo + 4));
	const states: Filters[] = [];
	for (let i = 0; i < count; i++) {
		const from = rnd() < 0.3 ? year() : null;
		const to = rnd() < 0.3 ? year() : null;
		states.push({
			goals:
				rnd() < 0.4
					? some(
							Array.from({ length: 17 }, (_, g) => g + 1),
							3
						)
					: [],
			target: rnd() < 0.15 ? pick(vocab.targets) : null,
			indicator: rnd() < 0.15 ? pick(vocab.indicators) : null,
			strengths: rnd() < 0.3 ? some(strengths, 2) : [],
			countries: rnd() < 0.3 ? some(vocab.countries, 3) : [],
			region: rnd() < 0.2 ? pick(vocab.regions) : null,
			from,
			to,
			topics: rnd() < 0.2 && vocab.topics.length ? some(vocab.topics, 2) : []
		});
	}
	return states;
}
