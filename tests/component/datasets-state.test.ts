// @vitest-environment jsdom
/** The dataset state names every dataset apart, so lists and the banner never show two of one name. */
import { describe, expect, it } from 'vitest';
import { dataPackage } from '../../src/lib/data/package';
import type { DatasetMeta } from '../../src/lib/import/dataset';
import { DatasetsState } from '../../src/lib/state/datasets.svelte';

describe('DatasetsState.uniqueTitle', () => {
	it('numbers a title already taken by an import or by the curated inventory', () => {
		const state = new DatasetsState();
		state.list = [{ id: 'a', title: 'Inventory' } as DatasetMeta, { id: 'b', title: 'Inventory (2)' } as DatasetMeta];
		expect(state.uniqueTitle('Inventory')).toBe('Inventory (3)');
		expect(state.uniqueTitle('Other')).toBe('Other');
		expect(state.uniqueTitle(dataPackage.curated.title)).toBe(`${dataPackage.curated.title} (2)`);
	});
});
