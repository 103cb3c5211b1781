/**
 * Valid for the ecosystem's own tools, not only for ours: every data package the build publishes
 * is loaded with the Frictionless JavaScript library (`datapackage` 1.1.10, a reference
 * implementation), its descriptor validated against the tabular-data-package profile and every
 * row of every resource read and cast by its schema. The library's own messages are the failure
 * text, so a break says what it refused.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Package } from 'datapackage';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/lib/format/csv';

/** Every resource's rows as the library casts them, or what it refused. */
async function readWithFrictionless(dir: string) {
	const pkg = await Package.load(join(dir, 'datapackage.json'), { basePath: dir });
	const rows: Record<string, number> = {};
	const refused: string[] = pkg.errors.map((e) => e.message);
	for (const resource of pkg.resources) {
		try {
			rows[resource.name] = (await resource.read({ cast: true })).length;
		} catch (e) {
			const inner = (e as { errors?: Error[] }).errors ?? [];
			refused.push(`${resource.name}: ${(e as Error).message} ${inner.map((x) => x.message).join('; ')}`);
		}
	}
	return { valid: pkg.valid, rows, refused };
}

/** The rows our own reader finds in each resource's file. */
function ownRows(dir: string): Record<string, number> {
	const descriptor = JSON.parse(readFileSync(join(dir, 'datapackage.json'), 'utf8')) as { resources: { name: string; path: string }[] };
	return Object.fromEntries(descriptor.resources.map((r) => [r.name, parseCsv(readFileSync(join(dir, r.path), 'utf8')).rows.length]));
}

describe('the published data package, read by the Frictionless JavaScript library', () => {
	// Every kept release too, but 0.1.0: frozen as it was published, before its resources declared the
	// tabular profile (the library refuses it for that, which the next test checks it would).
	const kept = existsSync('data/releases') ? readdirSync('data/releases').filter((v) => v !== '0.1.0') : [];
	for (const dir of ['data', 'static/data', ...kept.map((v) => `data/releases/${v}`)]) {
		it(`${dir}/datapackage.json is a valid tabular data package whose every row casts`, async () => {
			const read = await readWithFrictionless(dir);
			expect(read.refused).toEqual([]);
			expect(read.valid).toBe(true);
			expect(read.rows).toEqual(ownRows(dir));
		}, 60_000);
	}

	it('refuses what it should: a resource without the tabular profile, a cell its schema cannot cast', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'frictionless-'));
		cpSync('data', dir, { recursive: true });
		const descriptor = readFileSync(join(dir, 'datapackage.json'), 'utf8');
		writeFileSync(join(dir, 'datapackage.json'), descriptor.replace('"profile": "tabular-data-resource",\n', ''));
		expect((await readWithFrictionless(dir)).valid).toBe(false);

		writeFileSync(join(dir, 'datapackage.json'), descriptor);
		const projects = readFileSync(join(dir, 'projects.csv'), 'utf8');
		const url = /\nargentinat,[^,]*,(https:\/\/[^/,]+)/.exec(projects)!;
		writeFileSync(join(dir, 'projects.csv'), projects.replace(url[0], url[0].replace(url[1], `${url[1]}.`)));
		const broken = await readWithFrictionless(dir);
		expect(broken.refused.join('\n')).toMatch(/^projects: .*format "uri"/m);
	}, 60_000);
});
