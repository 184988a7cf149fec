import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { requireChromium } from '../tools/chromium.mjs';
import { serveBuild } from '../tools/vite-servers.mjs';

/** Serves the production build (with its CSP) on 127.0.0.1 for the journeys. */
export default async function setup(project: TestProject) {
  requireChromium('the end-to-end tests');
  if (!existsSync('dist/index.html')) {
    throw new Error('No production build in dist/: run `npm run build` first (npm test does).');
  }
  const server = await serveBuild();
  project.provide('baseUrl', server.url);
  return server.close;
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}
