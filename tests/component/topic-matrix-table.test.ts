// @vitest-environment jsdom
import { render } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import TopicMatrixTable from '../../src/lib/components/TopicMatrixTable.svelte';
import { emptyFilters } from '../../src/lib/domain/filters';
import type { TopicMatrix, TopicMatrixRow } from '../../src/lib/domain/topics';

const row = (topic: string, page: string | null, vocabulary: TopicMatrixRow['vocabulary'], byRegion: number[]): TopicMatrixRow => ({
	topic,
	page,
	label: topic,
	vocabulary,
	projects: byRegion.reduce((a, b) => a + b, 0),
	byRegion,
	global: 0
});
const matrix: TopicMatrix = {
	regions: ['Africa', 'Europe'],
	rows: [row('birds', 'birds', 'curated', [2, 0]), row('Air quality', 'jrc-air-quality', 'jrc-field', [0, 5]), row('tide pools', null, 'other', [1, 3])]
};

describe('<TopicMatrixTable>', () => {
	it("links each published topic's cells to its page in that region, keeping the other filters; an import's own topic has no page and no link", () => {
		const { container } = render(TopicMatrixTable, {
			matrix,
			rows: matrix.rows,
			caption: 'Topics by region',
			filters: { ...emptyFilters, goals: [15], countries: ['KEN'] },
			max: 5
		});
		const links = (label: string) =>
			Array.from(container.querySelectorAll('tbody tr'))
				.find((tr) => tr.querySelector('th')?.textContent?.trim() === label)!
				.querySelectorAll('a');
		expect(Array.from(links('birds')).map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
			['birds', '/topics/birds?goal=15'],
			['2', '/topics/birds?goal=15&region=Africa']
		]);
		// The JRC field by its page, not by its label (which an address cannot carry).
		expect(Array.from(links('Air quality')).map((a) => a.getAttribute('href'))).toEqual([
			'/topics/jrc-air-quality?goal=15',
			'/topics/jrc-air-quality?goal=15&region=Europe'
		]);
		// Its counts stay, as plain numbers: a link to /projects?topic=tide pools would list every project of the region.
		expect(links('tide pools')).toHaveLength(0);
		const tidePools = Array.from(container.querySelectorAll('tbody tr')).find((tr) => tr.textContent?.includes('tide pools'))!;
		expect(Array.from(tidePools.querySelectorAll('td')).map((td) => td.textContent?.trim())).toEqual(['4', '1', '3', '0']);
	});
});
