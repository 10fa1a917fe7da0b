import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DIMENSIONS, ENDING_KINDS } from '../../src/scenario';

const root = new URL('../../', import.meta.url);
const english = (ns: string): Record<string, unknown> => JSON.parse(readFileSync(new URL(`src/i18n/locales/en/${ns}.json`, root), 'utf8'));

/** True when English has the key, either plain or as plural forms (key_one / key_other). */
function has(fullKey: string): boolean {
  const [ns, key] = fullKey.split(':') as [string, string];
  const parts = key.split('.');
  let node: unknown = english(ns);
  for (const p of parts.slice(0, -1)) node = (node as Record<string, unknown> | undefined)?.[p];
  const leaf = parts[parts.length - 1] as string;
  const obj = node as Record<string, unknown> | undefined;
  return typeof obj?.[leaf] === 'string' || (typeof obj?.[`${leaf}_one`] === 'string' && typeof obj?.[`${leaf}_other`] === 'string');
}

const sources = ['src/ui/hs', 'src/ui/report', 'src/ui/about'].flatMap((dir) =>
  readdirSync(new URL(dir, root)).filter((f) => f.endsWith('.ts')).map((f) => readFileSync(new URL(`${dir}/${f}`, root), 'utf8')));

describe('the keys the screens use exist in English', () => {
  it('every literal key ("ns:key" strings in the code)', () => {
    const keys = sources.flatMap((src) => [...src.matchAll(/'((?:report|hs|about):[\w.-]+)'/g)].map((m) => m[1] as string));
    expect(keys.length).toBeGreaterThan(50);
    expect(keys.filter((k) => !has(k))).toEqual([]);
  });

  it('every key built from a value: dimensions, ending kinds, bands, HS levels, item origins', () => {
    const built = [
      ...DIMENSIONS.flatMap((d) => [`report:dimension.${d}`, `report:next.generic.${d}`]),
      ...ENDING_KINDS.map((k) => `report:kind.${k}`),
      ...['strong', 'fair', 'weak', 'none'].map((b) => `report:band.${b}`),
      ...['choice', 'outcome', 'consequence'].map((f) => `report:from.${f}`),
      ...['mistake', 'strength'].flatMap((k) => [`report:${k}s.heading`, `report:${k}s.none`, `report:${k}s.points`]),
      ...['section', 'chapter', 'heading', 'subheading'].flatMap((l) => [`hs:level.${l}`, `hs:levelName.${l}`, `hs:count.${l}`]),
    ];
    expect(built.filter((k) => !has(k))).toEqual([]);
  });
});
