/** `npm run dev` starts with a short, clean banner: no screenful of config-loader warnings before the address. */
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';

describe('npm run dev', () => {
  it('prints the address and no warning', async () => {
    const port = 5400 + (process.pid % 500);
    const child = spawn('npm', ['run', 'dev', '--', '--port', String(port), '--strictPort'], { stdio: ['ignore', 'pipe', 'pipe'], detached: true, env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' } });
    let out = '';
    const ready = new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no "ready" within 60 s:\n${out}`)), 60_000);
      const onData = (d: Buffer) => {
        out += d.toString('utf8');
        if (/Local:\s+http:\/\/localhost:\d+/.test(out)) { clearTimeout(timer); resolve(); }
      };
      child.stdout.on('data', onData);
      child.stderr.on('data', onData);
    });
    try {
      await ready;
    } finally {
      if (child.pid !== undefined) process.kill(-child.pid, 'SIGTERM');
    }
    const lines = out.split('\n').filter((l) => l.trim() !== '' && !l.startsWith('>'));
    expect(out).not.toMatch(/\(!\)|warning|without a file extension/i);
    expect(lines.length).toBeLessThanOrEqual(6);
  }, 90_000);
});
