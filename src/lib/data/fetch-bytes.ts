/**
 * Fetching the app's data files as bytes, and checking a file against the SHA-256 its manifest
 * gives.
 */

/** Fetch one of the app's data files as bytes; `path` names it in the error. */
export async function fetchBytes(url: string, path: string, integrity?: string): Promise<Uint8Array<ArrayBuffer>> {
	const response = await fetch(url, integrity ? { integrity } : undefined);
	if (!response.ok) throw new Error(`Could not load ${path}: HTTP ${response.status}`);
	// Bytes, not text: DuckDB reads UTF-8 itself, and a JavaScript string has a length limit
	// (about 512 MB) that a large inventory's CSV can pass.
	return new Uint8Array(await response.arrayBuffer());
}

/** A subresource-integrity string (`sha256-` and the base64 digest) for these bytes. */
export async function sha256Integrity(bytes: Uint8Array<ArrayBuffer>, subtle: SubtleCrypto): Promise<string> {
	const digest = new Uint8Array(await subtle.digest('SHA-256', bytes));
	let binary = '';
	for (const byte of digest) binary += String.fromCharCode(byte);
	return `sha256-${btoa(binary)}`;
}

/**
 * Fetch a file and refuse it unless its SHA-256 is the one `integrity` gives. Hashed with
 * SubtleCrypto, which Chromium runs on a background thread: fetch's own `integrity` option hashes
 * on the page's main thread (about 130 ms for the 5 MB database on two cores), holding up whatever
 * the page is drawing. That option stays the fallback where SubtleCrypto is missing (a page served
 * over plain http from another host than localhost is not a secure context).
 */
export async function fetchChecked(url: string, path: string, integrity: string, subtle: SubtleCrypto | null = globalThis.crypto?.subtle ?? null): Promise<Uint8Array<ArrayBuffer>> {
	if (!subtle) return fetchBytes(url, path, integrity);
	const bytes = await fetchBytes(url, path);
	const actual = await sha256Integrity(bytes, subtle);
	if (actual !== integrity) throw new Error(`Refused ${path}: its SHA-256 (${actual}) is not the integrity its manifest gives (${integrity})`);
	return bytes;
}

/**
 * The body of a file the document's head began fetching as a blob (src/app.html: the files the
 * page preloads), once; null when it did not. Why a blob: Chromium drains `arrayBuffer()` and
 * `text()` chunk by chunk on the page's main thread, where `blob()` has the browser store the body
 * and the page read it back at once. On two cores, fetching a million links' index and project
 * list (32 MB) held the main thread in long tasks for 0.43-0.54 s through a preload and
 * `arrayBuffer()`, 0.18-0.24 s through the early blob, and the bytes were there 0.35-0.5 s sooner.
 */
export function earlyFile(url: string): Promise<Blob> | null {
	const started = earlyFiles();
	if (!started || typeof location === 'undefined') return null;
	const body = started[absolute(url)] ?? null;
	// Once: a file that failed is fetched again by whoever asks next.
	delete started[absolute(url)];
	return body;
}

const earlyFiles = () => (globalThis as { __earlyFiles?: Record<string, Promise<Blob> | undefined> }).__earlyFiles;
const absolute = (url: string) => new URL(url, location.href).href;

/** Whether the document's head began fetching this file and it has not been taken yet. */
export function startedEarly(url: string): boolean {
	return typeof location !== 'undefined' && !!earlyFiles()?.[absolute(url)];
}

/** Bytes on the wire above which largeAsBlob reads a body as a blob. */
export const largeBody = 8_000_000;

/**
 * A response whose body is large (by its Content-Length, so on the wire) as a blob, else the
 * response itself. Drained through `arrayBuffer()`, the project list of ten million links (13 MB
 * gzipped, descriptions included, as it then was) held the page's main thread for seconds: its
 * goal page went live in 7.9 s instead of 8.5 (seven interleaved loads each). A small one is read
 * from the response: through a blob the goal page's list at a million links (1.4 MB) came later
 * (3.1 s against 2.9, seven loads each). Without a Content-Length (a body compressed as it is
 * sent) the response is read as it comes.
 */
export function largeAsBlob(response: Response): Promise<Blob> | Response {
	return Number(response.headers.get('content-length')) > largeBody ? response.blob() : response;
}
