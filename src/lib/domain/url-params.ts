/**
 * A page's own query-string parameters beside the filters (search, sort, page, level, pivot), as
 * plain data. Each parameter is read by a small codec: a value the codec cannot use is reported
 * (which parameter, what value, what was expected) and ignored, like a bad filter; the others
 * still apply. Writing leaves a parameter at its default out of the URL, so every view has one
 * canonical address.
 */
import type { Expectation, FilterProblem } from './filters';

/** One parameter: its value when the URL does not say, how to read it, how to write it. */
export interface Param<T> {
	fallback: T;
	/** The value `raw` stands for, or what was expected instead (in English, and as data). */
	read(raw: string): { value: T } | { expected: string; expects: Expectation };
	/** The text to put in the URL; `null` leaves the parameter out (the value is the fallback). */
	write(value: T): string | null;
}

export type ParamSpec = Record<string, Param<unknown>>;
export type ParamValues<S extends ParamSpec> = { [K in keyof S]: S[K] extends Param<infer T> ? T : never };

/** One of a fixed list of words; `fallback` (which may be null) when absent. */
export function choice<const V extends string, F extends V | null>(values: readonly V[], fallback: F): Param<V | F> {
	const options = values.join(', ');
	return {
		fallback,
		read: (raw) =>
			(values as readonly string[]).includes(raw) ? { value: raw as V } : { expected: `expected one of: ${options}`, expects: { id: 'one-of', options } },
		write: (value) => (value === fallback || value === null ? null : value)
	};
}

/** Free text, such as a search, trimmed of nothing but cut at `maxLength` characters. */
export function text(maxLength: number): Param<string> {
	return {
		fallback: '',
		read: (raw) => ({ value: raw.slice(0, maxLength) }),
		write: (value) => (value === '' ? null : value)
	};
}

/** An on/off switch written as 1 (on) or left out (off); 0 is read as off. */
export function flag(): Param<boolean> {
	return {
		fallback: false,
		read: (raw) => (raw === '1' ? { value: true } : raw === '0' ? { value: false } : { expected: 'expected 1 (on) or 0 (off)', expects: { id: 'flag' } }),
		write: (value) => (value ? '1' : null)
	};
}

/** A page number from 1; page 1 is the address without one. */
export function pageNumber(): Param<number> {
	return {
		fallback: 1,
		read: (raw) =>
			/^\d{1,6}$/.test(raw) && Number(raw) >= 1 ? { value: Number(raw) } : { expected: 'expected a page number such as 2', expects: { id: 'page' } },
		write: (value) => (value > 1 ? String(Math.floor(value)) : null)
	};
}

/** Any value `accepts` allows: for sort keys that depend on the table (a pivot's columns). */
export function oneOf(accepts: (raw: string) => boolean, fallback: string, expected: string, expects: Expectation): Param<string> {
	return {
		fallback,
		read: (raw) => (accepts(raw) ? { value: raw } : { expected, expects }),
		write: (value) => (value === fallback ? null : value)
	};
}

/** Every parameter of `spec` read from `params`: the fallback where absent or unusable, and each unusable one named. */
export function parseParams<S extends ParamSpec>(spec: S, params: URLSearchParams): { values: ParamValues<S>; problems: FilterProblem[] } {
	const values = {} as Record<string, unknown>;
	const problems: FilterProblem[] = [];
	for (const [name, param] of Object.entries(spec)) {
		const raw = params.get(name);
		values[name] = param.fallback;
		if (raw === null) continue;
		const read = param.read(raw);
		if ('value' in read) values[name] = read.value;
		else problems.push({ param: name, value: raw, note: read.expected, expects: read.expects });
	}
	return { values: values as ParamValues<S>, problems };
}

/** Write the parameters in `values` (and only those) into `params`, leaving out the ones at their fallback. */
export function writeParams<S extends ParamSpec>(spec: S, values: Partial<ParamValues<S>>, params: URLSearchParams): void {
	for (const [name, value] of Object.entries(values)) {
		const param = spec[name];
		if (!param) continue;
		const written = param.write(value);
		if (written === null) params.delete(name);
		else params.set(name, written);
	}
}

/** The canonical query string of a view (no leading "?"), in the spec's order. */
export function serializeParams<S extends ParamSpec>(spec: S, values: ParamValues<S>): string {
	const params = new URLSearchParams();
	writeParams(spec, values, params);
	return params.toString();
}

/** The sort after a click on column `key`: the same column again flips the direction; another starts in its natural one. */
export function nextSort<K extends string>(current: { sort: K; desc: boolean }, key: K, descendingFirst: boolean): { sort: K; desc: boolean } {
	return current.sort === key ? { sort: key, desc: !current.desc } : { sort: key, desc: descendingFirst };
}
