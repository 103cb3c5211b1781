/**
 * How wide a line of text will be, estimated without a browser: charts lay out legends and labels
 * when prerendered and in tests (no layout engine), and an exported SVG is drawn by whatever font
 * the reader has. Widths are DejaVu Sans's, the widest of the usual sans-serif fonts (it is what
 * system-ui gives on many Linux systems); with Segoe UI, Helvetica or Arial text comes out a
 * little narrower, so an estimate errs on the side of room.
 */

/** DejaVu Sans advance widths of the printable ASCII characters (32-126), in hundredths of an em. */
const ascii = [
	32, 40, 46, 84, 64, 95, 78, 27, 39, 39, 50, 84, 32, 36, 32, 34, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 34, 34, 84, 84, 84, 53, 100, 68, 69, 70, 77, 63, 58,
	77, 75, 29, 29, 66, 56, 86, 75, 79, 60, 79, 69, 63, 61, 73, 68, 99, 69, 61, 69, 39, 34, 39, 84, 50, 50, 61, 63, 55, 63, 62, 35, 63, 63, 28, 28, 58, 28, 97,
	63, 61, 63, 63, 41, 52, 39, 63, 59, 82, 59, 59, 52, 64, 34, 64, 84
];

/** Width of one character in ems. */
function charWidth(c: string): number {
	const code = c.codePointAt(0)!;
	if (code >= 32 && code <= 126) return ascii[code - 32] / 100;
	// CJK and other full-width scripts take a whole em; anything else (accents, –, …, arrows) about a Latin letter's.
	return /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\uff00-\uff60]/u.test(c) ? 1 : 0.7;
}

/** Estimated width in pixels of `text` at `fontSize` pixels (bold text is about a sixth wider, as DejaVu Sans Bold is). */
export function textWidth(text: string, fontSize: number, bold = false): number {
	let ems = 0;
	for (const c of text) ems += charWidth(c);
	return ems * fontSize * (bold ? 1.17 : 1);
}

/** `text` cut with an ellipsis to fit `room` pixels at `fontSize`; unchanged when it fits. */
export function fitText(text: string, room: number, fontSize: number): string {
	if (textWidth(text, fontSize) <= room) return text;
	const chars = [...text];
	while (chars.length > 1 && textWidth(chars.join('').trimEnd() + '…', fontSize) > room) chars.pop();
	return chars.join('').trimEnd() + '…';
}

/**
 * `text` broken at spaces into lines that fit `room` pixels. A word longer than a whole line (a
 * link, say) is broken where it must.
 */
export function wrapText(text: string, room: number, fontSize: number, bold = false): string[] {
	const fits = (t: string) => textWidth(t, fontSize, bold) <= room;
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/).filter(Boolean)) {
		const next = line ? `${line} ${word}` : word;
		if (fits(next)) {
			line = next;
			continue;
		}
		if (line) lines.push(line);
		line = '';
		for (const c of word) {
			if (line && !fits(line + c)) {
				lines.push(line);
				line = '';
			}
			line += c;
		}
	}
	if (line) lines.push(line);
	return lines;
}
