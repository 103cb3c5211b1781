/** The registry's deprecation notice of one package version, if any (an empty string means "no longer deprecated"). */
export interface RegistryVersion {
	name?: string;
	version?: string;
	deprecated?: unknown;
}

export function deprecatedOf(meta: RegistryVersion): string | null {
	return typeof meta.deprecated === 'string' && meta.deprecated.trim() !== '' ? meta.deprecated.trim() : meta.deprecated === true ? 'deprecated' : null;
}
