/**
 * The outlines' path data, written short. d3 writes every point absolute ("L427.8,179.3"); each
 * point written as its step from the last ("l.4.3"), along an axis as h or v, with the command
 * letter said once for a run, is the same shape in 58% of the text. The map pages carry these
 * paths twice, in their HTML and in the outlines module: 126 KB each, raw, before this.
 *
 * Steps are taken between points rounded to tenths and counted in whole tenths, so no rounding
 * error piles up along a ring: every point lands exactly where the absolute path put it.
 */

/** A count of tenths as SVG number text: 4 → ".4", -12 → "-1.2", 30 → "3". */
function tenths(n: number): string {
	const text = String(n / 10);
	return text.replace(/^(-?)0\./, '$1.');
}

/**
 * SVG path data with only M, L and Z, points to at most one decimal (d3's geoPath with digits(1)),
 * rewritten with relative steps. Any other command is an error: the build should fail, not draw a
 * wrong map.
 */
export function compactPath(d: string): string {
	let out = '';
	let last = '';
	let command = '';
	let x = 0;
	let y = 0;
	const put = (letter: string, ...values: number[]) => {
		for (const [i, value] of values.entries()) {
			const text = tenths(value);
			if (i === 0 && letter !== command) out += letter;
			// A number needs a separator from the one before unless its sign or its point ends that one.
			else if (!(text.startsWith('-') || (text.startsWith('.') && last.includes('.')))) out += ',';
			out += text;
			last = text;
		}
		command = letter;
	};
	for (const [, letter, args] of d.matchAll(/([A-Za-z])([^A-Za-z]*)/g)) {
		if (letter === 'Z') {
			out += 'z';
			command = 'z';
			continue;
		}
		if (letter !== 'M' && letter !== 'L') throw new Error(`compactPath: unexpected path command "${letter}" in ${d.slice(0, 60)}…`);
		const point = args.split(',').map((v) => Math.round(Number(v) * 10));
		if (point.length !== 2 || point.some((v) => !Number.isFinite(v))) throw new Error(`compactPath: expected one point "x,y" after ${letter}, found "${args}"`);
		const [nx, ny] = point;
		if (letter === 'M') put('M', nx, ny);
		else if (nx === x && ny !== y) put('v', ny - y);
		else if (ny === y && nx !== x) put('h', nx - x);
		else if (nx !== x || ny !== y) put('l', nx - x, ny - y);
		// A step of length zero draws nothing and is left out.
		x = nx;
		y = ny;
	}
	return out;
}
