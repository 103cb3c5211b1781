/**
 * The house's layers, enforced in `npm test` (npm run lint:deps). Lower layers never import higher
 * ones; within the whole of src/, no file imports another that leads back to it.
 *
 *   routes ─► charts ─► components ─► state ─► import, export, tables ─► suggest ─► queries ─► data ─► format ─► i18n ─► domain
 *
 * - domain: filters, strengths, row and result types. Imports nothing of ours.
 * - format: numbers, dates, colours, CSV text, slugs, escaping, names of fixed values. Pure but for the page's language.
 * - i18n: the page's language, its messages (ICU catalogues) and addresses in each language.
 * - data: the engines (duckdb-wasm in the browser, native DuckDB at build time), loading, the data package.
 * - queries: one module per concept; SQL lives here and nowhere else.
 * - suggest: suggested SDG links from a project's words (the import worker's), and their review.
 * - import / export / tables: reading files, writing files, reshaping rows.
 * - state: Svelte rune classes (filters in the URL, datasets shown, the database's life cycle).
 * - components / charts: what is drawn; charts may use components, never the reverse.
 * - routes: pages. They reach the database only through state/database.svelte.ts, never its engine
 *   modules or the workers.
 * `generated` (build-time summaries) may be read from anywhere; `server` only by +page.server.ts and
 * prerendered endpoints (+server.ts).
 */
const layers = ['domain', 'i18n', 'format', 'data', 'queries', 'suggest', 'import|export|tables', 'state', 'components', 'charts'];
const folder = (name) => `^src/lib/(${name})/`;

/** Each layer may not import any layer above it. */
const upward = layers.slice(0, -1).map((layer, i) => ({
	name: `layer-${layer.replace(/\|/g, '-')}`,
	comment: `${layer} is below ${layers.slice(i + 1).join(', ')} and must not import them`,
	severity: 'error',
	from: { path: folder(layer) },
	to: { path: folder(layers.slice(i + 1).join('|')) }
}));

module.exports = {
	forbidden: [
		{
			name: 'no-circular',
			comment: 'No file imports another that leads back to it.',
			severity: 'error',
			from: { path: '^src/' },
			to: { circular: true }
		},
		{
			name: 'domain-imports-nothing-of-ours',
			severity: 'error',
			from: { path: '^src/lib/domain/' },
			to: { path: '^src/', pathNot: '^src/lib/domain/' }
		},
		...upward,
		{
			name: 'import-export-tables-apart',
			comment: 'Reading files, writing files and reshaping rows do not depend on one another.',
			severity: 'error',
			from: { path: '^src/lib/(import|export|tables)/' },
			to: { path: '^src/lib/(import|export|tables)/', pathNot: '^src/lib/$1/' }
		},
		{
			name: 'routes-use-the-database-client',
			comment: 'Pages reach DuckDB through state/database.svelte.ts, never its engine modules or a worker.',
			severity: 'error',
			from: { path: '^src/routes/' },
			to: { path: '^src/lib/data/(duckdb-browser|duckdb-console|duckdb-node)|\\.worker\\.ts$|^src/lib/import/client\\.ts$' }
		},
		{
			name: 'server-only-in-server-loads',
			comment: 'Build-time code: page loads, prerendered endpoints (+server.ts, e.g. the search index) and the server hooks that write each page.',
			severity: 'error',
			from: { path: '^src/', pathNot: '\\+page\\.server\\.ts$|\\+server\\.ts$|^src/hooks\\.server\\.ts$|^src/lib/server/' },
			to: { path: '^src/lib/server/' }
		},
		{
			name: 'node-engine-only-at-build',
			comment: 'Native DuckDB (@duckdb/node-api) runs at build time: only $lib/server opens it, so it never reaches a browser bundle.',
			severity: 'error',
			from: { path: '^src/', pathNot: '^src/lib/server/|\\.test\\.ts$' },
			to: { path: '^src/lib/data/duckdb-node\\.ts$' }
		},
		{
			name: 'map-projected-at-build',
			comment: 'The world map is projected at build time (scripts/lib/projected-outlines.ts): d3-geo and topojson-client stay out of the browser.',
			severity: 'error',
			from: { path: '^src/', pathNot: '\\.test\\.ts$' },
			to: { path: '^src/lib/charts/world-map/projection\\.ts$' }
		},
		{
			name: 'src-never-imports-scripts',
			severity: 'error',
			from: { path: '^src/' },
			to: { path: '^scripts/' }
		}
	],
	options: {
		doNotFollow: { path: 'node_modules' },
		exclude: { path: '(^|/)node_modules/|^\\.svelte-kit/' },
		// Tests beside the code (src/**/*.test.ts) may import fixtures from tests/: they are not the app.
		includeOnly: { path: '^(src|scripts)/' },
		tsPreCompilationDeps: true,
		tsConfig: { fileName: 'tsconfig.dependencies.json' },
		enhancedResolveOptions: { extensions: ['.ts', '.js', '.svelte', '.json'] },
		reporterOptions: { text: { highlightFocused: true } }
	}
};
