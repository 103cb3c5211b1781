// @vitest-environment jsdom
/**
 * A page's filters answered from the shipped files in memory are held before `Live.refresh`
 * returns: called before the DOM updates (state/filtered-live.svelte.ts), the page draws the new
 * answer in the same update as the change, with no pending mark set and cleared in between. An
 * answer still on its way, or files that cannot answer, leave the value held as it was until the
 * answer comes.
 */
import { flushSync } from 'svelte';
import { describe, expect, it } from 'vitest';
import { Live } from '../../src/lib/state/live.svelte';

const noDatabase = () => Promise.reject(new Error('no database in this test'));
const settled = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('Live.refresh with a shipped answer', () => {
	it('holds an answer given at once before it returns', () => {
		const live = new Live<number[]>([1], 'prerendered');
		const counting = () => {
			// A count that takes a while: the time the page reports (bench: "query") includes it.
			const until = performance.now() + 20;
			while (performance.now() < until);
			return [2, 3];
		};
		live.refresh('/data', noDatabase, () => 'db', { answer: counting, answers: 'goal 15' });
		flushSync();
		expect(live.lastMs).toBeGreaterThanOrEqual(20);
		expect(live.value).toEqual([2, 3]);
		expect(live.answers).toBe('goal 15');
		expect(live.status).toBe('live');
		expect(live.version).toBe(1);
	});

	it('holds a promised answer only once it arrives, and the latest question wins', async () => {
		const live = new Live<number[]>([1], 'prerendered');
		let arrive: (v: number[]) => void = () => {};
		live.refresh('/data', noDatabase, () => 'db', { answer: () => new Promise<number[]>((r) => (arrive = r)), answers: 'goal 15' });
		expect(live.answers).toBe('prerendered');
		expect(live.value).toEqual([1]);
		// A newer question answered at once wins over the older one still on its way.
		live.refresh('/data', noDatabase, () => 'db', { answer: () => [4], answers: 'goal 6' });
		arrive([2, 3]);
		await settled();
		expect(live.value).toEqual([4]);
		expect(live.answers).toBe('goal 6');
	});

	it('leaves files that cannot answer to the database, keeping what it held', async () => {
		const live = new Live<number[]>([1], 'prerendered');
		live.refresh(
			'/data',
			() => Promise.resolve([9]),
			() => 'db',
			{
				answer: () => {
					throw new Error('goal 15: the shipped files cannot answer this; the database will');
				},
				answers: 'goal 15'
			}
		);
		expect(live.value).toEqual([1]);
		expect(live.answers).toBe('prerendered');
		expect(live.version).toBe(0);
		await settled();
		// The database (none starts here) is asked instead: nothing is held meanwhile.
		expect(live.value).toEqual([1]);
		expect(live.answers).toBe('prerendered');
		expect(live.status).not.toBe('live');
	});
});
