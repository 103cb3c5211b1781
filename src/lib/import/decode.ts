/**
 * Bytes to text for imported files. Inventories arrive as UTF-8 (with or without a byte-order
 * mark), as UTF-16 from Excel's "Unicode text", or as Latin-1 / Windows-1252 from older tools; the
 * user should not have to know which. A file that is not text at all is refused.
 */

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface DecodedText {
	text: string;
	encoding: Encoding;
	/** Set when the file was not valid UTF-8 and was read as Windows-1252 instead: where the first bad byte was. */
	fallback?: { line: number; byte: number };
}

export class NotTextError extends Error {}

function bomEncoding(bytes: Uint8Array): { encoding: Encoding; skip: number } | null {
	if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', skip: 3 };
	if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', skip: 2 };
	if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', skip: 2 };
	return null;
}

/** UTF-16 without a mark still shows itself: every other byte of ASCII text is zero. */
function sniffUtf16(bytes: Uint8Array): Encoding | null {
	const n = Math.min(bytes.length - (bytes.length % 2), 4096);
	if (n < 4) return null;
	let evenZeros = 0;
	let oddZeros = 0;
	for (let i = 0; i < n; i += 2) {
		if (bytes[i] === 0) evenZeros++;
		if (bytes[i + 1] === 0) oddZeros++;
	}
	const pairs = n / 2;
	if (oddZeros > pairs * 0.4 && evenZeros < pairs * 0.05) return 'utf-16le';
	if (evenZeros > pairs * 0.4 && oddZeros < pairs * 0.05) return 'utf-16be';
	return null;
}

/** Where the first byte that breaks UTF-8 is, as a line number a person can find. */
function firstInvalidUtf8(bytes: Uint8Array): { line: number; byte: number } {
	let line = 1;
	for (let i = 0; i < bytes.length;) {
		const b = bytes[i];
		const length = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
		if (length === 0 || i + length > bytes.length) return { line, byte: i + 1 };
		for (let k = 1; k < length; k++) if ((bytes[i + k] & 0xc0) !== 0x80) return { line, byte: i + 1 };
		if (b === 0x0a) line++;
		i += length;
	}
	return { line, byte: bytes.length };
}

/**
 * Decode a file's bytes. `declared` forces an encoding (the import page offers it when the guess is
 * wrong); otherwise a byte-order mark decides, then UTF-16's zero bytes, then strict UTF-8, and
 * Windows-1252 (a superset of Latin-1's printable characters) is the fallback.
 */
export function decodeText(bytes: Uint8Array, declared?: Encoding): DecodedText {
	const bom = bomEncoding(bytes);
	if (declared) {
		const skip = bom && bom.encoding === declared ? bom.skip : 0;
		return { text: new TextDecoder(declared).decode(bytes.subarray(skip)), encoding: declared };
	}
	if (bom) return { text: new TextDecoder(bom.encoding).decode(bytes.subarray(bom.skip)), encoding: bom.encoding };
	const utf16 = sniffUtf16(bytes);
	if (utf16) return { text: new TextDecoder(utf16).decode(bytes), encoding: utf16 };
	const head = bytes.subarray(0, 8192);
	if (head.includes(0)) throw new NotTextError('The file is not text (it contains zero bytes): save it as CSV, TSV, XLSX or JSON.');
	try {
		return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
	} catch {
		return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252', fallback: firstInvalidUtf8(bytes) };
	}
}
