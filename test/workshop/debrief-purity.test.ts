/** src/workshop/debrief also runs on the workshop server: no DOM, no node modules, engine only via its entry. */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const dir = new URL('../../src/workshop/debrief/', import.meta.url);
const files = readdirSync(dir).filter((f) => f.endsWith('.ts'));

describe('the debrief model is pure', () => {
  it('has files to check', () => expect(files.length).toBeGreaterThanOrEqual(4));

  it.each(files)('%s uses no DOM, node modules, clock or randomness', (f) => {
    const code = readFileSync(new URL(f, dir), 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
    expect(code).not.toMatch(/\b(window|document|localStorage|navigator|HTMLElement)\b/);
    expect(code).not.toMatch(/from\s+['"]node:|require\(/);
    expect(code).not.toMatch(/Date\.now|new Date\(|Math\.random|fetch\(/);
    for (const m of code.matchAll(/from\s+['"]([^'"]+)['"]/g)) {
      const spec = m[1] as string;
      expect(spec.startsWith('./') || spec === '../../engine' || spec === '../../scenario', `${f} imports ${spec}`).toBe(true);
    }
  });
});
