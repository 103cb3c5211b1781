/**
 * Where the reference data nobody here wrote lives: `../shared/reference` beside the checkout on the
 * team's machines and in CI, not in the repository. A fresh clone has no such folder, so the tests
 * that read it skip, saying why; `.ci/run` sets REQUIRE_REFERENCE=1 so that CI fails instead of
 * skipping them.
 *
 * REFERENCE_DIR names the folder that holds the whole reference (default ../shared/reference);
 * SDG_REFERENCE_DIR names its sdg-framework folder (default: REFERENCE_DIR/sdg-framework).
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const referenceDir = process.env.REFERENCE_DIR ?? '../shared/reference';
export const sdgReferenceDir = process.env.SDG_REFERENCE_DIR ?? join(referenceDir, 'sdg-framework');

/**
 * Whether the reference files a test needs are present. When they are not, it prints the reason
 * (once per test file) and the caller skips; with REQUIRE_REFERENCE=1 it throws instead.
 */
export function hasReference(what: string, paths: string[]): boolean {
	const missing = paths.filter((p) => !existsSync(p));
	if (missing.length === 0) return true;
	const reason =
		`${what}: skipped, because ${missing.map((p) => resolve(p)).join(', ')} ${missing.length === 1 ? 'is' : 'are'} missing. ` +
		`These files are the team's shared reference data, kept outside the repository (../shared/reference beside the checkout); ` +
		`set REFERENCE_DIR (or SDG_REFERENCE_DIR for the SDG framework) to the folder that holds them.`;
	if (process.env.REQUIRE_REFERENCE === '1') throw new Error(reason.replace('skipped, because', 'required (REQUIRE_REFERENCE=1), but'));
	console.warn(reason);
	return false;
}
