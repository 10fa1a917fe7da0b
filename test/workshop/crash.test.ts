/**
 * kill -9 and restart: the server runs as a child process on a temporary database;
 * every acknowledged choice must be in the database after SIGKILL, and the session continues.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openSqliteStorage } from '../../src/workshop/server';
import { expectType, miniScenarios, miniSettings, TestClient, tempDir } from './helpers';

const children: ChildProcess[] = [];
afterEach(() => {
  for (const c of children.splice(0)) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
});

/**
 * Starts tools/workshop-server.ts and resolves with its port once it prints "listening on".
 * `node --import tsx` (not the tsx wrapper) so the child's pid is the server's own and SIGKILL reaches it.
 */
function startChild(dbPath: string, scenariosDir: string): Promise<{ child: ChildProcess; port: number }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'tools/workshop-server.ts', '--port', '0', '--db', dbPath, '--scenarios', scenariosDir, '--static', 'none'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    child.stdout!.on('data', (d: Buffer) => {
      out += String(d);
      const m = /listening on http:\/\/127\.0\.0\.1:(\d+)\//.exec(out);
      if (m) resolve({ child, port: Number(m[1]) });
    });
    child.stderr!.on('data', (d: Buffer) => { err += String(d); });
    child.once('exit', (code) => reject(new Error(`server exited (${code}) before listening: ${err}`)));
  });
}

/** Kills the server with SIGKILL and proves the process is gone (no graceful shutdown, no survivor). */
async function killHard(child: ChildProcess): Promise<void> {
  const pid = child.pid as number;
  await new Promise<void>((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGKILL');
  });
  expect(child.signalCode).toBe('SIGKILL');
  expect(() => process.kill(pid, 0), 'the server process no longer exists').toThrow();
}

describe('workshop server killed with SIGKILL', () => {
  it('loses no acknowledged choice, and the session continues after a restart on the same database', async () => {
    const dbPath = join(tempDir(), 'workshop.db');
    const scenarios = miniScenarios();
    const first = await startChild(dbPath, scenarios);
    const trainer = await TestClient.open(first.port);
    const created = expectType(await trainer.request({ type: 'create', settings: miniSettings() }), 'created');
    const players = await Promise.all([0, 1, 2, 3].map(async () => {
      const c = await TestClient.open(first.port);
      const joined = expectType(await c.request({ type: 'join', code: created.session.code }), 'joined');
      return { c, seat: joined.state.seat, token: joined.token };
    }));
    const plan = ['green', 'skip', 'sea', 'deliver'];
    const acked = new Map<string, string[]>();
    // Each player sends its first two choices (acked), then a third in flight when the server dies.
    await Promise.all(players.map(async ({ c, seat }) => {
      for (let step = 0; step < 2; step++) {
        const r = await c.request({ type: 'choose', seat, step, choice: plan[step] });
        if (r.type === 'ack') acked.set(seat, [...(acked.get(seat) ?? []), plan[step]!]);
      }
    }));
    const inFlight = players.map(({ c, seat }) => c.request({ type: 'choose', seat, step: 2, choice: 'sea' }).then((r) => {
      if (r.type === 'ack') acked.set(seat, [...(acked.get(seat) ?? []), 'sea']);
    }, () => {}));
    await killHard(first.child);
    await Promise.all(inFlight);
    expect([...acked.values()].every((log) => log.length >= 2)).toBe(true);

    // Every acknowledged choice is in the database, in order.
    const storage = await openSqliteStorage(dbPath);
    for (const [seat, log] of acked) {
      const stored = (await storage.choicesOf(seat)).map((c) => c.choice);
      expect(stored.slice(0, log.length), seat).toEqual(log);
    }
    await storage.close();

    // Restart: seats resume with their tokens where the log left them, and play on to the end.
    const second = await startChild(dbPath, scenarios);
    for (const { seat, token } of players) {
      const c = await TestClient.open(second.port);
      const welcome = expectType(await c.request({ type: 'resume', token }), 'welcome');
      expect(welcome.state.log.slice(0, acked.get(seat)!.length)).toEqual(acked.get(seat));
      for (let step = welcome.state.step; step < plan.length; step++)
        expectType(await c.request({ type: 'choose', seat, step, choice: plan[step] }), 'ack');
      c.close();
    }
    const back = await TestClient.open(second.port);
    expectType(await back.request({ type: 'trainer-resume', session: created.session.id, token: created.trainerToken }), 'trainer-welcome');
    const dash = await back.next('dashboard');
    expect(dash.rows).toHaveLength(4);
    expect(dash.rows.every((r) => r.finished && r.outcome === 'success')).toBe(true);
    back.close();
    await killHard(second.child);
  });
});
