/**
 * House rules a reviewer would otherwise have to count by hand: no hand-written source file in
 * src/ over 300 lines (split along a real seam when one grows), generated files aside.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const maxLines = 300;
/** Written by the build, not by hand. */
const generated = /^src\/lib\/generated\//;

function sources(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
		const path = join(dir, e.name);
		if (e.isDirectory()) return sources(path);
		return /\.(ts|svelte|js|css)$/.test(e.name) ? [path] : [];
	});
}

describe('the house', () => {
	it(`has no hand-written source file in src/ over ${maxLines} lines`, () => {
		const files = sources('src').filter((f) => !generated.test(f));
		expect(files.length).toBeGreaterThan(100);
		const long = files.map((f) => ({ f, lines: readFileSync(f, 'utf8').split('\n').length })).filter(({ lines }) => lines > maxLines);
		expect(long.map(({ f, lines }) => `${f}: ${lines} lines`)).toEqual([]);
	});
});
