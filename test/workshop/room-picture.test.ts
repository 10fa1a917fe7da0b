/**
 * The trainer's live picture of a room: the dashboard rows carry each seat's readiness so far and its
 * mistakes (from the server, replayed with the engine), and the projector counts players at each stage
 * in story order and the outcomes so far.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DashboardRow, ServerMessage } from '../../src/workshop/protocol';
import { DEFAULT_LIMITS, loadScenarioCatalog, openSqliteStorage, Workshop } from '../../src/workshop/server';
import { roomPicture, stageOrder } from '../../src/ui/workshop/room';
import { mini } from '../support/scenarios';
import { miniScenarios, miniSettings, tempDir } from './helpers';

const row = (over: Partial<DashboardRow>): DashboardRow => ({
  seat: 's', nickname: 'N', team: null, connected: true, node: 'x', stage: null, money: 0, day: 0, step: 0,
  decisionMs: 0, finished: false, outcome: null, held: false, stuck: false, ...over,
});

describe('the room picture', () => {
  it('lists the stages in the order the scenes first use them', () => {
    expect(stageOrder(mini())).toEqual(['office', 'customs', 'port', 'warehouse']);
  });

  it('counts players still playing at each stage (empty stages kept), and finished players by outcome, success first', () => {
    const rows = [
      row({ seat: 'a', stage: 'customs' }), row({ seat: 'b', stage: 'customs' }), row({ seat: 'c', stage: 'port' }),
      row({ seat: 'd', stage: null }), row({ seat: 'e', stage: 'trade-fair' }),
      row({ seat: 'f', stage: 'warehouse', finished: true, outcome: 'late' }), row({ seat: 'g', finished: true, outcome: 'late' }),
      row({ seat: 'h', finished: true, outcome: 'success' }), row({ seat: 'i', finished: true, outcome: null }),
    ];
    const p = roomPicture(rows, stageOrder(mini()));
    expect(p.joined).toBe(9);
    expect(p.stages).toEqual([
      { stage: 'office', count: 0 }, { stage: 'customs', count: 2 }, { stage: 'port', count: 1 }, { stage: 'warehouse', count: 0 }, { stage: 'trade-fair', count: 1 },
    ]);
    expect(p.elsewhere).toBe(1);
    expect(p.outcomes).toEqual([{ kind: 'success', count: 1 }, { kind: 'late', count: 2 }, { kind: 'other', count: 1 }]);
    expect(roomPicture([], ['office'])).toEqual({ joined: 0, stages: [{ stage: 'office', count: 0 }], elsewhere: 0, outcomes: [] });
  });
});

describe('the dashboard rows', () => {
  it('carry each seat\'s readiness so far and its mistakes', async () => {
    const ws = new Workshop({
      storage: await openSqliteStorage(join(tempDir(), 'w.db')), scenarios: loadScenarioCatalog(miniScenarios()), limits: DEFAULT_LIMITS, sessionTtlMs: 3_600_000,
    });
    const sent: ServerMessage[] = [];
    const peer = (id: number, out: ServerMessage[]) => ({ id, address: '127.0.0.1', role: { kind: 'none' } as never, send: (m: ServerMessage) => void out.push(m), close: () => {} });
    const trainer = peer(1, sent);
    await ws.handle(trainer as never, JSON.stringify({ v: 1, type: 'create', settings: miniSettings({}) }));
    const code = (sent.find((m) => m.type === 'created') as Extract<ServerMessage, { type: 'created' }>).session.code;
    const seats: string[] = [];
    for (const [i, choice] of ['green', 'roasted', null].entries()) {
      const out: ServerMessage[] = [];
      const p = peer(10 + i, out);
      await ws.handle(p as never, JSON.stringify({ v: 1, type: 'join', code }));
      const seat = (out.find((m) => m.type === 'joined') as Extract<ServerMessage, { type: 'joined' }>).state.seat;
      seats.push(seat);
      if (choice) await ws.handle(p as never, JSON.stringify({ v: 1, type: 'choose', seat, step: 0, choice }));
    }
    await Promise.all([...ws.rooms.values()].flatMap((r) => [...r.seats.values()].map((s) => s.queue)));
    await ws.handle(trainer as never, JSON.stringify({ v: 1, type: 'dashboard', rid: 1 }));
    const dash = sent.filter((m) => m.type === 'dashboard').at(-1) as Extract<ServerMessage, { type: 'dashboard' }>;
    const of = (seat: string | undefined) => dash.rows.find((r) => r.seat === seat);
    expect(of(seats[0])).toMatchObject({ readiness: 100, mistakes: 0 });
    expect(of(seats[1])).toMatchObject({ readiness: 0, mistakes: 1 });
    expect(of(seats[2])).toMatchObject({ readiness: null, mistakes: 0 });
    await ws.close();
  });
});
