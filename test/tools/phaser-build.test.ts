import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { leanEntrySource, PHASER_FLAGS, phaserCoreEntry, phaserSourceDir } from '../../tools/vite/phaser-build';

function jsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((e) => {
    const p = join(dir, e);
    return statSync(p).isDirectory() ? jsFiles(p) : e.endsWith('.js') ? [p] : [];
  });
}

describe('the lean Phaser build', () => {
  it('requires only files that exist in the installed Phaser', () => {
    const paths = [...leanEntrySource().matchAll(/require\("([^"]+)"\)/g)].map((m) => m[1] as string);
    expect(paths.length).toBeGreaterThan(10);
    for (const p of paths) expect(existsSync(p), p).toBe(true);
    expect(existsSync(phaserCoreEntry())).toBe(true);
  });

  it('sets every compile-time flag Phaser reads, so none is left truthy by accident', () => {
    const used = new Set<string>();
    for (const f of jsFiles(phaserSourceDir())) for (const m of readFileSync(f, 'utf8').matchAll(/typeof ([A-Z][A-Z0-9_]+)\)/g)) used.add(`typeof ${m[1]}`);
    expect(used.size).toBeGreaterThan(3);
    for (const flag of used) expect(Object.keys(PHASER_FLAGS), flag).toContain(flag);
    expect(PHASER_FLAGS['typeof CANVAS_RENDERER']).toBe('true');
    expect(PHASER_FLAGS['typeof WEBGL_RENDERER']).toBe('false');
  });
});
