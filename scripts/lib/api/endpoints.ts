/**
 * The static API's contents: for each kind of thing (goals, targets, indicators, projects,
 * countries, networks, topics) a list of records, and for each record one document with what
 * hangs on it: the contributions (project-to-SDG links) with their evidence, the projects, the
 * sources. Built from the curated inventory's tables as published, typed by their schemas, with
 * values as stored: machines get raw text (the spreadsheet downloads are the neutralised ones).
 */
import type { TypedRecord } from '../typed-records.ts';

/** The published tables the API reads, by resource name. */
export type Tables = Record<string, TypedRecord[]>;

export interface Collection {
	/** The URL segment: /api/v1/<name>.json and /api/v1/<name>/<id>.json. */
	name: string;
	/** The records' key field, whose value names each item's file. */
	key: string;
	/** The table the list is (its fields are the list's columns). */
	table: string;
	list: TypedRecord[];
	items: Map<string, object>;
	/** The record with the most hanging on it: the example the documentation and OpenAPI show. */
	example: string;
}

const text = (v: unknown) => (v === null || v === undefined ? '' : String(v));
const listOf = (v: unknown) =>
	text(v)
		.split(';')
		.map((s) => s.trim())
		.filter(Boolean);
const pick = (r: TypedRecord, fields: string[]) => Object.fromEntries(fields.map((f) => [f, r[f] ?? null]));
const by = <T extends TypedRecord>(rows: T[], key: string) => new Map(rows.map((r) => [text(r[key]), r]));

/** A code's links: the code itself and every code under it (goal 1 holds 1.1 and 1.1.1, not 10.1). */
const within = (code: string) => (link: TypedRecord) => link.sdg_code === code || text(link.sdg_code).startsWith(`${code}.`);

/** Every link with its project's name, so a document reads on its own. */
export function namedContributions(t: Tables): TypedRecord[] {
	const names = new Map(t.projects.map((p) => [p.project_id, p.name]));
	return t.contributions.map((c) => ({ ...c, project_name: names.get(c.project_id) ?? null }));
}

export function collections(t: Tables): Collection[] {
	const projects = by(t.projects, 'project_id');
	const countries = by(t.countries, 'iso3');
	const networks = by(t.networks, 'network_id');
	const contributions = namedContributions(t);
	const linksWithin = (code: string) => contributions.filter(within(code));
	const projectRef = (id: unknown) => ({ project_id: text(id), name: projects.get(text(id))?.name ?? null });

	const make = (name: string, key: string, table: string, item: (r: TypedRecord) => Record<string, unknown[]>): Collection => {
		const parts = t[table].map((r) => [text(r[key]), item(r)] as const);
		const weight = (p: Record<string, unknown[]>) => Object.values(p).reduce((n, list) => n + list.length, 0);
		const example = parts.reduce((best, p) => (weight(p[1]) > weight(best[1]) ? p : best), parts[0])[0];
		return { name, key, table, list: t[table], items: new Map(parts.map(([id, p], i) => [id, { ...t[table][i], ...p }])), example };
	};

	return [
		make('goals', 'goal', 'sdg_goals', (g) => ({
			targets: t.sdg_targets.filter((x) => x.goal === g.goal).map((x) => pick(x, ['target', 'title'])),
			contributions: linksWithin(text(g.goal))
		})),
		make('targets', 'target', 'sdg_targets', (x) => ({
			indicators: t.sdg_indicators.filter((i) => i.target === x.target).map((i) => pick(i, ['indicator', 'title'])),
			contributions: linksWithin(text(x.target))
		})),
		make('indicators', 'indicator', 'sdg_indicators', (i) => ({
			contributions: contributions.filter((c) => c.sdg_code === i.indicator)
		})),
		make('projects', 'project_id', 'projects', (p) => ({
			countries: t.project_countries
				.filter((c) => c.project_id === p.project_id)
				.map((c) => ({ iso3: c.country, name: countries.get(text(c.country))?.name ?? null, source_url: c.source_url, locator: c.locator })),
			networks: t.project_networks
				.filter((n) => n.project_id === p.project_id)
				.map((n) => ({
					network_id: n.network_id,
					name: networks.get(text(n.network_id))?.name ?? null,
					role: n.role,
					source_url: n.source_url,
					quote: n.quote
				})),
			contributions: contributions.filter((c) => c.project_id === p.project_id)
		})),
		make('countries', 'iso3', 'countries', (c) => {
			const named = t.project_countries.filter((pc) => pc.country === c.iso3);
			const ids = new Set(named.map((pc) => pc.project_id));
			return {
				projects: named.map((pc) => ({ ...projectRef(pc.project_id), source_url: pc.source_url, locator: pc.locator })),
				contributions: contributions.filter((l) => ids.has(l.project_id))
			};
		}),
		make('networks', 'network_id', 'networks', (n) => ({
			sources: t.network_sources.filter((s) => s.network_id === n.network_id).map((s) => pick(s, ['field', 'source_url', 'quote'])),
			projects: t.project_networks
				.filter((pn) => pn.network_id === n.network_id)
				.map((pn) => ({ ...projectRef(pn.project_id), role: pn.role, source_url: pn.source_url, quote: pn.quote }))
		})),
		// By the topic's page name: a topic of the JRC inventory's fields is named in words ("Air quality").
		make('topics', 'page', 'topics', (x) => ({
			projects: t.projects.filter((p) => listOf(p.topics).includes(text(x.topic))).map((p) => projectRef(p.project_id))
		}))
	];
}
