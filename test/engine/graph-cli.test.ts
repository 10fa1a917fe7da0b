/** `npm run scenario -- graph`: formats, --out, exit codes (in-process). */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { graph } from '../../tools/commands/graph';

async function run(...args: string[]) {
  const out: string[] = [];
  const write = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => { out.push(String(chunk)); return true; });
  const error = vi.spyOn(console, 'error').mockImplementation(() => {});
  try {
    return { status: await graph.run(args), stdout: out.join('') };
  } finally {
    write.mockRestore();
    error.mockRestore();
  }
}

describe('graph command', () => {
  it('prints Mermaid by default and DOT or SVG on request', async () => {
    expect((await run('test/fixtures/mini.json')).stdout).toMatch(/^flowchart TD\n/);
    expect((await run('test/fixtures/mini.json', '--format', 'dot')).stdout).toMatch(/^digraph scenario \{/);
    expect((await run('test/fixtures/mini.json', '--format', 'svg')).stdout).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
  });

  it('writes to --out in the format its extension names', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'graph-'));
    expect((await run('test/fixtures/mini.json', '--out', join(dir, 'map.svg'))).status).toBe(0);
    expect(readFileSync(join(dir, 'map.svg'), 'utf8')).toContain('data-id="classify"');
    expect((await run('test/fixtures/mini.json', '--out', join(dir, 'map.dot'))).status).toBe(0);
    expect(readFileSync(join(dir, 'map.dot'), 'utf8')).toContain('digraph');
  });

  it('exits 2 on bad usage and 1 on an unreadable scenario', async () => {
    expect((await run()).status).toBe(2);
    expect((await run('test/fixtures/mini.json', '--format', 'png')).status).toBe(2);
    expect((await run('a.json', 'b.json')).status).toBe(2);
    expect((await run('no/such/file.json')).status).toBe(1);
  });
});
