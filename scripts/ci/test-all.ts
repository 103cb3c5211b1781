/**
 * `npm test`: every check, with the site's build running beside the unit tests.
 *
 * Why not `test:unit && test:e2e`: the unit tests and the build each keep about 60% of two cores
 * busy, one after the other about 10 minutes. Side by side they share the machine and finish about
 * three minutes sooner. The data step runs once, first, so neither rewrites files the other reads;
 * the end-to-end tests need the build and run last.
 *
 * The build's output goes to a log file and is printed whole when it ends, so CI's log reads as
 * one step after another.
 *
 * On a clean machine `.ci/run` installs Chromium in the background meanwhile, and names in
 * CHROMIUM_INSTALL_DONE the file where the installer writes its exit status: the end-to-end tests
 * wait for it, and do not start if it failed.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';

interface Step {
	name: string;
	command: string;
}

function run(step: Step, logFile?: string): Promise<number> {
	console.log(`\n▶ ${step.name}: ${step.command}${logFile ? ` (output in ${logFile}, printed when it ends)` : ''}`);
	const child = spawn(step.command, { shell: true, stdio: logFile ? ['ignore', 'pipe', 'pipe'] : 'inherit' });
	if (logFile) {
		const log = createWriteStream(logFile);
		child.stdout!.pipe(log);
		child.stderr!.pipe(log);
	}
	const started = performance.now();
	return new Promise((resolve) =>
		child.on('close', (code, signal) => {
			const seconds = ((performance.now() - started) / 1000).toFixed(0);
			console.log(`◀ ${step.name}: ${code === 0 ? 'passed' : `failed (${signal ?? `exit ${code}`})`} in ${seconds} s`);
			resolve(code ?? 1);
		})
	);
}

function stop(step: string, code: number): never {
	console.error(`\n${step} failed; the tests stop here.`);
	process.exit(code || 1);
}

const data: Step = { name: 'data', command: 'npm run data --silent && svelte-kit sync' };
const unit: Step = { name: 'unit, component and checks', command: 'npm run test:checks' };
const build: Step = { name: 'build', command: 'vite build' };
const e2e: Step = { name: 'end-to-end', command: 'vitest run --config vitest.e2e.config.ts' };

const code = await run(data);
if (code) stop(data.name, code);

mkdirSync('tmp', { recursive: true });
const buildLog = 'tmp/build.log';
const building = run(build, buildLog);
const unitCode = await run(unit);
const buildCode = await building;
console.log(`\n── build output (${buildLog}) ──`);
process.stdout.write(readFileSync(buildLog, 'utf8'));
if (unitCode) stop(unit.name, unitCode);
if (buildCode) stop(build.name, buildCode);

const installing = process.env.CHROMIUM_INSTALL_DONE;
if (installing) {
	console.log(`\n▶ waiting for Chromium's installation (${installing})`);
	const started = performance.now();
	while (!existsSync(installing)) {
		if (performance.now() - started > 20 * 60_000) stop("Chromium's installation (not ended after 20 min; its log is in ci-artefacts/chromium-install.log)", 1);
		await sleep(1000);
	}
	const status = readFileSync(installing, 'utf8').trim();
	console.log(`◀ Chromium's installation ended with status ${status}, ${((performance.now() - started) / 1000).toFixed(0)} s after the tests asked for it`);
	if (status !== '0') stop("Chromium's installation (its log is in ci-artefacts/chromium-install.log)", Number(status) || 1);
}
const browser = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
console.log(spawnSync(browser, ['--version'], { encoding: 'utf8' }).stdout?.trim() || `${browser} does not answer --version`);

const e2eCode = await run(e2e);
if (e2eCode) stop(e2e.name, e2eCode);
