/** The little of the Frictionless JavaScript library (`datapackage`, which ships no types) the tests use. */
declare module 'datapackage' {
	export interface Resource {
		name: string;
		read(options: { cast: boolean }): Promise<unknown[][]>;
	}
	export class Package {
		static load(descriptor: string, options: { basePath: string; strict?: boolean }): Promise<Package>;
		valid: boolean;
		errors: Error[];
		resources: Resource[];
	}
}
