/**
 * Dependency hygiene for CI, since `npm audit`'s advisory endpoint does not answer from here:
 * 1. a CycloneDX SBOM of the installed tree (`npm sbom`), kept as a build artefact;
 * 2. every direct dependency checked against the registry's `deprecated` field, failing on any;
 * 3. `npm audit` run when its endpoint answers (failing on high or critical advisories), and said
 *    plainly when it does not.
 * Usage: tsx scripts/ci/dependency-hygiene.ts [artefact folder, default ci-artefacts]
 */
import { execFile } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { deprecatedOf, type RegistryVersion } from './deprecated';

const run = promisify(execFile);
const outDir = process.argv[2] ?? 'ci-artefacts';
mkdirSync(outDir, { recursive: true });

// 1. The SBOM, from the lock file and node_modules (no network).
const { stdout: sbom } = await run('npm', ['sbom', '--sbom-format', 'cyclonedx'], { maxBuffer: 64 * 1024 * 1024 });
const components = (JSON.parse(sbom) as { components?: unknown[] }).components?.length ?? 0;
writeFileSync(join(outDir, 'sbom.cdx.json'), sbom);
console.log(`SBOM: ${components} components, CycloneDX, written to ${join(outDir, 'sbom.cdx.json')}`);

// 2. Deprecated direct dependencies, at the versions installed.
const registry = (await run('npm', ['config', 'get', 'registry'])).stdout.trim().replace(/\/$/, '');
const fetchVersion = async (name: string, version: string): Promise<RegistryVersion> => {
	const response = await fetch(`${registry}/${name.replace('/', '%2F')}/${version}`);
	if (!response.ok) throw new Error(`${name}@${version}: the registry answered HTTP ${response.status}`);
	return (await response.json()) as RegistryVersion;
};
// A registry mirror may strip deprecation notices: ask about one package every registry marks as
// deprecated first, so that "none deprecated" is never said when the question could not be asked.
const canary = await fetchVersion('inflight', '1.0.6').catch(() => null);
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { dependencies?: Record<string, string>; devDependencies?: Record<string, string> };
const direct = Object.keys({ ...pkg.dependencies, ...pkg.devDependencies }).sort();
if (!canary || deprecatedOf(canary) === null) {
	console.log(
		`Deprecated dependencies: NOT CHECKED. The registry ${registry} carries no deprecation notices (inflight@1.0.6, deprecated on npmjs.org, shows none here).`
	);
} else {
	const installed = direct.map((name) => ({
		name,
		version: (JSON.parse(readFileSync(join('node_modules', name, 'package.json'), 'utf8')) as { version: string }).version
	}));
	const found: string[] = [];
	// A few at a time: quick, and polite to the registry.
	for (let i = 0; i < installed.length; i += 8) {
		const batch = await Promise.all(installed.slice(i, i + 8).map(async (d) => ({ ...d, notice: deprecatedOf(await fetchVersion(d.name, d.version)) })));
		for (const d of batch) if (d.notice) found.push(`${d.name}@${d.version}: ${d.notice}`);
	}
	if (found.length) {
		console.error(`Deprecated direct dependencies (${found.length}):\n  ${found.join('\n  ')}`);
		process.exitCode = 1;
	} else console.log(`Deprecated dependencies: none of the ${installed.length} direct dependencies is deprecated.`);
}

// 3. Known vulnerabilities, when the advisory endpoint answers.
try {
	const { stdout } = await run('npm', ['audit', '--audit-level=high', '--json'], { maxBuffer: 64 * 1024 * 1024 });
	const counts = (JSON.parse(stdout) as { metadata?: { vulnerabilities?: Record<string, number> } }).metadata?.vulnerabilities ?? {};
	console.log(`npm audit: ${JSON.stringify(counts)}`);
} catch (e) {
	const out = String((e as { stdout?: string }).stdout ?? '');
	const report = (() => {
		try {
			return JSON.parse(out) as { message?: string; metadata?: { vulnerabilities?: Record<string, number> } };
		} catch {
			return {};
		}
	})();
	if (report.metadata?.vulnerabilities) {
		console.error(`npm audit: high or critical advisories: ${JSON.stringify(report.metadata.vulnerabilities)}`);
		process.exitCode = 1;
	} else {
		console.log(`npm audit: NOT CHECKED, the advisory endpoint did not answer (${(report.message ?? String(e)).split('\n')[0]}).`);
	}
}
