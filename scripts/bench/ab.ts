/**
 * Two or more builds compared in the same minutes: cold loads of each page, the builds taking turns
 * run by run (in reverse order every other run), so that a machine whose speed drifts, as these
 * shared two-core machines do by up to half from one hour to the next, slows every build alike.
 * A full `npm run bench` an hour later cannot tell a change of 10% from the machine; this can.
 * Prints, per page and build, the median time to live (every region of figures answering the
 * address, as the bench's live-pages table), the median first contentful paint, and the frames that
 * showed a wrong figure over all runs. See bench/README.md.
 *
 *   cp -a build /tmp/build-before          # before the change (-a keeps the times the server compares)
 *   npm run build                           # after it
 *   npx tsx scripts/bench/ab.ts --builds /tmp/build-before,build [--pages /,/goals/15?strength=direct] [--runs 7] [--size 1000000]
 *
 * `--latency MS` adds a network round trip of MS to every request (emulated by Chromium): on
 * localhost a request costs nothing, so a change in the order files are asked for shows only with it.
 * `--throughput MBPS` limits downloads to MBPS megabits a second (Chromium's network emulation,
 * on the bytes as sent): on localhost bytes cost little, so a change in what a page downloads
 * shows only with it.
 * `--size N` serves the synthetic inventory of N links (bench/data/N, as `npm run bench` writes it)
 * in place of the embedded one, as the bench does.
 * `--serve I:PATH=FILE[,…]` has build I (0 for the first) answer PATH with FILE: across a change of
 * a shipped file's format, the earlier build is served the earlier file (kept aside before the
 * synthetic files were written again) under the name that build asks for.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { arg } from './args.ts';
import { launchChromium } from '../lib/browser.ts';
import { serveStatic } from '../lib/static-server.ts';
import { livePages, measureLivePages, median } from './live-pages.ts';
import { describeMachine, machineLine } from './machine.ts';
import { syntheticOverrides } from './synthetic-files.ts';

const builds = arg('builds', '').split(',').filter(Boolean);
// Pages are separated by commas: the main pages' addresses hold none.
const pages = arg('pages', livePages.join(',')).split(',').filter(Boolean);
const runs = Number(arg('runs', '7'));
const size = arg('size', '');
const latencyMs = Number(arg('latency', '0'));
const throughputMbps = Number(arg('throughput', '0'));
if (builds.length < 2 || !Number.isInteger(runs) || runs < 1 || !(latencyMs >= 0) || !(throughputMbps >= 0)) {
	console.error(
		'Usage: npx tsx scripts/bench/ab.ts --builds DIR,DIR[,DIR…] [--pages PATH,PATH…] [--runs N] [--size N] [--latency MS] [--throughput MBPS] [--serve I:PATH=FILE]'
	);
	process.exit(2);
}
for (const dir of builds)
	if (!existsSync(join(dir, 'index.html'))) {
		console.error(`${dir} holds no built site (no index.html): build it, or copy build/ there first`);
		process.exit(2);
	}

interface Tally {
	live: number[];
	paint: number[];
	wrongFrames: number;
	errors: string[];
}
const tallies = new Map<string, Tally>();
if (size && !existsSync(join('bench/data', size, 'contributions.csv'))) {
	console.error(`bench/data/${size} holds no synthetic inventory: \`npm run bench -- --sizes ${size} --no-build\` writes it`);
	process.exit(2);
}
// Per build (each must hold the embedded files the synthetic ones replace), and what it is served
// besides (`--serve 0:/data/overview-index.<hash>.bin=/tmp/old.bin`).
const served = await Promise.all(builds.map(async (dir) => (size ? await syntheticOverrides(join('bench/data', size), dir) : {})));
for (const entry of arg('serve', '').split(',').filter(Boolean)) {
	const m = /^(\d+):(\/[^=]+)=(.+)$/.exec(entry);
	if (!m || !served[Number(m[1])] || !existsSync(m[3])) {
		console.error(`--serve ${entry}: expected BUILD:PATH=FILE, with BUILD below ${builds.length} and FILE present`);
		process.exit(2);
	}
	served[Number(m[1])][m[2]] = m[3];
}
const servers = await Promise.all(builds.map((dir, i) => serveStatic(dir, 0, served[i])));
const browser = await launchChromium();
try {
	console.log(machineLine(await describeMachine(browser)));
	for (let run = 0; run < runs; run++)
		for (const path of pages) {
			const order = run % 2 === 0 ? [...builds.keys()] : [...builds.keys()].reverse();
			for (const i of order) {
				const [measured] = await measureLivePages(browser, servers[i].url, 1, [path], { latencyMs, throughputMbps });
				const key = `${path} ${builds[i]}`;
				const tally = tallies.get(key) ?? { live: [], paint: [], wrongFrames: 0, errors: [] };
				if (measured.error) tally.errors.push(measured.error);
				else {
					tally.live.push(measured.liveMs);
					tally.paint.push(measured.firstPaintMs);
					tally.wrongFrames += measured.wrongFrames;
				}
				tallies.set(key, tally);
			}
		}
} finally {
	await browser.close();
	for (const server of servers) await server.close();
}

console.log(
	`\nCold loads, ${runs} per page and build, taking turns${latencyMs ? `, each request ${latencyMs} ms away` : ''}${throughputMbps ? `, downloads at ${throughputMbps} Mbit/s` : ''}: medians in ms (each run's live time in brackets)`
);
console.table(
	pages.flatMap((path) =>
		builds.map((dir) => {
			const t = tallies.get(`${path} ${dir}`)!;
			return {
				page: path,
				build: dir,
				live: t.live.length ? median(t.live) : '–',
				'first paint': t.paint.length ? median(t.paint) : '–',
				'wrong frames': t.wrongFrames,
				runs: `(${t.live.join(' ')})`,
				...(t.errors.length ? { errors: `${t.errors.length}: ${t.errors[0].slice(0, 80)}` } : {})
			};
		})
	)
);
