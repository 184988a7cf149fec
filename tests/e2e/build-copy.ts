import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';
import { serveBuild } from '../tools/vite-servers.mjs';

/**
 * For a test file that changes the build it is served (ships a "new version", removes
 * a chunk): returns `serveCopyOfBuild`, which serves a copy of dist/ on a server of its
 * own; each copy and server is removed after its test. Call once, at the top of the file.
 */
export function serveCopiesOfBuild(): () => Promise<{ dir: string; url: string }> {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    await Promise.all(cleanups.splice(0).map((cleanup) => cleanup()));
  });
  return async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'tshape-build-'));
    await cp('dist', dir, { recursive: true });
    const server = await serveBuild(dir);
    cleanups.push(async () => {
      await server.close();
      await rm(dir, { recursive: true, force: true });
    });
    return { dir, url: server.url };
  };
}
