import { slug } from '../format/slug';

/** Hand a file to the browser as a download. */
export function saveFile(name: string, data: BlobPart, type: string): void {
	const url = URL.createObjectURL(new Blob([data], { type }));
	const a = document.createElement('a');
	a.href = url;
	a.download = name;
	a.rel = 'noopener';
	document.body.append(a);
	a.click();
	a.remove();
	// Give the download a moment to start before the URL is released.
	setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A file name stem safe on every system: lower case letters, digits and dashes. */
export function fileStem(text: string): string {
	return slug(text) || 'export';
}
