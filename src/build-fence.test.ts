import type { Rollup } from 'vite';
import { expect, test, vi } from 'vitest';
import { refuseTestCode } from '../vite.config';

// vite.config.ts loads the first paint through a Vite server helper that needs a file
// URL, which jsdom's modules do not have; the plugin under test does not use it.
vi.mock('../tests/tools/vite-servers.mjs', () => ({ loadModules: vi.fn(), serveBuild: vi.fn() }));

function generate(moduleIds: string[]) {
  const plugin = refuseTestCode();
  const error = vi.fn((message: string) => {
    throw new Error(message);
  });
  const bundle = {
    'assets/index.js': { type: 'chunk', fileName: 'assets/index.js', moduleIds },
    'assets/index.css': { type: 'asset', fileName: 'assets/index.css' },
  } as unknown as Rollup.OutputBundle;
  const hook = plugin.generateBundle as unknown as (
    this: { error: typeof error },
    options: unknown,
    bundle: Rollup.OutputBundle,
  ) => void;
  return () => hook.call({ error }, {}, bundle);
}

test('a build whose chunks hold only app modules passes', () => {
  expect(generate(['/repo/src/main.tsx', '/repo/src/lib/memory-storage.ts'])).not.toThrow();
});

test('a chunk holding a module from src/testing fails the build, naming both', () => {
  expect(generate(['/repo/src/main.tsx', '/repo/src/testing/builders.ts'])).toThrow(
    'assets/index.js holds /repo/src/testing/builders.ts',
  );
});
