import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';

/**
 * Every import between top-level folders points down: app → db → lib; seed → db, lib; scripts,
 * fixtures, bench and e2e above all. messages/ holds the interface's texts (JSON, no code): app
 * reads them, and seed copies the categories' names from them for search. Tests sit beside what they test and may reach above it
 * (to fixtures/), so they are not held to their folder's rule.
 */
const MAY_IMPORT: Record<string, string[]> = {
  lib: ['lib'],
  db: ['db', 'lib'],
  seed: ['seed', 'db', 'lib', 'messages'],
  app: ['app', 'db', 'lib', 'messages'],
  // proxy.ts and instrumentation.ts stand at the top beside app/, and belong with it (the tools'
  // own *.config.ts files are above everything, like e2e/).
  '.': ['app', 'db', 'lib'],
  scripts: ['scripts', 'seed', 'db', 'lib'],
  fixtures: ['fixtures', 'seed', 'db', 'lib'],
  bench: ['bench', 'fixtures', 'seed', 'db', 'lib'],
};

const root = process.cwd();
const SOURCE = /\.(ts|tsx)$/;
const TEST = /\.test\.tsx?$/;

function sources(folder: string): string[] {
  const dir = path.join(root, folder);
  if (folder === '.') return readdirSync(dir).filter((f) => SOURCE.test(f) && !/\.(d|config)\.ts$/.test(f) && statSync(path.join(dir, f)).isFile());
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => SOURCE.test(f) && !TEST.test(f))
    .map((f) => path.join(folder, f));
}

/** The top-level folder an import lands in, or null for a package. */
function folderOf(file: string, specifier: string): string | null {
  let target: string;
  if (specifier.startsWith('@/')) target = specifier.slice(2);
  else if (specifier.startsWith('.')) target = path.relative(root, path.resolve(root, path.dirname(file), specifier));
  else return null;
  const [top, ...rest] = target.split(path.sep).join('/').split('/');
  return rest.length === 0 ? '.' : top;
}

describe('layers', () => {
  for (const [folder, allowed] of Object.entries(MAY_IMPORT)) {
    it(`${folder === '.' ? 'top-level files' : `${folder}/`} import only from ${allowed.join(', ')}`, () => {
      const wrong: string[] = [];
      for (const file of sources(folder)) {
        const text = readFileSync(path.join(root, file), 'utf8');
        for (const [, specifier] of text.matchAll(/(?:from|import)\s*\(?\s*'([^']+)'/g)) {
          const target = folderOf(file, specifier);
          if (target !== null && !allowed.includes(target)) wrong.push(`${file} → ${specifier}`);
        }
      }
      assert.deepEqual(wrong, []);
    });
  }
});
