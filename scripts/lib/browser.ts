/** Debian's Chromium, headless, driven by playwright-core (no test tool may download a browser here). */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function launchChromium(): Promise<Browser> {
	if (!existsSync(chromiumPath)) {
		throw new Error(`Chromium not found at ${chromiumPath}: install Debian's chromium package (apt-get install chromium) or set CHROMIUM_PATH`);
	}
	return chromium.launch({
		executablePath: chromiumPath,
		headless: true,
		args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync']
	});
}

/**
 * Before a capture of the whole page: draw what is below the fold. Tables and maps there are drawn
 * only when they come near the screen (content-visibility), and a capture beyond the screen does
 * not bring them, so it would show them blank; this shows them as a reader scrolling would.
 */
export const drawWholePage = (page: Page) => page.addStyleTag({ content: '* { content-visibility: visible !important; }' });
