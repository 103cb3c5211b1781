/** A chart's SVG file rendered to PNG in the browser, at screen or print resolution. */

/** Print resolution: 300 dots per inch for a chart laid out at CSS's 96 per inch. */
export const printScale = 300 / 96;

export async function svgToPng(svgText: string, scale = 1): Promise<Blob> {
	const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }));
	try {
		const image = new Image();
		image.decoding = 'sync';
		await new Promise<void>((resolve, reject) => {
			image.onload = () => resolve();
			image.onerror = () => reject(new Error('The chart could not be drawn as an image'));
			image.src = url;
		});
		const canvas = document.createElement('canvas');
		canvas.width = Math.round(image.naturalWidth * scale);
		canvas.height = Math.round(image.naturalHeight * scale);
		const context = canvas.getContext('2d');
		if (!context) throw new Error('This browser cannot draw images (no canvas)');
		context.scale(scale, scale);
		context.drawImage(image, 0, 0);
		return await new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'));
	} finally {
		URL.revokeObjectURL(url);
	}
}
