/**
 * The dependency direction as a check, not a memory:
 * scenario ← engine ← everything else; the core is pure.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, dirname } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(__dirname, '..');
const src = join(root, 'src');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((e) => {
    const p = join(dir, e);
    return statSync(p).isDirectory() ? files(p) : /\.(ts|tsx|js)$/.test(e) ? [p] : [];
  });
}

/** Every import/export specifier of a TypeScript file (static and dynamic). */
function imports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const out: string[] = [];
  for (const m of text.matchAll(/(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]\s*\)|import\s+['"]([^'"]+)['"]/g))
    out.push((m[1] ?? m[2] ?? m[3]) as string);
  return out;
}

const folderOf = (file: string) => relative(src, file).split('/')[0] as string;
const resolveLocal = (file: string, spec: string) => resolve(dirname(file), spec);

const FORBIDDEN_IN_CORE = [
  { what: 'DOM globals', re: /\b(window|document|localStorage|navigator|HTMLElement)\b/ },
  { what: 'timers', re: /\b(setTimeout|setInterval|requestAnimationFrame)\s*\(/ },
  { what: 'the clock', re: /\bDate\.now\s*\(|\bnew Date\s*\(|\bperformance\.now\s*\(/ },
  { what: 'Math.random', re: /\bMath\.random\s*\(/ },
  { what: 'fetch', re: /\bfetch\s*\(/ },
  { what: 'eval', re: /\beval\s*\(|\bnew Function\s*\(/ },
];

describe('dependency direction', () => {
  const core = files(src).filter((f) => ['scenario', 'engine'].includes(folderOf(f)));

  it('has core files to check', () => {
    expect(core.length).toBeGreaterThan(5);
  });

  it('src/scenario imports nothing else from src/ and no packages but zod and jsonc-parser', () => {
    for (const f of core.filter((x) => folderOf(x) === 'scenario')) {
      for (const spec of imports(f)) {
        if (spec.startsWith('.')) expect(folderOf(resolveLocal(f, spec)), `${relative(root, f)} imports ${spec}`).toBe('scenario');
        else expect(['zod/mini', 'zod', 'jsonc-parser'], `${relative(root, f)} imports ${spec}`).toContain(spec);
      }
    }
  });

  it('src/engine imports only src/scenario and xstate', () => {
    for (const f of core.filter((x) => folderOf(x) === 'engine')) {
      for (const spec of imports(f)) {
        if (spec.startsWith('.')) expect(['engine', 'scenario'], `${relative(root, f)} imports ${spec}`).toContain(folderOf(resolveLocal(f, spec)));
        else expect(['xstate'], `${relative(root, f)} imports ${spec}`).toContain(spec);
      }
    }
  });

  it('the core uses no DOM, timers, clock, Math.random, fetch or eval', () => {
    for (const f of core) {
      const code = readFileSync(f, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
      for (const { what, re } of FORBIDDEN_IN_CORE) expect(re.test(code), `${relative(root, f)} uses ${what}`).toBe(false);
    }
  });

  it('other folders import the engine and the scenario format only through their public entry', () => {
    const others = [...files(src).filter((f) => !['scenario', 'engine'].includes(folderOf(f))), ...files(join(root, 'tools'))];
    for (const f of others) {
      for (const spec of imports(f)) {
        if (!spec.startsWith('.')) continue;
        const target = relative(src, resolveLocal(f, spec)).replace(/\.ts$/, '');
        if ((target.startsWith('engine/') || target.startsWith('scenario/')) && !/^(engine|scenario)\/index$/.test(target))
          expect.fail(`${relative(root, f)} imports ${spec}: use src/${target.split('/')[0]}/index.ts`);
      }
    }
  });

  it('nothing in src or tools runs strings as code', () => {
    for (const f of [...files(src), ...files(join(root, 'tools'))]) {
      const code = readFileSync(f, 'utf8');
      expect(/\beval\s*\(|\bnew Function\s*\(/.test(code), relative(root, f)).toBe(false);
    }
  });
});
