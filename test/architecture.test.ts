/**
 * The house rules of ARCHITECTURE.md as checks, not a memory: no import cycle in src (type-only imports
 * included), which folder may import which (ui never imports app; only world imports its scenes), the core
 * through its public entry only, and a pure core. Each check is first shown to catch a planted violation
 * on a small graph, then run on the real tree.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  coreBypasses, corePackages, findCycles, forbiddenImports, importGraph, importsOf, impureCore, readTree, type SourceFile,
} from './architecture/imports';

const root = resolve(__dirname, '..');

/** Which folder of src may import which (besides itself). The same table is in ARCHITECTURE.md. */
const MAY_IMPORT: Readonly<Record<string, readonly string[]>> = {
  scenario: [],
  engine: ['scenario'],
  i18n: [],
  audio: [],
  world: ['scenario', 'engine', 'world/scenes'],
  'world/scenes': ['world', 'scenario', 'engine'],
  'workshop/protocol': ['scenario', 'engine'],
  'workshop/debrief': ['scenario', 'engine', 'workshop/protocol'],
  'workshop/client': ['scenario', 'engine', 'workshop/protocol'],
  'workshop/server': ['scenario', 'engine', 'workshop/protocol', 'workshop/debrief'],
  ui: ['scenario', 'engine', 'i18n', 'world', 'workshop/protocol', 'workshop/client', 'workshop/debrief'],
  app: ['scenario', 'engine', 'i18n', 'audio', 'world', 'ui', 'workshop/protocol', 'workshop/client', 'workshop/debrief'],
  lms: ['scenario', 'engine'],
  editor: ['scenario', 'engine', 'i18n', 'ui'],
  main: ['app', 'ui', 'i18n', 'lms', 'scenario', 'engine', 'editor'],
};
const CORE_PACKAGES = { scenario: ['zod', 'zod/mini', 'jsonc-parser'], engine: ['xstate'] } as const;

const tree = (files: Record<string, string>): SourceFile[] => Object.entries(files).map(([path, text]) => ({ path, text }));
const cyclesOf = (files: Record<string, string>) => findCycles(importGraph(tree(files))).map((c) => c.files);
const show = (list: { from: string; spec: string }[]) => list.map((i) => `${i.from} imports ${i.spec}`);

describe('the checks catch planted violations', () => {
  it('reads every kind of import, and tells type-only ones', () => {
    expect(importsOf([
      "import { a } from './a';",
      "import type { B } from './b';",
      "export { c } from './c';",
      "export type { D } from './d';",
      "import './e.css';",
      "import {\n  f,\n  type G,\n} from '../f';",
      "const h = await import('./h');",
      "const i = import.meta.glob<Mod>('../i/index.ts');",
      "// import { no } from './comment';",
      "/* import { no } from './block'; */",
    ].join('\n'))).toEqual([
      { spec: './a', typeOnly: false }, { spec: './b', typeOnly: true }, { spec: './c', typeOnly: false }, { spec: './d', typeOnly: true },
      { spec: './e.css', typeOnly: false }, { spec: '../f', typeOnly: false }, { spec: './h', typeOnly: false }, { spec: '../i/index.ts', typeOnly: false },
    ]);
  });

  it('finds a cycle of three files, a type-only cycle and a file importing itself, and nothing in a tree without one', () => {
    expect(cyclesOf({
      'src/app/a.ts': "import { b } from './b';",
      'src/app/b.ts': "import { c } from './nested/c';",
      'src/app/nested/c.ts': "import { a } from '../a';",
      'src/ui/x.ts': "import type { Y } from './y';",
      'src/ui/y.ts': "import type { X } from './x/index';",
      'src/ui/x/index.ts': "export type { X } from '../x';",
      'src/ui/self.ts': "export * from './self';",
      'src/ui/leaf.ts': "import { a } from '../app/a';",
    })).toEqual([['src/app/a.ts', 'src/app/b.ts', 'src/app/nested/c.ts'], ['src/ui/self.ts'], ['src/ui/x.ts', 'src/ui/x/index.ts', 'src/ui/y.ts']]);
    expect(cyclesOf({ 'src/a.ts': "import './b';", 'src/b.ts': "import './c';", 'src/c.ts': "import 'xstate';" })).toEqual([]);
    const [cycle] = findCycles(importGraph(tree({ 'src/a.ts': "import './b';", 'src/b.ts': "import './a';" })));
    expect(cycle?.example).toEqual(['src/a.ts', 'src/b.ts', 'src/a.ts']);
  });

  it('flags ui importing app (also type-only), and a scene imported from outside world', () => {
    const graph = importGraph(tree({
      'src/ui/screen.ts': "import type { Session } from '../app/session';",
      'src/app/session.ts': "import { h } from '../ui/dom';",
      'src/ui/dom.ts': '',
      'src/ui/preview.ts': "import { Scene } from '../world/scenes/Scene';",
      'src/world/index.ts': "import { Scene } from './scenes/Scene';",
      'src/world/scenes/Scene.ts': "import { palette } from '../palette';",
      'src/world/palette.ts': '',
    }));
    expect(show(forbiddenImports(graph, MAY_IMPORT))).toEqual(['src/ui/screen.ts imports ../app/session', 'src/ui/preview.ts imports ../world/scenes/Scene']);
  });

  it('flags a core bypass, a package the core may not use, a core importing upwards, and impure core code', () => {
    const files = tree({
      'src/ui/x.ts': "import { takeChoice } from '../engine/rules';\nimport { createGame } from '../engine';",
      'src/engine/index.ts': "export * from './rules';",
      'src/engine/rules.ts': "import { Scenario } from '../scenario';\nimport { h } from '../ui/dom';\nimport { produce } from 'immer';\nexport const at = () => Date.now();",
      'src/scenario/index.ts': "import { z } from 'zod';\n// Math.random() in a comment is fine",
      'src/ui/dom.ts': '',
    });
    const graph = importGraph(files);
    expect(show(coreBypasses(graph))).toEqual(['src/ui/x.ts imports ../engine/rules']);
    expect(show(corePackages(graph, CORE_PACKAGES))).toEqual(['src/engine/rules.ts imports immer']);
    expect(show(forbiddenImports(graph, MAY_IMPORT))).toEqual(['src/engine/rules.ts imports ../ui/dom']);
    expect(impureCore(files)).toEqual([{ path: 'src/engine/rules.ts', what: 'the clock' }]);
  });
});

describe('the source tree', () => {
  const src = readTree(root).filter((f) => f.path.startsWith('src/'));
  const tools = readTree(root).filter((f) => f.path.startsWith('tools/'));
  const graph = importGraph(src);

  it('has files and imports to check, each relative import resolved (stylesheets aside)', () => {
    expect(src.filter((f) => /^src\/(scenario|engine)\//.test(f.path)).length).toBeGreaterThan(5);
    expect(graph.length).toBeGreaterThan(300);
    expect(graph.filter((i) => i.spec.startsWith('.') && i.to === null && !i.spec.endsWith('.css')).map((i) => `${i.from}: ${i.spec}`)).toEqual([]);
  });

  it('has no import cycle (type-only imports included)', () => {
    const cycles = findCycles(graph).map((c) => `${c.files.join(', ')} (e.g. ${c.example.join(' → ')})`);
    expect(cycles, 'files that import each other in a circle').toEqual([]);
  });

  it('imports only what ARCHITECTURE.md allows each folder: ui never imports app, only world imports its scenes', () => {
    expect(show(forbiddenImports(graph, MAY_IMPORT))).toEqual([]);
  });

  it('keeps Phaser out of ui: its pictures use the world\'s drawing code, never the world\'s entry or Phaser', () => {
    const intoPhaser = graph.filter((i) => i.from.startsWith('src/ui/') && (i.to === 'src/world/index.ts' || i.spec === 'phaser' || i.spec.startsWith('phaser/')));
    expect(show(intoPhaser)).toEqual([]);
    expect(graph.some((i) => i.from.startsWith('src/ui/') && i.to?.startsWith('src/world/art/')), 'ui draws with world/art').toBe(true);
  });

  it('reaches the engine and the scenario format only through their public entry (src and tools)', () => {
    expect(show(coreBypasses([...graph, ...importGraph([...src, ...tools]).filter((i) => i.from.startsWith('tools/'))]))).toEqual([]);
  });

  it('keeps the core to its packages (scenario: zod and jsonc-parser; engine: xstate) and pure', () => {
    expect(show(corePackages(graph, CORE_PACKAGES))).toEqual([]);
    expect(impureCore(src)).toEqual([]);
  });

  it('runs no strings as code anywhere in src or tools', () => {
    for (const f of [...src, ...tools]) expect(/\beval\s*\(|\bnew Function\s*\(/.test(f.text), f.path).toBe(false);
  });

  it('ARCHITECTURE.md states the same import table', () => {
    const doc = readFileSync(join(root, 'ARCHITECTURE.md'), 'utf8');
    for (const [folder, allowed] of Object.entries(MAY_IMPORT)) {
      const row = doc.split('\n').find((l) => l.startsWith(`| \`${folder}\` |`));
      expect(row, `a row for ${folder}`).toBeDefined();
      const listed = [...(row?.split('|')[2] ?? '').matchAll(/`([\w/]+)`/g)].map((m) => m[1]);
      expect(listed.sort(), folder).toEqual([...allowed].sort());
    }
  });
});
