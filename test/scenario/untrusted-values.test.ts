import { describe, expect, it } from 'vitest';
import { validateScenario } from '../../src/scenario';
import { rawFixture } from '../support/scenarios';

describe('reserved names', () => {
  it('refuses a node id that every JavaScript object already has', () => {
    const raw = rawFixture('mini.json');
    raw.nodes.constructor = raw.nodes.success;
    raw.nodes.done.else = 'constructor';
    const r = validateScenario(raw);
    expect(r.ok).toBe(false);
  });

  it('refuses flag and variable names such as toString or valueOf', () => {
    for (const name of ['toString', 'valueOf', 'constructor', 'hasOwnProperty']) {
      const raw = rawFixture('mini.json');
      raw.flags.push(name);
      expect(validateScenario(raw).ok, name).toBe(false);
    }
  });

  it('still accepts ordinary names that merely contain those words', () => {
    const raw = rawFixture('mini.json');
    raw.flags.push('toStringsChecked');
    expect(validateScenario(raw).ok).toBe(true);
  });
});

describe('source links', () => {
  it('accepts only http and https addresses, so no link can run script', () => {
    for (const [url, ok] of [['https://www.wto.org/', true], ['http://example.org/a', true], ['javascript:alert(1)', false], ['data:text/html,<b>x</b>', false], ['ftp://example.org/', false]] as const) {
      const raw = rawFixture('mini.json');
      raw.sources[0].url = url;
      expect(validateScenario(raw).ok, url).toBe(ok);
    }
  });
});
