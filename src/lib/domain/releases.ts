import type { DatasetView } from './datasets';

/**
 * The frozen data releases the site publishes at /releases/<version>/ (scripts/lib/releases.ts
 * writes src/lib/generated/releases.json): a pinned embed or a citation of an earlier version reads
 * that version's own files, by the columns each one has.
 */
export interface PublishedRelease {
	version: string;
	/** The release's date from the changelog (null when the changelog does not give it). */
	date: string | null;
	/** From the site's root, without a leading slash. */
	path: string;
	/** Whether the release holds the JRC inventory (jrc/…csv). */
	jrc: boolean;
	/** Each CSV file's columns, by its path inside the release ("projects.csv", "jrc/projects.csv"). */
	columns: Record<string, string[]>;
}

/** What a release shows: its curated inventory, and its JRC inventory when it has one. */
export function releaseView(release: PublishedRelease): DatasetView {
	return { embedded: true, jrc: release.jrc, imported: [], release: release.version };
}
