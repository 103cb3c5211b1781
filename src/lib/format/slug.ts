/**
 * Text as a slug: lower-case ASCII letters and digits, words joined by single hyphens, accents
 * dropped ("Rivière Watch" → "riviere-watch"). One rule for project and dataset ids and for the
 * names of downloaded files.
 */
export function slug(text: string, max = 60): string {
	// Most identifiers already are one; skip the Unicode work for the millions of them in a large import.
	if (/^[A-Za-z0-9]+$/.test(text) && text.length <= max) return text.toLowerCase();
	return text
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+/, '')
		.slice(0, max)
		.replace(/-+$/, '');
}
