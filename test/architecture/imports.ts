/**
 * The import graph of a source tree, and the checks of test/architecture.test.ts over it: import cycles,
 * imports a folder may not make, and impure code in the core. Plain functions over files given as
 * { path, text }, so the tests can prove on small planted graphs that each check catches a violation.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix, relative } from 'node:path';

/** A source file: its path relative to the tree's root (posix separators) and its text. */
export interface SourceFile {
  readonly path: string;
  readonly text: string;
}

/** One import of a file: the specifier as written, the file it resolves to (relative ones only), and whether it is type-only. */
export interface Import {
  readonly from: string;
  readonly spec: string;
  /** The imported file's path in the tree, or null for a package (or a file outside the tree). */
  readonly to: string | null;
  readonly typeOnly: boolean;
}

/** Every .ts file under a directory, as SourceFiles relative to `root`. */
export function readTree(root: string, dir = root): SourceFile[] {
  return readdirSync(dir).sort().flatMap((e) => {
    const p = join(dir, e);
    if (statSync(p).isDirectory()) return readTree(root, p);
    return /\.ts$/.test(e) && !e.endsWith('.d.ts') ? [{ path: relative(root, p).split('\\').join('/'), text: readFileSync(p, 'utf8') }] : [];
  });
}

const IMPORT = /(?:^|[;\n}])\s*(import|export)\s+(type\s+)?(?:[\w*{}\s,$]+?\s+from\s+)?['"]([^'"]+)['"]|\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)|\bimport\.meta\.glob(?:<[^>]*>)?\(\s*['"]([^'"]+)['"]/g;

/** The specifiers a file imports (static, side-effect, dynamic and import.meta.glob), comments left out. */
export function importsOf(text: string): { spec: string; typeOnly: boolean }[] {
  const code = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"])\/\/.*$/gm, '$1');
  const out: { spec: string; typeOnly: boolean }[] = [];
  for (const m of code.matchAll(IMPORT)) {
    if (m[3]) out.push({ spec: m[3], typeOnly: m[2] !== undefined });
    else out.push({ spec: (m[4] ?? m[5]) as string, typeOnly: false });
  }
  return out;
}

/** Resolves each file's relative imports to files of the tree (x → x.ts, x/index.ts). */
export function importGraph(files: readonly SourceFile[]): Import[] {
  const known = new Set(files.map((f) => f.path));
  const resolveIn = (from: string, spec: string): string | null => {
    if (!spec.startsWith('.')) return null;
    const base = posix.normalize(posix.join(posix.dirname(from), spec));
    return [base, `${base}.ts`, `${base}/index.ts`].find((c) => known.has(c)) ?? null;
  };
  return files.flatMap((f) => importsOf(f.text).map(({ spec, typeOnly }) => ({ from: f.path, spec, to: resolveIn(f.path, spec), typeOnly })));
}

/** A set of files that import each other in a circle, and one shortest cycle among them (first file repeated at the end). */
export interface Cycle {
  readonly files: readonly string[];
  readonly example: readonly string[];
}

/**
 * The import cycles of a graph, found with Tarjan's strongly connected components: the files of a component
 * with more than one file (or one that imports itself) all lie on cycles. Each comes with one shortest cycle
 * through its first file, as an example to read.
 */
export function findCycles(imports: readonly Import[]): Cycle[] {
  const next = new Map<string, Set<string>>();
  for (const i of imports) {
    if (i.to === null) continue;
    if (!next.has(i.from)) next.set(i.from, new Set());
    next.get(i.from)?.add(i.to);
  }
  const nodes = [...new Set([...next.keys(), ...[...next.values()].flatMap((s) => [...s])])].sort();
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const components: string[][] = [];
  let counter = 0;
  const visit = (v: string) => {
    index.set(v, counter);
    low.set(v, counter++);
    stack.push(v);
    onStack.add(v);
    for (const w of [...(next.get(v) ?? [])].sort()) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v) as number, low.get(w) as number));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v) as number, index.get(w) as number));
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop() as string;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1 || next.get(v)?.has(v)) components.push(component.sort());
    }
  };
  for (const v of nodes) if (!index.has(v)) visit(v);
  return components
    .map((files) => ({ files, example: [...shortestCycle(files[0] as string, new Set(files), next), files[0] as string] }))
    .sort((a, b) => (a.files[0] as string).localeCompare(b.files[0] as string));
}

/** The shortest path from `start` back to itself inside a component (breadth first). */
function shortestCycle(start: string, inside: Set<string>, next: Map<string, Set<string>>): string[] {
  const cameFrom = new Map<string, string>();
  const queue = [start];
  while (queue.length > 0) {
    const v = queue.shift() as string;
    for (const w of [...(next.get(v) ?? [])].sort()) {
      if (!inside.has(w)) continue;
      if (w === start) {
        const path = [v];
        while (path[0] !== start) path.unshift(cameFrom.get(path[0] as string) as string);
        return path;
      }
      if (!cameFrom.has(w) && w !== start) {
        cameFrom.set(w, v);
        queue.push(w);
      }
    }
  }
  return [start];
}

/** The folder of a path for the rules: src/<folder>/…, with src/workshop split into its parts (protocol, client, …). */
export function folderOf(path: string): string {
  const parts = path.split('/');
  if (parts[0] !== 'src') return parts[0] as string;
  if (parts.length === 2) return (parts[1] as string).replace(/\.ts$/, '');
  if (parts[1] === 'workshop' && parts.length > 3) return `workshop/${parts[2]}`;
  if (parts[1] === 'world' && parts[2] === 'scenes') return 'world/scenes';
  return parts[1] as string;
}

/** Imports that break the table of which folder may import which (folders not in the table may import nothing of src). */
export function forbiddenImports(imports: readonly Import[], allowed: Readonly<Record<string, readonly string[]>>): Import[] {
  return imports.filter((i) => {
    if (i.to === null || !i.to.startsWith('src/') || !i.from.startsWith('src/')) return false;
    const from = folderOf(i.from);
    const to = folderOf(i.to);
    if (from === to) return false;
    return !(allowed[from] ?? []).includes(to);
  });
}

/** Imports into the core (src/engine, src/scenario) that do not go through its public entry (index.ts). */
export function coreBypasses(imports: readonly Import[]): Import[] {
  return imports.filter((i) => {
    if (i.to === null) return false;
    const m = /^src\/(engine|scenario)\//.exec(i.to);
    if (!m || i.from.startsWith(`src/${m[1]}/`)) return false;
    return i.to !== `src/${m[1]}/index.ts`;
  });
}

/** Package imports of the core that are not in its list. */
export function corePackages(imports: readonly Import[], allowed: Readonly<Record<'engine' | 'scenario', readonly string[]>>): Import[] {
  return imports.filter((i) => {
    const m = /^src\/(engine|scenario)\//.exec(i.from);
    return m !== null && !i.spec.startsWith('.') && !allowed[m[1] as 'engine' | 'scenario'].includes(i.spec);
  });
}

export const FORBIDDEN_IN_CORE = [
  { what: 'DOM globals', re: /\b(window|document|localStorage|navigator|HTMLElement)\b/ },
  { what: 'timers', re: /\b(setTimeout|setInterval|requestAnimationFrame)\s*\(/ },
  { what: 'the clock', re: /\bDate\.now\s*\(|\bnew Date\s*\(|\bperformance\.now\s*\(/ },
  { what: 'Math.random', re: /\bMath\.random\s*\(/ },
  { what: 'fetch', re: /\bfetch\s*\(/ },
  { what: 'eval', re: /\beval\s*\(|\bnew Function\s*\(/ },
];

/** Uses of the DOM, timers, the clock, Math.random, fetch or eval in the core's code (comments left out). */
export function impureCore(files: readonly SourceFile[]): { path: string; what: string }[] {
  return files.filter((f) => /^src\/(engine|scenario)\//.test(f.path)).flatMap((f) => {
    const code = f.text.replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
    return FORBIDDEN_IN_CORE.filter(({ re }) => re.test(code)).map(({ what }) => ({ path: f.path, what }));
  });
}
