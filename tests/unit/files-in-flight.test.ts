import { describe, expect, it } from 'vitest';
import { filesSettled, track } from '../../src/lib/queries/files-in-flight';

/** A promise and the hands that settle it. */
function deferred() {
	let resolve!: () => void;
	let reject!: (e: Error) => void;
	const promise = new Promise<void>((res, rej) => ((resolve = res), (reject = rej)));
	promise.catch(() => {});
	return { promise, resolve, reject };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('files in flight', () => {
	it('settles at once when no file is on its way', async () => {
		let settled = false;
		filesSettled().then(() => (settled = true));
		await tick();
		expect(settled).toBe(true);
	});

	it('waits for every file, one that fails too, and for a file asked for while waiting', async () => {
		const index = deferred();
		const broken = deferred();
		track(index.promise);
		track(broken.promise);
		let settled = false;
		filesSettled().then(() => (settled = true));
		broken.reject(new Error('HTTP 404'));
		await tick();
		expect(settled).toBe(false);
		// Reading the index asks for the project list before it is done.
		const list = deferred();
		index.promise.then(() => track(list.promise));
		index.resolve();
		await tick();
		expect(settled).toBe(false);
		list.resolve();
		await tick();
		expect(settled).toBe(true);
	});
});
