import { describe, expect, it } from 'vitest';
import { evidenceSentence, usedToday } from '../../src/lib/format/evidence-counts';

describe('evidenceSentence: today apart from potential, never one mixed number', () => {
	it('says what documents show today and what projects could feed', () => {
		expect(evidenceSentence({ total: 231, direct: 2, indirect: 3, potential: 15 })).toBe(
			'Citizen-science data feed 5 of the 231 indicators today (2 direct, 3 indirect); projects could feed 15 more indicators.'
		);
	});
	it('says so when nothing is documented yet', () => {
		expect(evidenceSentence({ total: 231, direct: 0, indirect: 0, potential: 1 })).toBe(
			'No document shows citizen-science data feeding any of the 231 indicators today; projects could feed 1 indicator.'
		);
		expect(evidenceSentence({ total: 231, direct: 0, indirect: 0, potential: 0 })).toBe(
			'No document shows citizen-science data feeding any of the 231 indicators today; no project is linked to one yet.'
		);
	});
	it('never prints the sum of today and potential, for every combination', () => {
		for (const direct of [0, 2])
			for (const indirect of [0, 5])
				for (const potential of [0, 13]) {
					const c = { total: 231, direct, indirect, potential };
					const numbers = evidenceSentence(c).match(/\d+/g)!.map(Number);
					expect(numbers).toContain(usedToday(c) === 0 ? 231 : usedToday(c));
					if (potential > 0 && usedToday(c) > 0) expect(numbers).not.toContain(usedToday(c) + potential);
					if (potential > 0) expect(numbers).toContain(potential);
				}
	});
});
