/** The SQLite storage: WAL, the append-only choice log unique per (seat, step), expiry and deletion with all data. */
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openSqliteStorage, type SeatRecord, type SessionRecord } from '../../src/workshop/server';
import { tempDir } from './helpers';

const session = (id: string, expiresAt: number): SessionRecord => ({
  id, code: `CODE${id.slice(0, 3).toUpperCase()}`, trainerTokenHash: `t-${id}`, createdAt: 0, expiresAt, locked: false, paused: false, hold: null,
  settings: { scenario: 'mini', version: '1.0.0', lang: 'en', seedScope: 'room', play: 'solo', seed: 7 },
});
const seat = (id: string, sessionId: string): SeatRecord => ({ id, sessionId, tokenHash: `h-${id}`, nickname: 'Calm Otter 12', team: null, seed: 7, joinedAt: 1, removed: false });

describe('SQLite workshop storage', () => {
  it('opens the database in WAL mode', async () => {
    const path = join(tempDir(), 'w.db');
    const storage = await openSqliteStorage(path);
    const db = new Database(path, { readonly: true });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    db.close();
    await storage.close();
    await expect(storage.choicesOf('x')).rejects.toThrow(/closed/);
  });

  it('appends choices once per (seat, step) and reports a taken step instead of overwriting it', async () => {
    const storage = await openSqliteStorage(join(tempDir(), 'w.db'));
    await storage.createSession(session('aaaaaaaa', 100));
    await storage.addSeat(seat('s1s1s1s1', 'aaaaaaaa'));
    const results = await Promise.all([
      storage.appendChoice({ seatId: 's1s1s1s1', step: 0, choice: 'green', at: 1, auto: false }),
      storage.appendChoice({ seatId: 's1s1s1s1', step: 1, choice: 'skip', at: 2, auto: true }),
      storage.appendChoice({ seatId: 's1s1s1s1', step: 0, choice: 'roasted', at: 3, auto: false }),
    ]);
    expect(results).toEqual([{ stored: true }, { stored: true }, { stored: false, existing: 'green' }]);
    expect(await storage.choicesOf('s1s1s1s1')).toEqual([
      { seatId: 's1s1s1s1', step: 0, choice: 'green', at: 1, auto: false },
      { seatId: 's1s1s1s1', step: 1, choice: 'skip', at: 2, auto: true },
    ]);
    await expect(storage.appendChoice({ seatId: 'nobody00', step: 0, choice: 'green', at: 1, auto: false })).rejects.toThrow(/FOREIGN KEY/);
    await storage.close();
  });

  it('adds several seats in one transaction: all of them, or none when one cannot be stored', async () => {
    const path = join(tempDir(), 'w.db');
    const storage = await openSqliteStorage(path);
    await storage.createSession(session('aaaaaaaa', 1000));
    await storage.addSeats([seat('bot00001', 'aaaaaaaa'), seat('bot00002', 'aaaaaaaa'), seat('bot00003', 'aaaaaaaa')]);
    // The third seat repeats a stored id: the batch is refused whole, and a write beside it in the same batch still lands.
    const [batch, single] = await Promise.allSettled([
      storage.addSeats([seat('bot00004', 'aaaaaaaa'), seat('bot00005', 'aaaaaaaa'), seat('bot00001', 'aaaaaaaa')]),
      storage.addSeat(seat('seat0006', 'aaaaaaaa')),
    ]);
    expect(batch.status).toBe('rejected');
    expect(single.status).toBe('fulfilled');
    await storage.close();
    const reopened = await openSqliteStorage(path);
    expect((await reopened.loadLive(100)).seats.map((x) => x.id).sort()).toEqual(['bot00001', 'bot00002', 'bot00003', 'seat0006']);
    await reopened.close();
  });

  it('restores live sessions with seats and choices, and deletes expired or deleted sessions with all their data', async () => {
    const path = join(tempDir(), 'w.db');
    const storage = await openSqliteStorage(path);
    await storage.createSession(session('live0000', 1000));
    await storage.createSession(session('old00000', 10));
    await storage.createSession(session('gone0000', 1000));
    for (const [s, id] of [['live0000', 'seat0001'], ['old00000', 'seat0002'], ['gone0000', 'seat0003']] as const) {
      await storage.addSeat(seat(id, s));
      await storage.appendChoice({ seatId: id, step: 0, choice: 'green', at: 5, auto: false });
    }
    await storage.updateSession('live0000', { locked: true, hold: 'ship' });
    await storage.updateSeat('seat0001', { nickname: 'Keen Lynx 40' });
    await storage.deleteSession('gone0000');
    await storage.close();

    const reopened = await openSqliteStorage(path);
    const live = await reopened.loadLive(100);
    expect(live.sessions.map((s) => [s.id, s.locked, s.hold])).toEqual([['live0000', true, 'ship']]);
    expect(live.seats.map((s) => [s.id, s.nickname])).toEqual([['seat0001', 'Keen Lynx 40']]);
    expect(live.choices.map((c) => c.seatId)).toEqual(['seat0001']);
    expect(await reopened.deleteExpired(100)).toEqual(['old00000']);
    await reopened.close();
    const db = new Database(path, { readonly: true });
    const count = (table: string) => (db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;
    expect([count('sessions'), count('seats'), count('choices')]).toEqual([1, 1, 1]);
    db.close();
  });

  it('refuses a database of a newer layout version with a clear message', async () => {
    const path = join(tempDir(), 'w.db');
    await (await openSqliteStorage(path)).close();
    const db = new Database(path);
    db.pragma('user_version = 99');
    db.close();
    await expect(openSqliteStorage(path)).rejects.toThrow(/layout version 99, written by a newer server/);
  });
});
