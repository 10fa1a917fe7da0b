/** The workshop namespace: the same keys and placeholders in en, fr and es, and every key the workshop screens use exists. */
import { readFileSync, readdirSync } from 'node:fs';
import { expect, it } from 'vitest';
import { STAGES } from '../../src/scenario';
import { ERROR_CODES } from '../../src/workshop/protocol';
import { baseKey, describeLocaleParity, readStrings } from '../support/locales';

const en = readStrings('en', 'workshop');
const enBases = new Set(Object.keys(en).map(baseKey));

describeLocaleParity('workshop', ['en', 'fr', 'es']);

it('every error code, stage and hold has a string', () => {
  for (const code of ERROR_CODES) expect(enBases, `error.${code}`).toContain(`error.${code}`);
  for (const stage of STAGES) expect(enBases, `stage.${stage}`).toContain(`stage.${stage}`);
  for (const hold of ['paused', 'checkpoint']) for (const part of ['title', 'message']) expect(enBases).toContain(`hold.${hold}.${part}`);
  for (const s of ['offline', 'connecting', 'saving', 'saved']) expect(enBases).toContain(`status.${s}`);
});

it('every literal workshop: key in the workshop screens exists in English', () => {
  // The views (src/ui/workshop) and their controllers (src/app/workshop).
  const dirs = ['../../src/ui/workshop/', '../../src/app/workshop/'].map((d) => new URL(d, import.meta.url));
  const used = dirs.flatMap((dir) => readdirSync(dir).filter((f) => f.endsWith('.ts')).flatMap((f) => [...readFileSync(new URL(f, dir), 'utf8').matchAll(/'workshop:([\w.-]+)'/g)].map((m) => m[1] as string)));
  expect(used.length).toBeGreaterThan(50);
  for (const key of used) expect(enBases, key).toContain(key);
});
