/**
 * Reading what a page shows, figure by figure and row by row, against the query modules' answer
 * on native DuckDB: the truth-first tests' checks of a page's final figures.
 */
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import type { NodeClient } from '../../src/lib/data/duckdb-node';
import { parseFilters } from '../../src/lib/domain/filters';
import { vocabulary } from '../../src/lib/format/vocabulary';
import { countryInfo, countryPage } from '../../src/lib/queries/countries';
import { topicPage } from '../../src/lib/queries/topics';

/** The filters an address names. */
export const filtersOf = (address: string) => parseFilters(new URL(address, 'http://x').searchParams, vocabulary).filters;

/** Each body row of the tables in a region of figures, its cells' text joined by spaces. */
export const tableRows = (page: Page, region: string) =>
	page
		.locator(`[data-figures="${region}"] tbody tr`)
		.evaluateAll((rows) => rows.map((tr) => Array.from(tr.children, (cell) => (cell.textContent ?? '').trim()).join(' ')));

/** Text as a regular expression that matches it literally. */
export const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export const digits = (n: number) => new RegExp(`(^|\\D)${n}(\\D|$)`);

/** The body rows of the table, in a region of figures, whose caption matches. */
const rowsOf = (page: Page, region: string, caption: RegExp) =>
	page.locator(`[data-figures="${region}"] table`, { has: page.locator('caption', { hasText: caption }) }).locator('tbody tr');

/** Each project listed, as its name and the goals shown beside it (those its links passing the filters reach). */
/** Each row's name, its goals in colour (matching the filters) and in grey (its others). */
const projectRows = (rows: Locator) =>
	rows.evaluateAll((trs) =>
		trs.map((tr) => [
			tr.querySelector('a.name')?.textContent,
			...['.goals .badge:not(.muted)', '.goals .badge.muted'].map((badges) => Array.from(tr.querySelectorAll(badges), (b) => b.textContent).join(' '))
		])
	);
const asListed = (projects: { name: string; goals: number[]; other_goals: number[] }[]) =>
	projects.map((r) => [r.name, r.goals.join(' '), r.other_goals.join(' ')]);

/** Each row's cells' text. */
const cells = (rows: Locator) => rows.evaluateAll((trs) => trs.map((tr) => Array.from(tr.children, (cell) => (cell.textContent ?? '').trim())));

const figure = async (page: Page, name: string) => ((await page.locator(`[data-figure="${name}"]`).textContent()) ?? '').trim();

/**
 * A topic's page as shown against topicPage's answer on native DuckDB: its figures, every project
 * listed (in order), and the projects behind each target and indicator fed.
 */
export async function expectTopicPage(page: Page, db: NodeClient, topic: string, label: string, query: string) {
	const expected = await topicPage(db, { topic }, filtersOf(query));
	expect(await figure(page, 'topic-projects')).toBe(String(expected.projectCount));
	expect(await figure(page, 'topic-countries')).toMatch(new RegExp(`^${expected.countriesInScope}(\\D|$)`));
	expect(await projectRows(rowsOf(page, 'topic', new RegExp(`^${escaped(label)} projects$`)))).toEqual(asListed(expected.projects));
	const feeds = await cells(rowsOf(page, 'topic', /^Targets and indicators fed by/));
	expect(feeds.map((row) => row.at(-1))).toEqual(expected.feeds.map((r) => String(r.projects)));
	return expected;
}

/** A country's profile as shown against countryPage's answer: figures, projects, what they feed, and the region's gaps. */
export async function expectCountryPage(page: Page, db: NodeClient, iso3: string, query: string) {
	const info = (await countryInfo(db, iso3))!;
	const expected = await countryPage(db, info, filtersOf(query));
	expect(await figure(page, 'country-projects')).toMatch(new RegExp(`^${expected.projectCount}(\\D|$)`));
	expect(await figure(page, 'country-global')).toMatch(new RegExp(`^${expected.globalProjectCount}(\\D|$)`));
	expect(await figure(page, 'country-region')).toMatch(digits(expected.region!.projects));
	expect(await projectRows(rowsOf(page, 'country', new RegExp(`^Projects working in ${escaped(info.name)}$`)))).toEqual(asListed(expected.projects));
	const feeds = await cells(rowsOf(page, 'country', /^Targets and indicators fed by projects in/));
	expect(feeds.map((row) => row.at(-1))).toEqual(expected.feeds.map((r) => String(r.projects)));
	// The region's rows: their projects, and the countries where they are fed (each a link to its profile).
	const gaps = await rowsOf(page, 'country', /^Fed in .* but not in/).evaluateAll((trs) =>
		trs.map((tr) => [
			(tr.children[tr.children.length - 2]?.textContent ?? '').trim(),
			Array.from(tr.lastElementChild?.querySelectorAll('a') ?? [], (a) => /\/countries\/([A-Z]{3})/.exec(a.getAttribute('href') ?? '')?.[1]).join(' ')
		])
	);
	expect(gaps).toEqual(expected.gaps.map((r) => [String(r.projects), r.countries.join(' ')]));
	return expected;
}
