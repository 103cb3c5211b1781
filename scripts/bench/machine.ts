/**
 * What the figures of a run were measured on, so that runs on different hours, machines or
 * browser versions can be compared: the browser's version, the processor, and how long three
 * fixed workloads took (the same work every run, independent of the app's code). On these shared
 * two-core machines DuckDB's cold start on the embedded data took 2.6 s one hour and 6-7 s a few
 * hours later with no change to how it starts; a run whose calibration is twice as slow is not a
 * regression of the app.
 */
import { cpus } from 'node:os';
import type { Browser } from 'playwright-core';

export interface Calibration {
	/** Sorting and summing seeded random numbers in the browser's page, median ms of nine. */
	scriptMs: number;
	/** Building 3,000 elements of text in a page and laying them out, median ms of nine. */
	layoutMs: number;
	/** The script workload in Node, median ms of nine. */
	nodeMs: number;
}

export interface Machine {
	browser: string;
	cpu: string;
	cores: number;
	/** Measured as the run starts and again as it ends: the machine's speed drifts within a run. */
	calibration: { start: Calibration; end?: Calibration };
}

/** Sort 300,000 seeded pseudo-random numbers and sum them: a fixed amount of plain script work. */
function scriptWorkload(): number {
	let seed = 42;
	const xs = new Float64Array(300_000);
	for (let i = 0; i < xs.length; i++) {
		seed = (seed * 1103515245 + 12345) % 2147483648;
		xs[i] = seed / 2147483648;
	}
	xs.sort();
	let sum = 0;
	for (let i = 0; i < xs.length; i += 7) sum += xs[i] * i;
	return sum;
}

/** Lay out 3,000 paragraphs of text with numbers and wrapping: a fixed amount of style, layout and shaping. */
function layoutWorkload(): number {
	const host = document.createElement('div');
	host.style.width = '600px';
	for (let i = 0; i < 3000; i++) {
		const p = document.createElement('p');
		p.textContent = `Row ${i}: ${(i * 37) % 1000} projects in ${i % 193} countries, goal ${(i % 17) + 1}.`;
		host.append(p);
	}
	document.body.append(host);
	const height = host.offsetHeight;
	host.remove();
	return height;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function timeIn(fn: () => unknown, runs = 9): number {
	const times: number[] = [];
	for (let i = 0; i < runs; i++) {
		const t = performance.now();
		fn();
		times.push(performance.now() - t);
	}
	return Math.round(median(times) * 10) / 10;
}

export async function calibrate(browser: Browser): Promise<Calibration> {
	const context = await browser.newContext();
	const page = await context.newPage();
	await page.setContent('<!doctype html><html lang="en"><body></body></html>');
	// The workloads travel as source text, so the page runs exactly what Node runs (tsx may wrap
	// functions in __name(), which the page lacks).
	const inPage = (fn: () => unknown) =>
		page.evaluate(
			`(() => { const __name = (f) => f; const median = ${median.toString()}; const fn = ${fn.toString()}; const timeIn = ${timeIn.toString()}; return timeIn(fn); })()`
		) as Promise<number>;
	await inPage(scriptWorkload); // warm-up: the first run compiles
	const scriptMs = await inPage(scriptWorkload);
	const layoutMs = await inPage(layoutWorkload);
	await context.close();
	scriptWorkload();
	return { scriptMs, layoutMs, nodeMs: timeIn(scriptWorkload) };
}

export async function describeMachine(browser: Browser): Promise<Machine> {
	const cpu = cpus();
	return { browser: `Chromium ${browser.version()}`, cpu: cpu[0]?.model ?? 'unknown', cores: cpu.length, calibration: { start: await calibrate(browser) } };
}

export function machineLine(m: Machine): string {
	const c = (x: Calibration) => `script ${x.scriptMs}, layout ${x.layoutMs}, Node ${x.nodeMs}`;
	const { start, end } = m.calibration;
	return (
		`Measured on ${m.browser}, ${m.cpu}, ${m.cores} cores. Calibration (fixed workloads, ms, lower is faster): ` +
		`at the start ${c(start)}${end ? `; at the end ${c(end)}` : ''}.`
	);
}
