// @ts-check
// Throwaway Vite servers, for the scripts and tests that run in Node: one loads the
// project's own TypeScript modules into a script (the bench's fixtures, the study, the
// screenshot tool's drivers, the build's static first paint), the other serves a
// production build on 127.0.0.1 (the bench, the end-to-end tests, the screenshot tool).
// Plain JavaScript with JSDoc types, as tests/tools/chromium.mjs.
import { fileURLToPath } from 'node:url';
import { createServer, preview } from 'vite';

const REPO = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Loads modules of the project, named from its root (`/src/domain/study.ts`), through a
 * Vite server that lives only as long as the loading: TypeScript and TSX are compiled
 * as the app's build would (tsconfig.json's settings), with no config file, so none of
 * the build's plugins run. Returns each module's exports, in the order asked for.
 * @template {readonly string[]} Modules
 * @param {readonly [...Modules]} modules
 * @returns {Promise<{ -readonly [Index in keyof Modules]: Record<string, any> }>}
 */
export async function loadModules(modules) {
  const loader = await createServer({
    root: REPO,
    configFile: false,
    logLevel: 'error',
    server: { middlewareMode: true, hmr: false, ws: false },
    optimizeDeps: { noDiscovery: true },
    appType: 'custom',
  });
  try {
    const loaded = [];
    for (const module of modules) loaded.push(await loader.ssrLoadModule(module));
    // One module per name asked for: the tuple the signature promises, which TypeScript
    // cannot follow through the loop.
    return /** @type {any} */ (loaded);
  } finally {
    await loader.close();
  }
}

/**
 * @typedef {object} BuildServer
 * @property {string} url where the build is served, ending in "/"
 * @property {() => Promise<void>} close
 */

/**
 * Serves a production build (`dist/` unless told another directory) on 127.0.0.1, on
 * a port that is free. Vite's preview server with no config file: the build carries
 * everything it needs (its Content-Security-Policy is a meta tag).
 * @param {string} [outDir] the build's directory, absolute or from the project's root
 * @returns {Promise<BuildServer>}
 */
export async function serveBuild(outDir = 'dist') {
  const server = await preview({
    root: REPO,
    configFile: false,
    logLevel: 'warn',
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('The preview server did not report a URL.');
  return { url, close: () => server.close() };
}
