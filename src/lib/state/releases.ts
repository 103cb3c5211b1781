/** The data releases this site keeps (written by the build: scripts/lib/releases.ts). */
import type { PublishedRelease } from '../domain/releases';
import releases from '../generated/releases.json';

export const publishedReleases = releases as PublishedRelease[];

/** The kept release of this version, if any. */
export function releaseOf(version: string | null): PublishedRelease | null {
	return publishedReleases.find((r) => r.version === version) ?? null;
}
