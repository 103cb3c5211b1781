/**
 * A value now, or a promise of it: what a loader gives when its files may already be in memory.
 * Answering at once matters for a page's filters: an answer given within the same update as the
 * change is drawn in that update, with no DOM change for "counting" in between
 * (state/live.svelte.ts); an `await` always puts one there, even when no frame is drawn meanwhile.
 */
export type MaybeNow<T> = T | Promise<T>;

export const isPending = <T>(value: MaybeNow<T>): value is Promise<T> => value instanceof Promise;

/** `next` applied to `value`: at once when `value` is here, else once it arrives. A throw from `next` is thrown (or rejected) as it comes. */
export function andThen<A, R>(value: MaybeNow<A>, next: (a: A) => MaybeNow<R>): MaybeNow<R> {
	return isPending(value) ? value.then(next) : next(value);
}

/** Both values, at once when both are here. */
export function both<A, B>(a: MaybeNow<A>, b: MaybeNow<B>): MaybeNow<[A, B]> {
	return isPending(a) || isPending(b) ? Promise.all([a, b]) : [a, b];
}
