import { describe, expect, it } from 'vitest';
import { datasetViewKey, defaultDatasetView, isPublishedView, publishedViewKey } from '../../src/lib/domain/datasets';

// Which answers the build's files may give: only for the published datasets alone. A wrong "yes"
// would draw the build's figures for a page that shows imports or an earlier release.
describe('isPublishedView', () => {
	it('is true for the published datasets, however the view was written', () => {
		expect(isPublishedView(defaultDatasetView)).toBe(true);
		expect(isPublishedView({ embedded: true, jrc: true, imported: [] })).toBe(true);
		expect(publishedViewKey).toBe(datasetViewKey({ jrc: true, embedded: true, imported: [] }));
	});

	it('is false with imports, without a published dataset, or for an earlier release', () => {
		expect(isPublishedView({ embedded: true, jrc: true, imported: ['mine'] })).toBe(false);
		expect(isPublishedView({ embedded: true, jrc: false, imported: [] })).toBe(false);
		expect(isPublishedView({ embedded: false, jrc: true, imported: [] })).toBe(false);
		expect(isPublishedView({ ...defaultDatasetView, release: '2025.1' })).toBe(false);
	});

	it('keys a choice of imports by its members, not their order or repeats', () => {
		const a = datasetViewKey({ embedded: false, jrc: true, imported: ['b', 'a'] });
		expect(datasetViewKey({ embedded: false, jrc: true, imported: ['a', 'b', 'a'] })).toBe(a);
		expect(datasetViewKey({ embedded: false, jrc: true, imported: ['a'] })).not.toBe(a);
	});
});
