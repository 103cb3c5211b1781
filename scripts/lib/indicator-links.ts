/**
 * Each indicator page's rows as a file of their own (src/lib/queries/overview-index/indicator-links-wire.ts),
 * named by content under static/data/indicator-links/: a page whose prerendered rows cannot name
 * the projects a filter leaves reads them from here instead of waiting for DuckDB. Written for
 * every indicator code with a link (repeats under their own code, as their pages ask).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SqlClient } from '../../src/lib/data/client.ts';
import { indicatorProjects } from '../../src/lib/queries/indicators.ts';
import { encodeIndicatorLinks } from '../../src/lib/queries/overview-index/indicator-links-wire.ts';

export const indicatorLinksDir = 'indicator-links';

/** Writes the files under `dataDir`/indicator-links/ (emptied first); returns each code's path below `dataDir`. */
export async function writeIndicatorLinks(db: SqlClient, dataDir: string, codes: readonly string[]): Promise<Record<string, string>> {
	const dir = join(dataDir, indicatorLinksDir);
	rmSync(dir, { recursive: true, force: true });
	mkdirSync(dir, { recursive: true });
	const files: Record<string, string> = {};
	for (const code of codes) {
		const rows = await indicatorProjects(db, code);
		if (rows.length === 0) continue;
		const text = encodeIndicatorLinks(code, rows);
		const file = `${indicatorLinksDir}/${code}.${createHash('sha256').update(text).digest('hex').slice(0, 12)}.json`;
		writeFileSync(join(dataDir, file), text);
		files[code] = file;
	}
	return files;
}
