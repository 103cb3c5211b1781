/**
 * `npm ci` refuses a lock file that lacks any optional dependency a package declares. The registry
 * reachable here does not serve @duckdb/node-api's macOS, Windows and Linux-arm64 bindings, so
 * `npm install` leaves them out of package-lock.json. This writes them in as platform-restricted
 * optional entries (npm skips them on other platforms). Run after `npm install` changes the lock:
 * `npx tsx scripts/lockfile-platform-stubs.ts`.
 */
import { readFileSync, writeFileSync } from 'node:fs';

const lock = JSON.parse(readFileSync('package-lock.json', 'utf8'));
const bindings = lock.packages['node_modules/@duckdb/node-bindings'];
let added = 0;
for (const [name, version] of Object.entries<string>(bindings?.optionalDependencies ?? {})) {
	const key = `node_modules/${name}`;
	if (lock.packages[key]) continue;
	const [, os, cpu] = name.match(/node-bindings-(\w+)-(\w+)$/) ?? [];
	lock.packages[key] = { version, cpu: [cpu], dev: true, license: 'MIT', optional: true, os: [os] };
	added++;
}
writeFileSync('package-lock.json', JSON.stringify(lock, null, 2) + '\n');
console.log(`package-lock.json: ${added} platform entries added`);
