/** CI's deprecation check reads the registry's `deprecated` field as npm itself does. */
import { describe, expect, it } from 'vitest';
import { deprecatedOf } from '../../scripts/ci/deprecated';

describe('deprecatedOf', () => {
	it('reports a notice, and treats an absent, empty or false field as not deprecated', () => {
		expect(deprecatedOf({ name: 'inflight', version: '1.0.6', deprecated: 'This module is not supported, and leaks memory.' })).toBe(
			'This module is not supported, and leaks memory.'
		);
		expect(deprecatedOf({ deprecated: true })).toBe('deprecated');
		// npm un-deprecates a version by setting the notice to an empty string.
		expect(deprecatedOf({ deprecated: '' })).toBeNull();
		expect(deprecatedOf({ deprecated: '   ' })).toBeNull();
		expect(deprecatedOf({ deprecated: false })).toBeNull();
		expect(deprecatedOf({ name: 'svelte', version: '5.57.3' })).toBeNull();
	});
});
