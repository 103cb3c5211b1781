/**
 * `npm run release`: freeze the current data version under data/releases/<version>/ (the package's
 * files, datapackage.json and the JRC inventory as converted, with SHA256SUMS), to be committed
 * with the data. From then on the build publishes it unchanged at /releases/<version>/ and stops
 * if it changes. Raise the version and describe it in data/CHANGELOG.md first.
 */
// First: code below formats messages, in English.
import './lib/english.ts';
import { join } from 'node:path';
import { describeError } from '../src/lib/data/validate-package.ts';
import { checkDataDir } from './lib/check-data.ts';
import { convertJrc } from './lib/jrc-dataset.ts';
import { readChangelog } from './lib/open-data.ts';
import { freezeRelease, releaseFiles } from './lib/releases.ts';
import { readFileSync } from 'node:fs';

const dataDir = process.env.DATA_DIR ?? 'data';
const { pkg, errors } = checkDataDir(dataDir);
if (errors.length) {
	console.error(`${dataDir}/ has ${errors.length} error${errors.length > 1 ? 's' : ''}; nothing was frozen:`);
	for (const e of errors.slice(0, 20)) console.error(`  ${describeError(e)}`);
	process.exit(1);
}
try {
	readChangelog(readFileSync(join(dataDir, 'CHANGELOG.md'), 'utf8'), pkg.version);
	const jrc = await convertJrc(dataDir, join(dataDir, 'sources/jrc-citsci-10004'));
	const dir = freezeRelease(join(dataDir, 'releases'), pkg.version, releaseFiles(dataDir, pkg, jrc.csv));
	console.log(`Release ${pkg.version} frozen in ${dir}: commit it with the data.`);
} catch (e) {
	console.error(e instanceof Error ? e.message : e);
	process.exit(1);
}
