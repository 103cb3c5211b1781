/** axe-core injected into a page (the site's Content-Security-Policy allows no foreign script). */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { openPage, settle, type Session } from './session';

const axeSource = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');

/** Each WCAG 2.1 A or AA violation as "rule (nodes): first targets". */
export async function violations(page: Page): Promise<string[]> {
	await page.evaluate(axeSource);
	return page.evaluate(async () => {
		const axe = (window as unknown as { axe: { run: (c: Document, o: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } })
			.axe;
		const result = await axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] });
		return result.violations.map(
			(v) =>
				`${v.id} (${v.nodes.length}): ${v.nodes
					.slice(0, 3)
					.map((n) => n.target.join(' '))
					.join(' | ')}`
		);
	});
}

/** The violations of a page once it is hydrated and its live figures answer its URL. */
export async function violationsAt(session: Session, path: string): Promise<string[]> {
	const { context, page } = await openPage(session);
	await page.goto(`${session.server.url}${path}`);
	await settle(page);
	const found = await violations(page);
	await context.close();
	return found;
}
