/**
 * The module graph of src/ has no cycle of any kind. ESLint's import/no-cycle skips
 * `import type`, yet a type-only cycle still ties two modules together for a reader
 * and for the next change that adds a value import; so this reads every import and
 * export-from, type-only included, through TypeScript's own pre-processor.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { expect, test } from 'vitest';

const SRC = dirname(fileURLToPath(import.meta.url));
const EXTENSIONS = ['.ts', '.tsx', '/index.ts', '/index.tsx'];

function listModules(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return listModules(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** The src/ modules a file imports, by path; packages and assets are left out. */
function readImports(file: string): string[] {
  const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
  return importedFiles
    .map(({ fileName }) => fileName)
    .filter((specifier) => specifier.startsWith('.'))
    .flatMap((specifier) => {
      const base = join(dirname(file), specifier);
      const found = ['', ...EXTENSIONS].map((ending) => base + ending).find(isModule);
      return found ? [found] : [];
    });
}

const isModule = (path: string) => /\.tsx?$/.test(path) && existsSync(path);

/** Every cycle's first return found by a depth-first walk, as a list of paths. */
function findCycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  const cycles: string[][] = [];
  const done = new Set<string>();
  const onPath: string[] = [];
  const visit = (node: string) => {
    const at = onPath.indexOf(node);
    if (at >= 0) return void cycles.push([...onPath.slice(at), node]);
    if (done.has(node)) return;
    onPath.push(node);
    for (const next of graph.get(node) ?? []) visit(next);
    onPath.pop();
    done.add(node);
  };
  for (const node of graph.keys()) visit(node);
  return cycles;
}

test('the walk finds a type-only cycle in a literal graph, and none in a tree', () => {
  const cyclic = new Map([
    ['store.ts', ['selectors.ts', 'saved.ts']],
    ['selectors.ts', ['store.ts']],
    ['saved.ts', []],
  ]);
  expect(findCycles(cyclic)).toEqual([['store.ts', 'selectors.ts', 'store.ts']]);
  expect(
    findCycles(
      new Map([
        ['a', ['b', 'c']],
        ['b', ['c']],
        ['c', []],
      ]),
    ),
  ).toEqual([]);
});

test('a type-only import is read as an import', () => {
  const file = join(SRC, 'store', 'selectors.ts');
  const source = "import type { X } from './saved-state';\nexport type { Y } from './backup';";
  const { importedFiles } = ts.preProcessFile(source, true, true);
  expect(importedFiles.map((each) => each.fileName)).toEqual(['./saved-state', './backup']);
  expect(readImports(file).length).toBeGreaterThan(0);
});

test('no module in src/ imports itself back, not even through types', () => {
  const graph = new Map(listModules(SRC).map((file) => [file, readImports(file)]));
  expect(graph.size).toBeGreaterThan(50);
  const cycles = findCycles(graph).map((cycle) =>
    cycle.map((file) => relative(SRC, file)).join(' → '),
  );
  expect(cycles).toEqual([]);
});
