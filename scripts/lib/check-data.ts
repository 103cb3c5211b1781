/** Read a data package folder from disk and run every validation on it. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DataPackage } from '../../src/lib/data/package.ts';
import { validateInventory } from '../../src/lib/data/validate-inventory.ts';
import { validatePackage, type ValidationError } from '../../src/lib/data/validate-package.ts';

export function checkDataDir(dir: string): { pkg: DataPackage; errors: ValidationError[] } {
	const pkg = JSON.parse(readFileSync(join(dir, 'datapackage.json'), 'utf8')) as DataPackage;
	const files: Record<string, string | undefined> = {};
	for (const r of pkg.resources) {
		const path = join(dir, r.path);
		files[r.path] = existsSync(path) ? readFileSync(path, 'utf8') : undefined;
	}
	const { errors, parsed } = validatePackage(pkg, files);
	// Dataset rules only make sense once every table parsed against its schema.
	if (errors.length === 0) errors.push(...validateInventory(parsed));
	return { pkg, errors: errors.map((e) => ({ ...e, resource: join(dir, e.resource) })) };
}
