/** A bench script's option: the word after `--name` on the command line, else `fallback`. */
export const arg = (name: string, fallback: string): string => {
	const i = process.argv.indexOf(`--${name}`);
	return i > 0 ? process.argv[i + 1] : fallback;
};
