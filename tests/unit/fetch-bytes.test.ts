import { createHash, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { fetchChecked, largeAsBlob, largeBody, sha256Integrity } from '../../src/lib/data/fetch-bytes';

// Node's fetch reads data: URLs and honours `integrity`, as the browser does, so both paths run for real.
const bytes = randomBytes(200_000);
const url = `data:application/octet-stream;base64,${bytes.toString('base64')}`;
const integrity = `sha256-${createHash('sha256').update(bytes).digest('base64')}`;
const damaged = Buffer.from(bytes);
damaged.fill(0x5a, 100_000, 100_016);
const damagedUrl = `data:application/octet-stream;base64,${damaged.toString('base64')}`;

describe('fetching a file checked against its SHA-256', () => {
	it('gives the integrity string node:crypto gives', async () => {
		expect(await sha256Integrity(bytes, crypto.subtle)).toBe(integrity);
		expect(await sha256Integrity(damaged, crypto.subtle)).not.toBe(integrity);
	});

	it('returns the bytes when they match, hashing with SubtleCrypto', async () => {
		expect(Buffer.from(await fetchChecked(url, 'tables.duckdb', integrity)).equals(bytes)).toBe(true);
	});

	it('refuses a damaged file, naming it and both digests', async () => {
		const refusal = fetchChecked(damagedUrl, 'tables.0123abcd.duckdb', integrity);
		await expect(refusal).rejects.toThrow(
			/^Refused tables\.0123abcd\.duckdb: its SHA-256 \(sha256-[A-Za-z0-9+/]{43}=\) is not the integrity its manifest gives/
		);
		await expect(refusal).rejects.toThrow(integrity);
	});

	it("falls back to fetch's own integrity check where SubtleCrypto is missing", async () => {
		expect(Buffer.from(await fetchChecked(url, 'tables.duckdb', integrity, null)).equals(bytes)).toBe(true);
		await expect(fetchChecked(damagedUrl, 'tables.duckdb', integrity, null)).rejects.toThrow(/fetch failed/);
	});
});

describe('reading a large body', () => {
	const response = (size: number | null) => new Response(bytes, { headers: size === null ? {} : { 'content-length': String(size) } });

	it('takes a body larger than the threshold on the wire as a blob, with the same bytes', async () => {
		const body = await largeAsBlob(response(largeBody + 1));
		expect(body).toBeInstanceOf(Blob);
		expect(Buffer.from(await body.arrayBuffer()).equals(bytes)).toBe(true);
	});

	it('hands back a small body, or one of unknown length, as the response itself', async () => {
		for (const size of [bytes.length, largeBody, null]) {
			const r = response(size);
			expect(await largeAsBlob(r)).toBe(r);
		}
	});
});
