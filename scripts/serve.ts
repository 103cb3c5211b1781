/**
 * `npm start`'s server: the built site as a static host should serve it, with the precompressed
 * .br/.gz files (the DuckDB wasm goes out as 5.9 MB instead of 34 MB), ETags and long caching for
 * fingerprinted assets. `vite preview` would send the wasm uncompressed.
 */
import { serveStatic } from './lib/static-server.ts';

const port = Number(process.env.PORT ?? 4173);
const server = await serveStatic('build', port);
console.log(`Serving build/ at ${server.url}/ (Ctrl+C to stop)`);
